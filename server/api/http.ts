import { redactConnectionPasswords } from '@/lib/persist/redact';

/** An answer the client should see: a 4xx status with a plain message (never a stack trace). */
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

const NO_STORE = { 'Cache-Control': 'no-store' };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function errorResponse(status: number, error: string, headers: Record<string, string> = {}): Response {
  return json({ error }, status, headers);
}

/**
 * Runs a handler: an HttpError becomes its JSON answer; anything else a generic 500, logged by
 * name and message only, with credentials removed (a database error may quote its input).
 */
export async function respond(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof HttpError) return errorResponse(e.status, e.message, e.headers);
    const err = e as Error;
    console.error(`review API: ${err?.name ?? 'Error'}: ${redactConnectionPasswords(String(err?.message ?? e))}`);
    return errorResponse(500, 'The server could not complete the request. Try again later.');
  }
}

/**
 * The request's JSON body, read up to `maxBytes` (a larger body is refused without reading it all).
 */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) throw new HttpError(400, 'The request needs a JSON body.');
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  if (text.trim() === '') throw new HttpError(400, 'The request needs a JSON body.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

function tooLarge(maxBytes: number): HttpError {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MiB` : `${Math.round(maxBytes / 1024)} KiB`;
  return new HttpError(413, `The request body is larger than ${size}.`);
}
