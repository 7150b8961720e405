import { reviewApi } from '@/server/api';

/** POST /api/documents: share a document (its first version); answers the owner token once. */
export const POST = (request: Request) => reviewApi.createDocument(request);
