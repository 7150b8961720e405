import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { describeDiagnostics, prismaEngine, prismaErrors } from '../../test-support/prisma';
import { EXAMPLE_SCHEMA, exampleFiles } from './example';

describe('the example schema', () => {
  const files = exampleFiles();
  const { model } = parseSchema(files);

  it('is one schema.prisma file with the exported text', () => {
    expect(files).toEqual([{ path: 'schema.prisma', text: EXAMPLE_SCHEMA }]);
    // a fresh array each time, so opening the example never shares state with an earlier copy
    expect(exampleFiles()).not.toBe(files);
  });

  it('validates with Prisma 7 without errors or warnings', () => {
    expect(describeDiagnostics(files, prismaErrors('7', files))).toEqual([]);
    expect(prismaEngine('7').lint(files)).toEqual([]);
  });

  it('has 5 models, 2 enums and 1 view, and parses without problems', () => {
    expect(model.problems).toEqual([]);
    expect(model.models.map((m) => m.name)).toEqual(['User', 'Profile', 'Post', 'Tag', 'Comment']);
    expect(model.enums.map((e) => e.name)).toEqual(['Role', 'PostStatus']);
    expect(model.views.map((v) => v.name)).toEqual(['AuthorStats']);
    expect(model.composites).toEqual([]);
  });

  it('has 6 relations covering 1:1, 1:n, m:n and a self-relation', () => {
    expect(model.relations.map((r) => `${r.id} ${r.kind}${r.self ? ' self' : ''}`).sort()).toEqual([
      'Comment.author 1:n',
      'Comment.parent 1:n self',
      'Comment.post 1:n',
      'Post.author 1:n',
      'Post.tags~Tag.posts m:n',
      'Profile.user 1:1',
    ]);
    expect(model.relations.every((r) => r.incomplete === null)).toBe(true);
  });

  it('shows explicit and default referential actions, optional relations and database names', () => {
    const rel = (id: string) => model.relations.find((r) => r.id === id)!;
    expect(rel('Profile.user').onDelete).toEqual({ action: 'Cascade', explicit: true });
    expect(rel('Post.author').onDelete).toEqual({ action: 'Restrict', explicit: false });
    expect(rel('Comment.author')).toMatchObject({ required: false, onDelete: { action: 'SetNull', explicit: false } });
    const user = model.models[0];
    expect(user).toMatchObject({ dbName: 'users', docs: 'Someone who can sign in and write.' });
    expect(user.fields.find((f) => f.name === 'createdAt')!.dbName).toBe('created_at');
  });

  it('agrees with Prisma’s own datamodel on names', () => {
    const result = prismaEngine('7').datamodel(files);
    if (!result.ok) throw new Error(result.message);
    const dm = result.datamodel as { models: Array<{ name: string }>; enums: Array<{ name: string }> };
    expect(dm.models.map((m) => m.name).sort()).toEqual([...model.models, ...model.views].map((m) => m.name).sort());
    expect(dm.enums.map((e) => e.name).sort()).toEqual(['PostStatus', 'Role']);
  });
});
