import { reviewApi } from '@/server/api';

type Context = { params: Promise<{ id: string }> };

/** GET: the share links with access and last use. POST: a new link (its token is answered once). Owner only. */
export const GET = (request: Request, { params }: Context) => reviewApi.listLinks(request, params);
export const POST = (request: Request, { params }: Context) => reviewApi.createLink(request, params);
