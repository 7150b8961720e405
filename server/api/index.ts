import { serverStorage } from '../db/open';
import { createReviewApi } from './review-api';

/** The review API of this server process, on its store (server/db/open.ts). */
export const reviewApi = createReviewApi({ storage: serverStorage });
