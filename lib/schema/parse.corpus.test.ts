import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MemberNode, Range, SchemaFileAst } from './ast';
import { parseSchemaFile } from './parse';
import { CORPUS_DIR, corpusAvailable, corpusPrismaFiles } from '../../test-support/corpus';
import { ENGINE_VERSIONS, prismaErrors } from '../../test-support/prisma';

/**
 * prisma-engines fixtures that are broken on purpose (they test Prisma's error recovery). Prisma
 * rejects every one of them; these, and only these, may give syntax errors.
 */
const INTENTIONALLY_BROKEN = [
  'reformat_inline_extracted/reformat/empty_arguments_reformat_properly.prisma',
  'reformat_inline_extracted/reformat/empty_arguments_reformat_properly.reformatted.prisma',
  'reformat_inline_extracted/reformat/incomplete_field_definitions_in_a_model_must_not_get_removed.prisma',
  'reformat_inline_extracted/reformat/incomplete_field_definitions_in_a_model_must_not_get_removed.reformatted.prisma',
  'reformat_inline_extracted/reformat/incomplete_last_line_must_not_stop_reformatting.prisma',
  'reformat_inline_extracted/reformat/incomplete_last_line_must_not_stop_reformatting.reformatted.prisma',
  'reformat_inline_extracted/reformat/invalid_lines_must_not_break_reformatting.prisma',
  'reformat_inline_extracted/reformat/invalid_lines_must_not_break_reformatting.reformatted.prisma',
  'reformat_inline_extracted/reformat/reformatting_an_invalid_datasource_block_must_work.prisma',
  'reformat_inline_extracted/reformat/reformatting_an_invalid_datasource_block_must_work.reformatted.prisma',
  'reformat_inline_extracted/reformat/reformatting_an_invalid_generator_block_must_work.prisma',
  'reformat_inline_extracted/reformat/reformatting_an_invalid_generator_block_must_work.reformatted.prisma',
  'reformat_inline_extracted/reformat/removes_legacy_colon_from_fields.prisma',
  'reformat_inline_extracted/reformat/rewrites_legacy_list_and_required_type_arities.prisma',
  'reformatter/catch_all_in_a_block_must_not_influence_table_layout.prisma',
  'reformatter/catch_all_in_a_block_must_not_influence_table_layout.reformatted.prisma',
  'reformatter/type_aliases.prisma',
  'reformatter/type_aliases.reformatted.prisma',
  'validation/datasource/url_empty_named_arg.prisma',
  'validation/generator/missing_property_value.prisma',
  'validation/views/garbage_field_definition.prisma',
].map((p) => `prisma-engines-fixtures/psl/psl/tests/${p}`);

function nameChecks(ast: SchemaFileAst): Array<[string, Range, string]> {
  const checks: Array<[string, Range, string]> = [];
  const memberName = (m: MemberNode): [Range, string] | null => {
    switch (m.kind) {
      case 'field':
      case 'enumValue':
        return [m.nameRange, m.name];
      case 'property':
        return [m.keyRange, m.key];
      case 'blockAttribute':
        return [m.attribute.nameRange, m.attribute.name];
      case 'comment':
        return [m.range, m.text];
    }
  };
  for (const b of ast.blocks) {
    checks.push([`${b.kind} ${b.name}`, b.nameRange, b.name]);
    for (const m of b.members) {
      const named = memberName(m);
      if (named) checks.push([`${b.name}: ${m.kind}`, ...named]);
      if (m.kind === 'field' && m.type) checks.push([`${b.name}.${m.name} type`, m.type.nameRange, m.type.name]);
      if (m.kind === 'field' || m.kind === 'enumValue') {
        for (const a of m.attributes) checks.push([`${b.name}.${m.name} @${a.name}`, a.nameRange, a.name]);
      }
    }
  }
  return checks;
}

describe.skipIf(!corpusAvailable())('parseSchemaFile on the corpus', () => {
  const files = corpusAvailable() ? corpusPrismaFiles() : [];
  const parsed = files.map((path) => ({ path, ast: parseSchemaFile(path, readFileSync(join(CORPUS_DIR, path), 'utf8')) }));

  it('reads the whole corpus', () => {
    // 25 projects and the prisma-engines fixtures: hundreds of files
    expect(files.length).toBeGreaterThan(500);
    expect(parsed.reduce((n, p) => n + p.ast.blocks.length, 0)).toBeGreaterThan(2000);
  });

  it('gives syntax errors only for the intentionally broken prisma-engines fixtures', () => {
    const withErrors = parsed.filter((p) => p.ast.errors.length).map((p) => p.path);
    expect(withErrors.sort()).toEqual([...INTENTIONALLY_BROKEN].sort());
  });

  it('agrees with Prisma that each intentionally broken fixture is broken', () => {
    for (const path of INTENTIONALLY_BROKEN) {
      const files = [{ path: 'schema.prisma', text: readFileSync(join(CORPUS_DIR, path), 'utf8') }];
      for (const version of ENGINE_VERSIONS) expect(prismaErrors(version, files).length, `${path} with Prisma ${version}`).toBeGreaterThan(0);
    }
  });

  it('gives every block, member, type and attribute a range whose text is its name', () => {
    let checked = 0;
    for (const { path, ast } of parsed) {
      for (const [what, range, name] of nameChecks(ast)) {
        const actual = ast.text.slice(range.start, range.end);
        if (actual !== name) expect.fail(`${path}: ${what}: range gives ${JSON.stringify(actual)}, name is ${JSON.stringify(name)}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20000);
  });

  it('keeps blocks and the lines of their members in order without overlaps', () => {
    for (const { path, ast } of parsed) {
      let blockEnd = 0;
      for (const b of ast.blocks) {
        expect(b.line.start, `${path}: ${b.name}`).toBeGreaterThanOrEqual(blockEnd);
        blockEnd = b.line.end;
        let lineEnd = b.openBrace + 1;
        for (const m of b.members) {
          const start = m.kind !== 'comment' && m.docs.length ? m.docs[0].range.start : m.range.start;
          expect(start, `${path}: ${b.name} member at ${m.range.start}`).toBeGreaterThanOrEqual(lineEnd);
          expect(m.range.end).toBeLessThanOrEqual(b.closeBrace ?? b.range.end);
          lineEnd = m.range.end;
        }
      }
    }
  });
});
