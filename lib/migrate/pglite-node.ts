import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite, type Extensions } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { hstore } from '@electric-sql/pglite/contrib/hstore';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';

const require = createRequire(import.meta.url);

/**
 * The contrib extensions real Prisma schemas ask for (`extensions = [citext, pgcrypto, …]`,
 * `CREATE EXTENSION` in migrations and dumps). PGlite can only `CREATE EXTENSION` what it was
 * started with. Not available in PGlite 0.5.16: pgvector (`vector`), PostGIS.
 */
export const PGLITE_EXTENSIONS: Extensions = { btree_gin, btree_gist, citext, cube, earthdistance, fuzzystrmatch, hstore, ltree, pg_trgm, pgcrypto, unaccent, uuid_ossp };

let template: Promise<Blob | null> | null = null;

function pgliteVersion(): string {
  try {
    const dir = dirname(dirname(require.resolve('@electric-sql/pglite')));
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * A freshly initialised PGlite data directory. `initdb` dominates PGlite's start (2–5 s); loading a
 * saved data directory instead takes ≈0.5 s. The first instance of a process initialises one, saves
 * it as a tar under the OS temp folder (keyed by the PGlite version, so an upgrade makes a new one)
 * and later instances — in this and later processes — start from it.
 * SCHEMA_CANVAS_PGLITE_CACHE=0 turns the disk copy off.
 */
async function freshDataDir(): Promise<Blob | null> {
  template ??= (async () => {
    const useDisk = process.env.SCHEMA_CANVAS_PGLITE_CACHE !== '0';
    const file = join(tmpdir(), 'schema-canvas', `pglite-${pgliteVersion()}-datadir.tar`);
    if (useDisk && existsSync(file)) {
      try {
        return new Blob([readFileSync(file)]);
      } catch {
        // unreadable: make a new one below
      }
    }
    const pg = await PGlite.create();
    try {
      const dump = await pg.dumpDataDir('none');
      if (useDisk) {
        try {
          mkdirSync(dirname(file), { recursive: true });
          const partial = `${file}.${process.pid}.${Date.now()}`;
          writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
          renameSync(partial, file);
        } catch {
          // read-only temp folder: keep the in-memory copy only
        }
      }
      return dump;
    } finally {
      await pg.close();
    }
  })().catch(() => null);
  return template;
}

/** A new, empty in-memory PostgreSQL (PGlite, PostgreSQL 18) with the common contrib extensions available. */
export async function createPgliteNode(options: { extensions?: Extensions } = {}): Promise<PGlite> {
  const loadDataDir = await freshDataDir();
  const extensions = options.extensions ?? PGLITE_EXTENSIONS;
  if (loadDataDir) {
    try {
      return await PGlite.create({ loadDataDir, extensions });
    } catch {
      // a damaged cache: fall back to initdb
    }
  }
  return PGlite.create({ extensions });
}
