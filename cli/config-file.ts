import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, emptyConfig, parseAdvisoryConfig, type AdvisoryConfig } from '../lib/advisories/config';
import { CONFIGURABLE_RULES } from '../lib/advisories/all-rules';

/** `--config <file>`, else the nearest `schema-canvas.json` from the schema's folder up to the filesystem root. */
export function loadConfig(explicit: string | null, schemaFolder: string): { config: AdvisoryConfig; path: string | null } | { error: string } {
  const path = explicit ?? findUp(resolve(schemaFolder));
  if (!path) return { config: emptyConfig(), path: null };
  if (!existsSync(path)) return { error: `${path}: no such config file` };
  const parsed = parseAdvisoryConfig(readFileSync(path, 'utf8'), CONFIGURABLE_RULES);
  if (parsed.errors.length) return { error: parsed.errors.map((e) => `${path}: ${e}`).join('\n') };
  return { config: parsed.config, path };
}

function findUp(dir: string): string | null {
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return null;
  }
}
