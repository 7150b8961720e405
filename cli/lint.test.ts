import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PG_HEADER } from '../test-support/advisories';
import { bufferIo } from './io';
import { main } from './main';

const UNINDEXED = `${PG_HEADER}
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id], onDelete: Cascade)
}
`;

/** Where the advisory points: the `@relation(…)` of Post.author, 1-based. */
const RELATION = '@relation(fields: [authorId], references: [id], onDelete: Cascade)';
const AT = (() => {
  const before = UNINDEXED.slice(0, UNINDEXED.indexOf(RELATION)).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
})();

const INDEXED = UNINDEXED.replace('onDelete: Cascade)\n}', 'onDelete: Cascade)\n\n  @@index([authorId])\n}');

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'schema-canvas-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function lint(...argv: string[]) {
  const io = bufferIo();
  const code = main(['lint', ...argv], io);
  return { code, ...io };
}

/** The rule ids reported, in order. */
const rules = (entries: Array<{ rule: string }>) => entries.map((e) => e.rule);

describe('schema-canvas lint', () => {
  it('prints advisories like a compiler and exits 0 when nothing reaches --fail-on (default error)', () => {
    const dir = project({ 'schema.prisma': UNINDEXED });
    const file = join(dir, 'schema.prisma');
    const r = lint(file);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContainEqual(
      `${relative(process.cwd(), file)}:${AT.line}:${AT.column} warning index-fk-missing Post.author: no index starts with the foreign key (authorId); deleting from User scans every Post row.`,
    );
    expect(r.stderr).toMatch(/advisor(y|ies) .*0 suppressed[^·]* · valid for Prisma 7/);
  });

  it('exits 1 when an advisory at or above --fail-on is present', () => {
    const file = join(project({ 'schema.prisma': UNINDEXED }), 'schema.prisma');
    expect(lint(file, '--fail-on', 'warning').code).toBe(1);
    expect(lint(file, '--fail-on=warning').code).toBe(1);
    expect(lint(join(project({ 'schema.prisma': INDEXED }), 'schema.prisma'), '--format', 'json', '--fail-on', 'warning').stdout).not.toContain('index-fk-missing');
  });

  it('exits 2 on an invalid schema and prints Prisma’s errors', () => {
    const file = join(project({ 'schema.prisma': UNINDEXED.replace('authorId Int\n', 'authorId Strin\n') }), 'schema.prisma');
    const r = lint(file, '--format', 'json');
    expect(r.code).toBe(2);
    const entries = JSON.parse(r.stdout) as Array<{ rule: string; severity: string; message: string; line: number }>;
    expect(entries[0]).toMatchObject({ rule: 'prisma-error', severity: 'error', line: AT.line - 1 });
    expect(entries[0].message).toContain('Strin');
    expect(entries.every((e) => e.rule.startsWith('prisma-'))).toBe(true);
  });

  it('--format json prints an array with rule, severity, message, file, line, column', () => {
    const file = join(project({ 'schema.prisma': UNINDEXED }), 'schema.prisma');
    const entries = JSON.parse(lint(file, '--format', 'json').stdout) as Array<Record<string, unknown>>;
    const fk = entries.find((e) => e.rule === 'index-fk-missing')!;
    expect(fk).toMatchObject({ severity: 'warning', file: relative(process.cwd(), file), line: AT.line, column: AT.column, category: 'indexes', fix: 'Add @@index([authorId])' });
    for (const e of entries) for (const key of ['rule', 'severity', 'message', 'file', 'line', 'column']) expect(e).toHaveProperty(key);
  });

  it('--format sarif prints a SARIF 2.1.0 log whose results point into the file', () => {
    const file = join(project({ 'schema.prisma': UNINDEXED }), 'schema.prisma');
    const log = JSON.parse(lint(file, '--format', 'sarif').stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('schema-canvas');
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'index-fk-missing');
    expect(result.level).toBe('warning');
    expect(driver.rules[result.ruleIndex].id).toBe('index-fk-missing');
    expect(result.message.text).toContain('Post.author');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: relative(process.cwd(), file) },
      region: { startLine: AT.line, startColumn: AT.column, endLine: AT.line, endColumn: AT.column + RELATION.length },
    });
  });

  it('reads schema-canvas.json from the schema’s folder or a parent, and --config', () => {
    const dir = project({
      'prisma/schema.prisma': UNINDEXED,
      'schema-canvas.json': JSON.stringify({ rules: { 'index-fk-missing': 'error' } }),
      'off.json': JSON.stringify({ rules: { 'index-fk-missing': 'off' } }),
    });
    const withParent = lint(join(dir, 'prisma'), '--format', 'json');
    expect(withParent.code).toBe(1);
    expect(JSON.parse(withParent.stdout).find((e: { rule: string }) => e.rule === 'index-fk-missing').severity).toBe('error');
    const off = lint(join(dir, 'prisma'), '--format', 'json', '--config', join(dir, 'off.json'));
    expect(rules(JSON.parse(off.stdout))).not.toContain('index-fk-missing');
  });

  it('exits 2 with a clear message for a broken config', () => {
    const dir = project({ 'schema.prisma': INDEXED, 'schema-canvas.json': '{ "rules": { "no-such-rule": "off", "index-fk-missing": "loud" } }' });
    const r = lint(join(dir, 'schema.prisma'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown rule "no-such-rule"');
    expect(r.stderr).toContain('index-fk-missing: "loud" is not one of off, error, warning, info');
  });

  it('counts advisories silenced by // canvas-ignore and lists them as suppressed in JSON and SARIF', () => {
    const text = UNINDEXED.replace('onDelete: Cascade)', 'onDelete: Cascade) // canvas-ignore index-fk-missing');
    const file = join(project({ 'schema.prisma': text }), 'schema.prisma');
    const plain = lint(file, '--fail-on', 'warning');
    expect(plain.stdout).not.toContain('index-fk-missing');
    expect(plain.stderr).toMatch(/[1-9]\d* suppressed/);
    const json = JSON.parse(lint(file, '--format', 'json').stdout) as Array<{ rule: string; suppressed: boolean }>;
    expect(json.find((e) => e.rule === 'index-fk-missing')?.suppressed).toBe(true);
    const sarif = JSON.parse(lint(file, '--format', 'sarif').stdout);
    expect(sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'index-fk-missing').suppressions).toEqual([{ kind: 'inSource' }]);
  });

  it('lints a multi-file schema folder and names each file', () => {
    const dir = project({
      'schema/base.prisma': PG_HEADER,
      'schema/user.prisma': 'model User {\n  id    Int    @id\n  posts Post[]\n}\n',
      'schema/post.prisma': 'model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n',
    });
    const entries = JSON.parse(lint(join(dir, 'schema'), '--format', 'json').stdout) as Array<{ rule: string; file: string; line: number }>;
    expect(entries.find((e) => e.rule === 'index-fk-missing')).toMatchObject({ file: relative(process.cwd(), join(dir, 'schema/post.prisma')), line: 4 });
  });

  it('passes a clean schema with --fail-on warning and the default config; --profile strict adds the policy rules', () => {
    const clean = `${PG_HEADER}
model Author {
  id        String   @id @default(uuid())
  email     String   @unique
  name      String
  createdAt DateTime @default(now())
  updatedAt DateTime @updatedAt
  books     Book[]
}

model Book {
  id        String   @id @default(uuid())
  title     String
  authorId  String
  author    Author   @relation(fields: [authorId], references: [id], onDelete: Cascade)
  createdAt DateTime @default(now())
  updatedAt DateTime @updatedAt

  @@index([authorId])
}
`;
    const dir = project({ 'schema.prisma': clean });
    const file = join(dir, 'schema.prisma');
    const r = lint(file, '--fail-on', 'warning');
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^0 advisories \(0 errors, 0 warnings, 0 info\), 0 suppressed, \d+ more from rules that are off \(profile default; --profile strict shows them\)/);
    const strict = lint(file, '--fail-on', 'warning', '--profile', 'strict', '--format', 'json');
    expect(strict.code).toBe(1);
    expect(rules(JSON.parse(strict.stdout))).toContain('types-datetime-without-tz');
    // The config's profile and categories agree with the flag: the same findings either way.
    writeFileSync(join(dir, 'schema-canvas.json'), JSON.stringify({ profile: 'strict' }));
    expect(JSON.parse(lint(file, '--format', 'json').stdout)).toEqual(JSON.parse(strict.stdout));
    writeFileSync(join(dir, 'schema-canvas.json'), JSON.stringify({ categories: { types: 'on' } }));
    expect(rules(JSON.parse(lint(file, '--format', 'json').stdout)).every((id) => id.startsWith('types-'))).toBe(true);
    expect(lint(file, '--profile', 'loud').stderr).toContain('--profile must be default or strict');
  });

  it('rejects bad usage with exit 2', () => {
    expect(lint().code).toBe(2);
    expect(lint('x.prisma', '--format', 'xml').stderr).toContain('--format must be text, json or sarif');
    expect(lint('/no/such/schema.prisma').stderr).toContain('no such file or folder');
    expect(main(['frobnicate'], bufferIo())).toBe(2);
  });

  it('runs as the package bin', () => {
    const file = join(project({ 'schema.prisma': UNINDEXED }), 'schema.prisma');
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'schema-canvas.mjs'), 'lint', file, '--fail-on', 'warning', '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(rules(JSON.parse(r.stdout))).toContain('index-fk-missing');
  });
});

describe('schema-canvas rules', () => {
  it('lists every rule, as text or JSON', () => {
    const io = bufferIo();
    expect(main(['rules', '--format', 'json'], io)).toBe(0);
    const rules = JSON.parse(io.stdout) as Array<{ id: string; severity: string; why: string }>;
    expect(rules.map((r) => r.id)).toContain('index-fk-missing');
    expect(rules.every((r) => r.why.length > 10)).toBe(true);
    const text = bufferIo();
    main(['rules'], text);
    expect(text.stdout).toContain('index-fk-missing (indexes, warning, fixable, PostgreSQL)');
    expect(text.stdout).toContain('types-datetime-without-tz (types, warning, strict profile only, fixable, PostgreSQL)');
    const profiles = new Map(rules.map((r) => [r.id, (r as { profile?: string }).profile]));
    expect([profiles.get('index-fk-missing'), profiles.get('naming-table-map'), profiles.get('migration-drop-table')]).toEqual(['default', 'strict', 'default']);
  });
});
