import { reviewApi } from '@/server/api';

type Context = { params: Promise<{ id: string; linkId: string }> };

/** DELETE: revoke a share link (owner only). */
export const DELETE = (request: Request, { params }: Context) => reviewApi.revokeLink(request, params);
