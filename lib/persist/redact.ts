/**
 * A connection string with a password must never be stored in the browser. Autosave keeps the schema
 * text but replaces every credential it can find; the downloaded schema keeps them, since that file
 * is the user's own. Covered forms, anywhere in the text (strings, comments):
 *
 * - URL user info, for every provider: `postgresql://user:secret@host/db`, `mysql://…`,
 *   `mongodb+srv://…`, `sqlserver://…`, `cockroachdb://…`, `prisma+postgres://…`; passwords may hold
 *   `@`, `/`, `?`, `:` (the user info ends at the last `@` that follows a plain user name), the user may be empty
 *   (`postgresql://:secret@host/db`).
 * - Key-value parameters: `?password=…`, `&password=…`, `sslpassword=…`, `;password=…;` and `pwd=`
 *   (SQL Server, JDBC), braced SQL Server values (`password={a;b}`), and libpq's `password=…`.
 * - Prisma Postgres / Accelerate API keys: `?api_key=…`.
 */
export const REDACTED_PASSWORD = '****';

/** `scheme://` then everything up to whitespace, a quote, a backtick or a closing parenthesis. */
const URL_TOKEN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>()]+/gi;
/** `password=value` after a separator; value up to `&`, `;`, whitespace, quote, or a braced value. */
const KEY_VALUE = /(^|[\s?&;,])((?:ssl)?password|pwd|api_key)(\s*=\s*)(\{[^}]*\}|[^\s&;"'`]+)/gim;

export function redactConnectionPasswords(text: string): string {
  if (!/:\/\/|password|pwd|api_key/i.test(text)) return text;
  const urls = text.replace(URL_TOKEN, (token) => redactUserInfo(token));
  return urls.replace(KEY_VALUE, (_m, sep: string, key: string, eq: string) => `${sep}${key}${eq}${REDACTED_PASSWORD}`);
}

/**
 * Where the password of `scheme://user:password@host…` sits: the user info runs to the last `@`
 * whose user part (before the first `:`) is a plain name, so a password may hold `@`, `/`, `?` or `:`.
 * Over-reaching into the host is possible for odd URLs; leaking part of a password is not.
 */
function passwordSpan(token: string): { start: number; end: number } | null {
  const base = token.indexOf('://') + 3;
  for (let at = token.lastIndexOf('@'); at > base; at = token.lastIndexOf('@', at - 1)) {
    const userInfo = token.slice(base, at);
    const colon = userInfo.indexOf(':');
    if (colon < 0 || /[/?#@]/.test(userInfo.slice(0, colon))) continue;
    return colon === userInfo.length - 1 ? null : { start: base + colon + 1, end: at };
  }
  return null;
}

function redactUserInfo(token: string): string {
  const span = passwordSpan(token);
  return span ? `${token.slice(0, span.start)}${REDACTED_PASSWORD}${token.slice(span.end)}` : token;
}

/** True when the text holds a credential that was replaced (a connection string to fill in again). */
export function hasRedactedPassword(text: string): boolean {
  if (!text.includes(REDACTED_PASSWORD)) return false;
  for (const m of text.matchAll(URL_TOKEN)) {
    const span = passwordSpan(m[0]);
    if (span && m[0].slice(span.start, span.end) === REDACTED_PASSWORD) return true;
  }
  for (const m of text.matchAll(KEY_VALUE)) if (m[4] === REDACTED_PASSWORD) return true;
  return false;
}
