import { defineConfig } from 'drizzle-kit';

// Generates server/migrations from server/db/schema.ts (`npm run db:generate`). No database URL here:
// generation needs none, and both backends apply the same folder at start-up (server/db/open.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/migrations',
});
