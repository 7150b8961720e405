import { reviewApi } from '@/server/api';

type Context = { params: Promise<{ id: string; versionId: string }> };

/** PUT: approve or request changes on a version (a Comment or Edit link). */
export const PUT = (request: Request, { params }: Context) => reviewApi.setReview(request, params);
