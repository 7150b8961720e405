import { serverStorage } from '@/server/storage';

/** GET /api/health: the server is up and which store it uses (never a connection string). */
export async function GET(): Promise<Response> {
  const storage = serverStorage();
  return Response.json({ ok: await storage.ping(), storage: storage.kind });
}
