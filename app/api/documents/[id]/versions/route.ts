import { reviewApi } from '@/server/api';

type Context = { params: Promise<{ id: string }> };

/** GET: the version history (newest first, with reviews). POST: save a version (owner or Edit link). */
export const GET = (request: Request, { params }: Context) => reviewApi.listVersions(request, params);
export const POST = (request: Request, { params }: Context) => reviewApi.saveVersion(request, params);
