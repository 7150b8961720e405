import type { Session } from '../session/session';
import { isShareUrl, parseShareUrl } from './share-url';

/**
 * What the page's address asks of the review side at start-up: a share link (`/?review=<id>#token=…`)
 * opens that shared document — or, when the link is revoked, expired, unknown or malformed, says so
 * and leaves the local document as it was; a plain address reconnects a document shared from this
 * browser (its owner token is remembered), without any request.
 */
export async function startReview(session: Session, pageUrl: string): Promise<'opened' | 'refused' | 'resumed' | 'local'> {
  if (!isShareUrl(pageUrl)) return session.review.resumeOwned() ? 'resumed' : 'local';
  const credentials = parseShareUrl(pageUrl);
  if (!credentials) {
    session.notify('error', 'This share link is incomplete or malformed: ask for the link again. Your own document is shown unchanged.');
    return 'refused';
  }
  session.notify('info', 'Opening the shared document…');
  try {
    const connection = await session.review.openShared(credentials);
    const what = connection.access === 'owner' ? 'your shared document' : `a shared document (${connection.access === 'edit' ? 'you can edit' : connection.access === 'comment' ? 'you can comment' : 'view only'})`;
    session.notify('info', `Opened ${what}. The document that was open here is kept under “Restore previous document”.`);
    return 'opened';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    session.notify('error', `${reason} Your own document is shown unchanged.`);
    return 'refused';
  }
}
