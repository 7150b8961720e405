import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, PG_HEADER, text } from '../../../../test-support/advisories';
import { parseSchema } from '../../../schema/document';
import { createExtensionStatements, pgliteExtensionsForSql } from '../../extensions';
import { extensionsNotDeclared as rule } from './extensions-not-declared';

const PREVIEW_HEADER = `datasource db {
  provider   = "postgresql"
  extensions = [pg_trgm, citext, uuid_ossp(map: "uuid-ossp")]
}

generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["postgresqlExtensions"]
}
`;

const blocks = `
model User {
  id    String @id @default(dbgenerated("uuid_generate_v4()")) @db.Uuid
  email String @unique @db.Citext
  name  String

  @@index([name(ops: raw("gin_trgm_ops"))], type: Gin)
}
`;

describe('extensions-not-declared', () => {
  it('fires on an operator class, a native type and a default from undeclared extensions, pointing at each', () => {
    const files = pg(blocks);
    const found = check(rule, files);
    expect(found.map((a) => [a.severity, a.message])).toEqual([
      ['warning', 'User.id: uuid_generate_v4() needs the PostgreSQL extension "uuid-ossp", which the datasource does not declare; the migration fails on a fresh database unless a migration creates it.'],
      ['warning', 'User.email: @db.Citext needs the PostgreSQL extension "citext", which the datasource does not declare; the migration fails on a fresh database unless a migration creates it.'],
      ['warning', 'User.name: gin_trgm_ops needs the PostgreSQL extension "pg_trgm", which the datasource does not declare; the migration fails on a fresh database unless a migration creates it.'],
    ]);
    expect(found.map((a) => text(files).slice(a.span.start, a.span.end))).toEqual([
      '@default(dbgenerated("uuid_generate_v4()"))',
      '@db.Citext',
      '@@index([name(ops: raw("gin_trgm_ops"))], type: Gin)',
    ]);
    expect(found.map((a) => a.fixLabel)).toEqual(['Declare extensions = [uuid_ossp(map: "uuid-ossp")]', 'Declare extensions = [citext]', 'Declare extensions = [pg_trgm]']);
  });

  it('is quiet when the datasource declares them (under either spelling)', () => {
    expect(check(rule, pg(blocks, PREVIEW_HEADER))).toEqual([]);
  });

  it('reports gen_random_uuid() only for servers older than PostgreSQL 13 (option postgresVersion)', () => {
    const files = pg('model T {\n  id String @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid\n}\n');
    expect(check(rule, files)).toEqual([]);
    const [a] = check(rule, files, { rules: { [rule.id]: { options: { postgresVersion: 12 } } } });
    expect(a.severity).toBe('warning');
    expect(a.message).toBe('T.id: gen_random_uuid() needs the PostgreSQL extension "pgcrypto" on PostgreSQL 12 (built in from 13 on), which the datasource does not declare.');
  });

  it('knows vector and PostGIS columns written as Unsupported', () => {
    const found = check(rule, pg('model Doc {\n  id        Int                          @id\n  embedding Unsupported("vector(1536)")?\n  area      Unsupported("geometry(Polygon, 4326)")?\n}\n'));
    expect(found.map((a) => a.data?.extension)).toEqual(['vector', 'postgis']);
  });

  it('fix declares the extension and the preview feature, Prisma 7 accepts it, and the others follow one by one', () => {
    let files = pg(blocks);
    for (let round = 0; round < 3; round++) {
      const [first] = check(rule, files);
      files = fixAndRecheck(rule, files, first).files;
    }
    expect(check(rule, files)).toEqual([]);
    expect(text(files)).toContain('  provider = "postgresql"\n  extensions = [uuid_ossp(map: "uuid-ossp"), citext, pg_trgm]\n}');
    expect(text(files)).toContain('  provider = "prisma-client-js"\n  previewFeatures = ["postgresqlExtensions"]\n}');
    // The models are untouched, byte for byte.
    expect(text(files).endsWith(blocks.replace(/^\n/, ''))).toBe(true);
  });

  it('fix adds to lists that are already there', () => {
    const model = 'model T {\n  id   Int    @id\n  name String @db.Citext\n}\n';
    const declared = pg(model, PREVIEW_HEADER.replace('extensions = [pg_trgm, citext, uuid_ossp(map: "uuid-ossp")]', 'extensions = [pgcrypto]'));
    const { files: fixed } = fixAndRecheck(rule, declared, check(rule, declared)[0]);
    expect(text(fixed)).toContain('extensions = [pgcrypto, citext]');
    expect(text(fixed)).toContain('previewFeatures = ["postgresqlExtensions"]\n');
    const preview = pg(model, PG_HEADER.replace('provider = "prisma-client-js"', 'provider        = "prisma-client-js"\n  previewFeatures = ["relationJoins"]'));
    const { files: fixed2 } = fixAndRecheck(rule, preview, check(rule, preview)[0]);
    expect(text(fixed2)).toContain('previewFeatures = ["relationJoins", "postgresqlExtensions"]');
    expect(text(fixed2)).toContain('  extensions = [citext]\n');
  });
});

describe('CREATE EXTENSION lines and PGlite contrib modules', () => {
  it('lists what a schema needs, declared or not, as the migration export offers it', () => {
    expect(createExtensionStatements(parseSchema(pg(blocks)))).toEqual([
      'CREATE EXTENSION IF NOT EXISTS "uuid-ossp";',
      'CREATE EXTENSION IF NOT EXISTS "citext";',
      'CREATE EXTENSION IF NOT EXISTS "pg_trgm";',
    ]);
    const uuid = parseSchema(pg('model T {\n  id String @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid\n}\n'));
    expect(createExtensionStatements(uuid)).toEqual([]);
    expect(createExtensionStatements(uuid, { includeOldServerOnly: true })).toEqual(['CREATE EXTENSION IF NOT EXISTS "pgcrypto";']);
  });

  it('maps CREATE EXTENSION statements to the PGlite contrib modules, and names what PGlite lacks', () => {
    const sql = 'CREATE EXTENSION IF NOT EXISTS "pg_trgm";\nCREATE EXTENSION IF NOT EXISTS "uuid-ossp";\ncreate extension citext;\nCREATE EXTENSION IF NOT EXISTS "vector";\n';
    expect(pgliteExtensionsForSql(sql)).toEqual({ available: ['pg_trgm', 'uuid_ossp', 'citext'], missing: ['vector'] });
  });
});
