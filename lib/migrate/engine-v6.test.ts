import { describe, expect, it } from 'vitest';
import { nodeDiffEngine } from './migrate-node';

const SCHEMA = `datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model User {
  id   Int     @id @default(autoincrement())
  name String?
  age  Int?
}
`;
const INIT = 'CREATE TABLE "User" ("id" SERIAL NOT NULL, "name" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n-- a second statement in the same script\nCREATE INDEX "User_name_idx" ON "User"("name");\n';

describe('the Prisma 6.19 schema engine', () => {
  it('writes Prisma 6 SQL (no CREATE SCHEMA line) for a schema with its datasource url', async () => {
    const engine = await nodeDiffEngine('6');
    expect(engine.prismaVersion).toBe('6');
    const r = await engine.diff({ from: { kind: 'empty' }, to: { kind: 'schema', files: [{ path: 'schema.prisma', text: SCHEMA }] } });
    expect(r.ok && r.output.startsWith('-- CreateTable\nCREATE TABLE "User"')).toBe(true);
  });

  it('replays multi-statement migrations on the PGlite shadow database', async () => {
    const engine = await nodeDiffEngine('6');
    const r = await engine.diff({ from: { kind: 'migrations', folder: { migrations: [{ name: '1_init', sql: INIT }] } }, to: { kind: 'schema', files: [{ path: 'schema.prisma', text: SCHEMA }] } });
    expect(r.ok, r.ok ? '' : r.message).toBe(true);
    expect(r.ok && r.output).toContain('ALTER TABLE "User" ADD COLUMN     "age" INTEGER;');
    expect(r.ok && r.output).toContain('DROP INDEX "User_name_idx";');
  });

  it('reports a broken migration with PostgreSQL’s error and line, without the engine’s span trace', async () => {
    const engine = await nodeDiffEngine('6');
    const r = await engine.diff({ from: { kind: 'migrations', folder: { migrations: [{ name: '1_init', sql: `${INIT}CREAT INDEX x ON "User"(id);\n` }] } }, to: { kind: 'schema', files: [{ path: 'schema.prisma', text: SCHEMA }] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('Migration `1_init` failed to apply cleanly to the shadow database.');
    expect(r.message).toContain('syntax error at or near "CREAT"');
    expect(r.message).not.toMatch(/schema_engine_wasm::|engine\.rs:\d+/);
  });
});
