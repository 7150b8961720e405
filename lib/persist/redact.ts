/**
 * A connection string with a password (`postgresql://user:secret@host/db`) must never be stored in
 * the browser. Autosave keeps the schema text but replaces such passwords; the downloaded schema
 * keeps them, since that file is the user's own.
 */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/"'`]+:)([^\s@/"'`]+)(@)/gi;

export const REDACTED_PASSWORD = '****';

export function redactConnectionPasswords(text: string): string {
  if (!text.includes('://')) return text;
  return text.replace(URL_PASSWORD, (match, head: string, password: string, at: string) =>
    password === REDACTED_PASSWORD ? match : `${head}${REDACTED_PASSWORD}${at}`,
  );
}

/** True when the text holds a connection string whose password was replaced. */
export function hasRedactedPassword(text: string): boolean {
  URL_PASSWORD.lastIndex = 0;
  for (const m of text.matchAll(URL_PASSWORD)) if (m[2] === REDACTED_PASSWORD) return true;
  return false;
}
