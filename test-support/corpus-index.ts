import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from './corpus';

/** One project row of the table in corpus/INDEX.md: counts measured independently of our parser. */
export interface CorpusIndexRow {
  short: string;
  models: number;
  views: number;
  enums: number;
  /** 1:1 and 1:n relations counted once each, plus implicit m:n. */
  relations: number;
  manyToMany: number;
  /** e.g. `7.x` or `5.22, 6.19`. */
  validatesWith: string;
}

const COLUMNS = { short: 'short', models: 'models', views: 'views', enums: 'enums', relations: 'rel', manyToMany: 'm:n', validatesWith: 'validates with' } as const;

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** Reads the first markdown table of INDEX.md whose header has a `short` column (the projects table). */
export function readCorpusIndex(markdown: string = readFileSync(join(CORPUS_DIR, 'INDEX.md'), 'utf8')): CorpusIndexRow[] {
  const lines = markdown.split(/\r?\n/);
  const headerAt = lines.findIndex((l) => l.startsWith('|') && cells(l).includes(COLUMNS.short) && cells(l).includes(COLUMNS.relations));
  if (headerAt < 0) throw new Error('INDEX.md has no projects table');
  const header = cells(lines[headerAt]);
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`INDEX.md projects table has no column "${name}"`);
    return i;
  };
  const rows: CorpusIndexRow[] = [];
  // skip the header and the `|---|` separator; the table ends at the first line that is not a row
  for (const line of lines.slice(headerAt + 2)) {
    if (!line.startsWith('|')) break;
    const c = cells(line);
    const num = (name: string) => {
      const value = Number(c[col(name)]);
      if (!Number.isInteger(value)) throw new Error(`INDEX.md: "${c[col(name)]}" in column "${name}" is not a count`);
      return value;
    };
    rows.push({
      short: c[col(COLUMNS.short)],
      models: num(COLUMNS.models),
      views: num(COLUMNS.views),
      enums: num(COLUMNS.enums),
      relations: num(COLUMNS.relations),
      manyToMany: num(COLUMNS.manyToMany),
      validatesWith: c[col(COLUMNS.validatesWith)],
    });
  }
  return rows;
}
