import { describe, expect, it } from 'vitest';
import type { PrismaVersionId } from '../prisma/versions';
import { chooseMigrationEngine, hasMigrationEngine, migrationEngineWasmUrl } from './engine-versions';

const accepting = (...versions: PrismaVersionId[]) => (v: PrismaVersionId) => versions.includes(v);

describe('chooseMigrationEngine', () => {
  it('takes the newest version that accepts the schema and has an engine', () => {
    expect(chooseMigrationEngine(accepting('7', '6', '5'))).toEqual({ ok: true, version: '7', note: null });
    expect(chooseMigrationEngine(accepting('6', '5'))).toEqual({ ok: true, version: '6', note: null });
  });

  it('says why when only Prisma 5 accepts the schema (no 5.22 schema engine exists)', () => {
    const choice = chooseMigrationEngine(accepting('5'));
    expect(choice.ok).toBe(false);
    expect(!choice.ok && choice.reason).toMatch(/No Prisma version with a schema engine \(7, 6\) accepts this schema/);
  });

  it('honours a requested version, or explains the substitute', () => {
    expect(chooseMigrationEngine(accepting('7', '6'), '6')).toEqual({ ok: true, version: '6', note: null });
    expect(chooseMigrationEngine(accepting('7'), '6')).toEqual({ ok: false, reason: 'Prisma 6 does not accept this schema' });
    const five = chooseMigrationEngine(accepting('6', '5'), '5');
    expect(five).toMatchObject({ ok: true, version: '6' });
    expect(five.ok && five.note).toMatch(/Prisma 5 has no schema engine here; used Prisma 6/);
  });

  it('knows which versions ship an engine and where the browser loads it from', () => {
    expect((['7', '6', '5'] as const).map(hasMigrationEngine)).toEqual([true, true, false]);
    expect(migrationEngineWasmUrl('6')).toBe('/wasm/schema-engine-6.wasm');
  });
});
