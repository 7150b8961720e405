import type { ReviewCredentials } from './client';

/**
 * Share links carry the document id in the query and the token in the fragment
 * (`/?review=<id>#token=<token>`): browsers never send the fragment to a server, so the token stays
 * out of request logs and Referer headers.
 */
const TOKEN = /^sc[lo]_[A-Za-z0-9_-]{20,}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function shareUrl(pageUrl: string, credentials: ReviewCredentials): string {
  const url = new URL(pageUrl);
  url.search = `?review=${encodeURIComponent(credentials.documentId)}`;
  url.hash = `token=${encodeURIComponent(credentials.token)}`;
  return url.toString();
}

/** The credentials a page URL carries, or null when it is not a share link (or a malformed one). */
export function parseShareUrl(pageUrl: string): ReviewCredentials | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  const documentId = url.searchParams.get('review');
  const token = new URLSearchParams(url.hash.replace(/^#/, '')).get('token');
  if (!documentId || !token || !ID.test(documentId) || !TOKEN.test(token)) return null;
  return { documentId, token };
}

/** Whether a page URL asks for a shared document at all (even a malformed link), to say so instead of ignoring it. */
export function isShareUrl(pageUrl: string): boolean {
  try {
    return new URL(pageUrl).searchParams.has('review');
  } catch {
    return false;
  }
}
