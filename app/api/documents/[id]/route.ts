import { reviewApi } from '@/server/api';

type Context = { params: Promise<{ id: string }> };

/** GET /api/documents/[id]: the document, the caller's access and its latest version. */
export const GET = (request: Request, { params }: Context) => reviewApi.getDocument(request, params);
