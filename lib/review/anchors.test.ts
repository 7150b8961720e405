import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { anchorExists, partitionByAnchor, renameAnchor, type SchemaAnchor } from './anchors';

const schema = (text: string) => parseSchema([{ path: 'schema.prisma', text }]).model;
const V1 = 'enum Role {\n  USER\n}\n\nmodel User {\n  id    Int    @id\n  role  Role\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n';

describe('comment anchors', () => {
  const v1 = schema(V1);

  it('exist when the model, field, relation field or enum is there', () => {
    const ok: SchemaAnchor[] = [
      { kind: 'model', model: 'User' }, { kind: 'field', model: 'User', field: 'role' },
      { kind: 'relation', model: 'Post', field: 'author' }, { kind: 'enum', model: 'Role' },
    ];
    for (const a of ok) expect(anchorExists(a, v1)).toBe(true);
    expect(anchorExists({ kind: 'relation', model: 'User', field: 'role' }, v1)).toBe(false); // not a relation field
    expect(anchorExists({ kind: 'enum', model: 'User' }, v1)).toBe(false);
    expect(anchorExists({ kind: 'field', model: 'User', field: 'email' }, v1)).toBe(false);
  });

  it('become outdated when the next version drops what they name', () => {
    const v2 = schema(V1.replace('  role  Role\n', '').replace(/model Post \{[\s\S]*?\n\}\n/, '').replace('  posts Post[]\n', ''));
    const threads = [
      { id: 'a', anchor: { kind: 'model', model: 'User' } as SchemaAnchor },
      { id: 'b', anchor: { kind: 'field', model: 'User', field: 'role' } as SchemaAnchor },
      { id: 'c', anchor: { kind: 'relation', model: 'Post', field: 'author' } as SchemaAnchor },
      { id: 'd', anchor: { kind: 'enum', model: 'Role' } as SchemaAnchor },
    ];
    const { current, outdated } = partitionByAnchor(threads, v2);
    expect(current.map((t) => t.id)).toEqual(['a', 'd']);
    expect(outdated.map((t) => t.id)).toEqual(['b', 'c']);
  });

  it('follow renames of the model or field they name', () => {
    const field: SchemaAnchor = { kind: 'field', model: 'User', field: 'role' };
    const renamedModel = renameAnchor(field, { kind: 'block', from: 'User', to: 'Account' });
    expect(renamedModel).toEqual({ kind: 'field', model: 'Account', field: 'role' });
    expect(renameAnchor(renamedModel, { kind: 'field', model: 'Account', from: 'role', to: 'kind' })).toEqual({ kind: 'field', model: 'Account', field: 'kind' });
    expect(renameAnchor(field, { kind: 'field', model: 'Post', from: 'role', to: 'x' })).toBe(field);
    const v2 = schema(V1.replace('model User {', 'model Account {').replace(/User @relation/, 'Account @relation'));
    expect(anchorExists(field, v2)).toBe(false);
    expect(anchorExists(renamedModel, v2)).toBe(true);
  });
});
