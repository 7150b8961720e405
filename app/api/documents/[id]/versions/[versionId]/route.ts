import { reviewApi } from '@/server/api';

type Context = { params: Promise<{ id: string; versionId: string }> };

/** GET: one version with its files, layout and advisory config (read-only). */
export const GET = (request: Request, { params }: Context) => reviewApi.getVersion(request, params);
