import { reviewApi } from '@/server/api';

type Context = { params: Promise<{ id: string; threadId: string }> };

/** POST: reply to a thread. */
export const POST = (request: Request, { params }: Context) => reviewApi.reply(request, params);
