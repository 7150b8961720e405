import { scanSqlScript } from '../lib/migrate/sql-script';

/**
 * A name-level model of a PostgreSQL database that migration SQL is "applied" to symbolically:
 * tables with their columns, enums with their values, and which table each index belongs to. It
 * reads only the statement shapes Prisma migrations use (CREATE/DROP/ALTER TABLE, CREATE/DROP/ALTER
 * TYPE … AS ENUM, CREATE/DROP/ALTER INDEX), so a test can say what a migration did without asking
 * the database — an independent witness for what an introspected schema should show.
 */
export interface NameCatalog {
  tables: Map<string, string[]>;
  enums: Map<string, string[]>;
  /** Index (or unique/primary key constraint) name → its table, so DROP INDEX knows what it touches. */
  indexes: Map<string, string>;
}

export interface MigrationStep {
  /** Tables and enums a statement named (altered, indexed, referenced): their diff may show changes. */
  touched: Set<string>;
  /** Statements that look structural but are not understood here (e.g. CREATE FUNCTION): listed, not modelled. */
  unrecognized: string[];
}

export const emptyCatalog = (): NameCatalog => ({ tables: new Map(), enums: new Map(), indexes: new Map() });

export function cloneCatalog(c: NameCatalog): NameCatalog {
  return {
    tables: new Map([...c.tables].map(([k, v]) => [k, [...v]])),
    enums: new Map([...c.enums].map(([k, v]) => [k, [...v]])),
    indexes: new Map(c.indexes),
  };
}

const IDENT = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
/** An optionally schema-qualified name; the last part is captured. */
const QNAME = String.raw`(?:${IDENT}\s*\.\s*)?(${IDENT})`;
const STRING = String.raw`'((?:[^']|'')*)'`;

/** `"Name"` → `Name`; unquoted names fold to lower case, as PostgreSQL does. */
export function unquote(ident: string): string {
  return ident.startsWith('"') ? ident.slice(1, -1).replace(/""/g, '"') : ident.toLowerCase();
}

function stripComments(sql: string): string {
  return sql.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}

/** Splits at commas outside parentheses and quotes (ALTER TABLE actions, CREATE TABLE items). */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

const re = (source: string) => new RegExp(source, 'i');
const CREATE_TABLE = re(String.raw`^CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${QNAME}\s*\(([\s\S]*)\)\s*;?$`);
const DROP_TABLE = re(String.raw`^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?([\s\S]*?)\s*(?:CASCADE|RESTRICT)?\s*;?$`);
const ALTER_TABLE = re(String.raw`^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?${QNAME}\s+([\s\S]*?);?$`);
const CREATE_ENUM = re(String.raw`^CREATE\s+TYPE\s+${QNAME}\s+AS\s+ENUM\s*\(([\s\S]*)\)\s*;?$`);
const DROP_TYPE = re(String.raw`^DROP\s+TYPE\s+(?:IF\s+EXISTS\s+)?([\s\S]*?)\s*(?:CASCADE|RESTRICT)?\s*;?$`);
const ALTER_TYPE = re(String.raw`^ALTER\s+TYPE\s+${QNAME}\s+([\s\S]*?);?$`);
const CREATE_INDEX = re(String.raw`^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:${QNAME}\s+)?ON\s+(?:ONLY\s+)?${QNAME}`);
const DROP_INDEX = re(String.raw`^DROP\s+INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+EXISTS\s+)?([\s\S]*?)\s*(?:CASCADE|RESTRICT)?\s*;?$`);
const ALTER_INDEX = re(String.raw`^ALTER\s+INDEX\s+(?:IF\s+EXISTS\s+)?${QNAME}\s+RENAME\s+TO\s+(${IDENT})`);
const REFERENCES = new RegExp(String.raw`REFERENCES\s+${QNAME}`, 'gi');
const NOT_A_COLUMN = /^(CONSTRAINT|PRIMARY|UNIQUE|FOREIGN|CHECK|EXCLUDE|LIKE)\b/i;
/** Data changes, and statements that add no tables, columns or enums (sequences; an extension's types are not the project's). */
const NOT_STRUCTURE = /^(INSERT|UPDATE|DELETE|SELECT|SET|BEGIN|COMMIT|WITH|TRUNCATE|CREATE\s+EXTENSION|(?:CREATE|ALTER|DROP)\s+SEQUENCE)\b/i;

const namesIn = (list: string) => [...list.matchAll(new RegExp(QNAME, 'g'))].map((m) => unquote(m[1]));
const leadingIdent = (text: string) => unquote(text.match(re(`^${IDENT}`))![0]);

function renameTable(c: NameCatalog, from: string, to: string) {
  const columns = c.tables.get(from);
  if (!columns) return;
  c.tables.delete(from);
  c.tables.set(to, columns);
  for (const [index, table] of c.indexes) if (table === from) c.indexes.set(index, to);
}

function dropTable(c: NameCatalog, name: string) {
  c.tables.delete(name);
  for (const [index, table] of c.indexes) if (table === name) c.indexes.delete(index);
}

function alterTable(c: NameCatalog, table: string, actions: string, step: MigrationStep) {
  step.touched.add(table);
  for (const m of actions.matchAll(REFERENCES)) step.touched.add(unquote(m[1]));
  const columns = c.tables.get(table);
  let m: RegExpMatchArray | null;
  if ((m = actions.match(re(String.raw`^RENAME\s+TO\s+(${IDENT})`)))) {
    renameTable(c, table, unquote(m[1]));
    step.touched.add(unquote(m[1]));
    return;
  }
  if ((m = actions.match(re(String.raw`^RENAME\s+(?:COLUMN\s+)?(?!CONSTRAINT\b)(${IDENT})\s+TO\s+(${IDENT})`)))) {
    const i = columns?.indexOf(unquote(m[1])) ?? -1;
    if (i >= 0) columns!.splice(i, 1, unquote(m[2]));
    return;
  }
  for (const action of splitTopLevel(actions)) {
    if ((m = action.match(re(String.raw`^ADD\s+(?:CONSTRAINT\s+(${IDENT})\s+)?(?:PRIMARY\s+KEY|UNIQUE)\b`)))) {
      if (m[1]) c.indexes.set(unquote(m[1]), table);
    } else if ((m = action.match(re(String.raw`^ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?!(?:CONSTRAINT|PRIMARY|UNIQUE|FOREIGN|CHECK|EXCLUDE)\b)(${IDENT})`)))) {
      columns?.push(unquote(m[1]));
    } else if ((m = action.match(re(String.raw`^DROP\s+CONSTRAINT\s+(?:IF\s+EXISTS\s+)?(${IDENT})`)))) {
      c.indexes.delete(unquote(m[1]));
    } else if ((m = action.match(re(String.raw`^DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?(${IDENT})`)))) {
      const i = columns?.indexOf(unquote(m[1])) ?? -1;
      if (i >= 0) columns!.splice(i, 1);
    }
  }
}

function alterType(c: NameCatalog, name: string, action: string, step: MigrationStep) {
  step.touched.add(name);
  const values = c.enums.get(name);
  let m: RegExpMatchArray | null;
  if ((m = action.match(re(String.raw`^RENAME\s+TO\s+(${IDENT})`)))) {
    if (values) {
      c.enums.delete(name);
      c.enums.set(unquote(m[1]), values);
    }
    step.touched.add(unquote(m[1]));
  } else if ((m = action.match(re(String.raw`^ADD\s+VALUE\s+(?:IF\s+NOT\s+EXISTS\s+)?${STRING}`)))) {
    if (values && !values.includes(m[1])) values.push(m[1].replace(/''/g, "'"));
  } else if ((m = action.match(re(String.raw`^RENAME\s+VALUE\s+${STRING}\s+TO\s+${STRING}`)))) {
    const i = values?.indexOf(m[1]) ?? -1;
    if (i >= 0) values!.splice(i, 1, m[2]);
  } else step.unrecognized.push(`ALTER TYPE ${name} ${action}`);
}

/** Applies one migration's SQL to `catalog` (in place) and says what it touched. */
export function applyMigrationEffects(catalog: NameCatalog, sql: string): MigrationStep {
  const step: MigrationStep = { touched: new Set(), unrecognized: [] };
  for (const piece of scanSqlScript(sql)) {
    if (piece.kind !== 'statement') continue;
    const text = stripComments(piece.text).trim();
    let m: RegExpMatchArray | null;
    if ((m = text.match(CREATE_TABLE))) {
      const table = unquote(m[1]);
      const items = splitTopLevel(m[2]);
      catalog.tables.set(table, items.filter((i) => !NOT_A_COLUMN.test(i)).map(leadingIdent));
      for (const item of items) {
        const constraint = item.match(re(String.raw`^CONSTRAINT\s+(${IDENT})\s+(?:PRIMARY\s+KEY|UNIQUE)\b`));
        if (constraint) catalog.indexes.set(unquote(constraint[1]), table);
      }
      step.touched.add(table);
      for (const r of m[2].matchAll(REFERENCES)) step.touched.add(unquote(r[1]));
    } else if ((m = text.match(DROP_TABLE))) {
      for (const name of namesIn(m[1])) {
        dropTable(catalog, name);
        step.touched.add(name);
      }
    } else if ((m = text.match(ALTER_TABLE))) alterTable(catalog, unquote(m[1]), m[2].trim(), step);
    else if ((m = text.match(CREATE_ENUM))) {
      const values = [...m[2].matchAll(new RegExp(STRING, 'g'))].map((v) => v[1].replace(/''/g, "'"));
      catalog.enums.set(unquote(m[1]), values);
      step.touched.add(unquote(m[1]));
    } else if ((m = text.match(DROP_TYPE))) {
      for (const name of namesIn(m[1])) {
        catalog.enums.delete(name);
        step.touched.add(name);
      }
    } else if ((m = text.match(ALTER_TYPE))) alterType(catalog, unquote(m[1]), m[2].trim(), step);
    else if ((m = text.match(CREATE_INDEX))) {
      const table = unquote(m[2]);
      if (m[1]) catalog.indexes.set(unquote(m[1]), table);
      step.touched.add(table);
    } else if ((m = text.match(DROP_INDEX))) {
      for (const name of namesIn(m[1])) {
        const table = catalog.indexes.get(name);
        if (table) step.touched.add(table);
        catalog.indexes.delete(name);
      }
    } else if ((m = text.match(ALTER_INDEX))) {
      const table = catalog.indexes.get(unquote(m[1]));
      if (table) {
        step.touched.add(table);
        catalog.indexes.delete(unquote(m[1]));
        catalog.indexes.set(unquote(m[2]), table);
      }
    } else if (!NOT_STRUCTURE.test(text)) step.unrecognized.push(text.split('\n')[0]);
  }
  return step;
}
