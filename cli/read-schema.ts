import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { importSchemaFiles, isSchemaFilePath } from '../lib/files/import';
import type { SchemaFile } from '../lib/schema/document';

export interface ReadSchema {
  files: SchemaFile[];
  /** The path to print for each schema file (as the user would open it from where the command ran). */
  displayPath: Map<string, string>;
  /** The folder the schema lives in (where its config is looked for first). */
  folder: string;
}

/** Reads a `.prisma` file, or every `.prisma` file under a folder (a multi-file schema), with the app's own import rules. */
export function readSchema(target: string): ReadSchema | { error: string } {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return { error: `${target}: no such file or folder` };
  }
  const entries: { path: string; bytes: Uint8Array; disk: string }[] = [];
  if (stat.isDirectory()) {
    walk(target, (disk) => {
      const rel = relative(target, disk).split('\\').join('/');
      if (isSchemaFilePath(rel)) entries.push({ path: rel, bytes: readFileSync(disk), disk });
    });
  } else {
    entries.push({ path: basename(target), bytes: readFileSync(target), disk: target });
  }
  const result = importSchemaFiles(entries);
  if (!result.ok) return { error: `${target}: ${result.error}` };
  const displayPath = new Map<string, string>();
  // importSchemaFiles drops the folders every file shares; drop the same ones to map back to disk.
  const depth = sharedFolderDepth(entries.map((e) => e.path.split('/')));
  for (const e of entries) displayPath.set(e.path.split('/').slice(depth).join('/'), relative(process.cwd(), e.disk) || e.disk);
  return { files: result.files, displayPath, folder: stat.isDirectory() ? target : join(target, '..') };
}

function sharedFolderDepth(paths: string[][]): number {
  const first = paths[0] ?? [];
  let depth = 0;
  while (depth < first.length - 1 && paths.every((p) => depth < p.length - 1 && p[depth] === first[depth])) depth++;
  return depth;
}

function walk(dir: string, visit: (file: string) => void) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile()) visit(full);
  }
}
