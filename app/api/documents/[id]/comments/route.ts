import { reviewApi } from '@/server/api';

type Context = { params: Promise<{ id: string }> };

/** GET: every comment thread. POST: start a thread anchored to a model, field, relation or enum. */
export const GET = (request: Request, { params }: Context) => reviewApi.listThreads(request, params);
export const POST = (request: Request, { params }: Context) => reviewApi.startThread(request, params);
