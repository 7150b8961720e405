import { reviewApi } from '@/server/api';

type Context = { params: Promise<{ id: string; threadId: string }> };

/** PATCH: resolve or reopen a thread ({ resolved: boolean }). */
export const PATCH = (request: Request, { params }: Context) => reviewApi.resolveThread(request, params);
