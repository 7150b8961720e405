import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../schema/document';
import { expectValid, pg } from '../../../test-support/advisories';
import { MIGRATION_RULES, migrationPlans, runMigrationSafety, runMigrationSafetyWithSuppressed } from './index';

const BASELINE = `
enum Status {
  DRAFT
  PUBLISHED
  ARCHIVED
}

model User {
  id    Int     @id
  email String
  name  String?
  posts Post[]
}

model Post {
  id       Int    @id
  title    String
  status   Status
  views    Int
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}

model Audit {
  id   Int    @id
  note String
}
`;

const CURRENT = `
enum Status {
  DRAFT
  PUBLISHED
}

model User {
  id    Int     @id
  email String  @unique
  name  String
  age   Int
  posts Post[]
}

model Post {
  id       Int    @id
  headline String
  status   Status
  views    BigInt
  authorId Int
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)

  @@index([authorId])
}
`;

describe('runMigrationSafety', () => {
  it('lists the 11 rules of the catalogue in order, then the enum-map quote check, all in the migration-safety category', () => {
    expect(MIGRATION_RULES.map((r) => r.id)).toEqual([
      'migration-rename-without-map',
      'migration-drop-column',
      'migration-drop-table',
      'migration-add-required-column',
      'migration-make-required',
      'migration-type-change',
      'migration-add-unique',
      'migration-add-index-locking',
      'migration-add-fk-validation',
      'migration-enum-value-removed',
      'migration-relation-change',
      'migration-enum-map-quote',
    ]);
    expect(new Set(MIGRATION_RULES.map((r) => r.category))).toEqual(new Set(['migration-safety']));
  });

  it('uses schemas Prisma 7 accepts', () => {
    expectValid(pg(BASELINE));
    expectValid(pg(CURRENT));
  });

  it('reports nothing when nothing changed', () => {
    const schema = parseSchema(pg(BASELINE));
    expect(runMigrationSafety(schema, schema)).toEqual([]);
    expect(runMigrationSafety(parseSchema(pg(BASELINE)), parseSchema(pg(BASELINE)))).toEqual([]);
  });

  it('reports every kind of change once, in text order of the current schema', () => {
    const advisories = runMigrationSafety(parseSchema(pg(BASELINE)), parseSchema(pg(CURRENT)));
    expect(advisories.map((a) => `${a.severity} ${a.rule} ${a.key.replace(/^[^@]*@[^:]*:\d+/, '')}`)).toEqual([
      'error migration-drop-table :Audit',
      'warning migration-enum-value-removed :Status',
      'warning migration-add-unique :User.email',
      'warning migration-make-required :User.name',
      'error migration-add-required-column :User.age',
      'error migration-rename-without-map :Post.headline',
      'warning migration-type-change :Post.views',
      'warning migration-relation-change :Post.author',
      'info migration-add-index-locking :Post',
    ]);
    // every advisory has the Advisory shape, ready for the panel
    for (const a of advisories) expect(Object.keys(a).sort()).toEqual(expect.arrayContaining(['category', 'key', 'message', 'rule', 'severity', 'span', 'target']));
  });

  it('takes severities and `off` from the advisory config', () => {
    const config = { rules: { 'migration-drop-table': { severity: 'off' as const }, 'migration-add-index-locking': { severity: 'warning' as const } } };
    const advisories = runMigrationSafety(parseSchema(pg(BASELINE)), parseSchema(pg(CURRENT)), { config });
    expect(advisories.some((a) => a.rule === 'migration-drop-table')).toBe(false);
    expect(advisories.find((a) => a.rule === 'migration-add-index-locking')?.severity).toBe('warning');
  });

  it('honours // canvas-ignore in the current text', () => {
    const current = CURRENT.replace('  headline String\n', '  headline String // canvas-ignore migration-rename-without-map\n');
    const run = runMigrationSafetyWithSuppressed(parseSchema(pg(BASELINE)), parseSchema(pg(current)));
    expect(run.suppressed.map((a) => a.rule)).toEqual(['migration-rename-without-map']);
    expect(run.advisories.some((a) => a.rule === 'migration-rename-without-map')).toBe(false);
  });

  it('is quiet for MongoDB (no migrations) and keeps PostgreSQL-only rules to PostgreSQL', () => {
    const mongo = 'datasource db {\n  provider = "mongodb"\n}\n';
    const a = pg('model A {\n  id String @id @map("_id")\n  x  String\n}\n', mongo);
    const b = pg('model A {\n  id String @id @map("_id")\n}\n', mongo);
    expect(runMigrationSafety(parseSchema(a), parseSchema(b))).toEqual([]);
    const mysql = 'datasource db {\n  provider = "mysql"\n}\n';
    const rules = runMigrationSafety(parseSchema(pg('model A {\n  id Int @id\n  x  Int\n}\n', mysql)), parseSchema(pg('model A {\n  id Int    @id\n  x  BigInt\n  y  Int\n}\n', mysql))).map((x) => x.rule);
    expect(rules).toEqual(['migration-add-required-column']);
  });

  it('gives plans for the dangerous ones, as plain data', () => {
    const advisories = runMigrationSafety(parseSchema(pg(BASELINE)), parseSchema(pg(CURRENT)));
    const withPlans = advisories.filter((a) => migrationPlans(a).length).map((a) => a.rule);
    expect(withPlans).toEqual([
      'migration-drop-table',
      'migration-enum-value-removed',
      'migration-add-unique',
      'migration-make-required',
      'migration-add-required-column',
      'migration-rename-without-map',
      'migration-type-change',
      'migration-add-index-locking',
    ]);
    for (const a of advisories) {
      const plans = migrationPlans(a);
      expect(JSON.parse(JSON.stringify(plans))).toEqual(plans);
    }
  });
});
