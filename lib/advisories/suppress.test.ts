import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { runAdvisories } from './run';
import { indexFkMissing } from './rules/indexes/index-fk-missing';
import { pg } from '../../test-support/advisories';

const schema = (post: string, before = '') =>
  pg(`
model User {
  id    Int    @id
  posts Post[]
  notes Note[]
}

${before}model Post {
${post}}

model Note {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
`);

const FIELDS = `  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
`;

function run(files: ReturnType<typeof pg>) {
  const r = runAdvisories(parseSchema(files), { rules: [indexFkMissing] });
  return { active: r.advisories.map((a) => a.target.kind === 'relation' && a.target.relation), suppressed: r.suppressed.map((a) => a.target.kind === 'relation' && a.target.relation) };
}

describe('// canvas-ignore', () => {
  it('at the end of a line silences that line only, and the advisory is counted as suppressed', () => {
    const files = schema(FIELDS.replace('references: [id])', 'references: [id]) // canvas-ignore index-fk-missing'));
    expect(run(files)).toEqual({ active: ['Note.author'], suppressed: ['Post.author'] });
  });

  it('on its own line silences the next line with code', () => {
    const files = schema(FIELDS.replace('  author ', '  // canvas-ignore index-fk-missing -- looked up by id only\n  author '));
    expect(run(files)).toEqual({ active: ['Note.author'], suppressed: ['Post.author'] });
  });

  it('above a block silences the whole block', () => {
    expect(run(schema(FIELDS, '// canvas-ignore index-fk-missing\n'))).toEqual({ active: ['Note.author'], suppressed: ['Post.author'] });
    expect(run(schema(FIELDS, '/// canvas-ignore index-fk-missing\n'))).toEqual({ active: ['Note.author'], suppressed: ['Post.author'] });
  });

  it('without rule ids silences every rule; other ids leave the advisory alone', () => {
    expect(run(schema(FIELDS, '// canvas-ignore\n')).suppressed).toEqual(['Post.author']);
    expect(run(schema(FIELDS, '// canvas-ignore cascade-cycle, index-too-many\n')).suppressed).toEqual([]);
    expect(run(schema(FIELDS, '// canvas-ignore cascade-cycle, index-fk-missing\n')).suppressed).toEqual(['Post.author']);
  });
});
