import { serverStorage } from '@/server/storage';

// Asks the store on every request; never prerendered at build time (that would open the store then).
export const dynamic = 'force-dynamic';

/** GET /api/health: the server is up and which store it uses (never a connection string). */
export async function GET(): Promise<Response> {
  try {
    const storage = await serverStorage();
    return Response.json({ ok: await storage.ping(), storage: storage.kind });
  } catch (e) {
    return Response.json({ ok: false, storage: 'unavailable', error: (e as Error).message }, { status: 503 });
  }
}
