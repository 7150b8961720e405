import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../samples/example';
import { parseSchema, type SchemaFile } from '../schema/document';
import { corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { describeDiagnostics, prismaErrors } from '../../test-support/prisma';
import { TestSession } from '../../test-support/session';
import { REGISTRY, type CommandId } from './registry';
import type { ArgValues } from './types';

const EDIT_COMMANDS: CommandId[] = [
  'add-model', 'rename-model', 'delete-model', 'delete-models', 'add-field', 'rename-field', 'change-field-type', 'toggle-optional', 'toggle-list', 'delete-field', 'move-field',
  'add-relation', 'delete-relation', 'set-referential-actions',
  'set-primary-key', 'set-default', 'set-native-type', 'set-map-name', 'toggle-unique', 'toggle-updated-at', 'toggle-ignore', 'set-documentation', 'set-schema',
  'add-index', 'update-index', 'remove-index', 'duplicate-model', 'paste-models',
  'add-enum', 'rename-enum', 'delete-enum', 'add-enum-value', 'rename-enum-value', 'remove-enum-value', 'set-enum-value-map',
];

/** Runs a command in a session and returns the files after its patches (failing the test when it is refused). */
async function run(files: SchemaFile[], id: CommandId, args: ArgValues): Promise<SchemaFile[]> {
  const session = new TestSession(files);
  await session.must(id, args);
  return session.files;
}

const attempt = (id: CommandId, args: ArgValues, files = exampleFiles()) => new TestSession(files).run(id, args);

describe('edit commands', () => {
  it('are exactly the commands the CLI offers: the ones that only patch the schema text', () => {
    expect(REGISTRY.cli().map((c) => c.id).sort()).toEqual([...EDIT_COMMANDS].sort());
  });
});

describe('running an edit command', () => {
  it('names the first missing argument, counting blank text as missing', async () => {
    expect(await attempt('add-field', { model: 'Post', name: '  ', type: 'String' })).toEqual({ ok: false, reason: 'Name is required' });
    expect(await attempt('rename-field', { model: 'Post' })).toEqual({ ok: false, reason: 'Field is required' });
    expect(await attempt('add-model', { name: true })).toEqual({ ok: false, reason: 'Name is required' });
  });

  it('passes on the operation’s own refusal', async () => {
    const result = await attempt('delete-model', { model: 'Nope' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/Nope/);
  });

  it('trims text arguments before running the operation', async () => {
    const files = await run(exampleFiles(), 'rename-field', { model: ' Post ', field: 'title ', newName: '  headline ', keepColumnName: false });
    const post = parseSchema(files).model.models.find((m) => m.name === 'Post')!;
    expect(post.fields.map((f) => f.name)).toContain('headline');
    expect(files[0].text).toContain('  headline    String     @db.VarChar(200)\n');
    expect(files[0].text).not.toContain('@map("title")');
  });

  it('keeps the table name only when asked with a real `true`', async () => {
    const kept = await run(exampleFiles(), 'rename-model', { model: 'Tag', newName: 'Label', keepTableName: true });
    expect(kept[0].text).toMatch(/model Label \{[^}]*@@map\("Tag"\)/);
    const notKept = await run(exampleFiles(), 'rename-model', { model: 'Tag', newName: 'Label', keepTableName: 'true' });
    expect(notKept[0].text).not.toContain('@@map("Tag")');
    expect(parseSchema(notKept).model.models.map((m) => m.name)).toEqual(['User', 'Profile', 'Post', 'Label', 'Comment']);
  });

  it('adds a model to the file it is given, or (when blank) to the file holding most models', async () => {
    const files: SchemaFile[] = [
      { path: 'schema.prisma', text: 'datasource db {\n  provider = "postgresql"\n}\n' },
      { path: 'billing.prisma', text: 'model Invoice {\n  id Int @id\n}\n' },
    ];
    const into = await run(files, 'add-model', { name: 'Payment', file: 'billing.prisma' });
    expect(parseSchema(into).model.models.map((m) => [m.name, m.file])).toEqual([['Invoice', 'billing.prisma'], ['Payment', 'billing.prisma']]);
    const blank = await run(files, 'add-model', { name: 'Payment', file: '  ' });
    expect(blank.filter((f, i) => f.text !== files[i].text).map((f) => f.path)).toEqual(['billing.prisma']);
    expect(await attempt('add-model', { name: 'Payment', file: 'nope.prisma' }, files)).toEqual({ ok: false, reason: 'There is no file called nope.prisma' });
  });
});

describe('every edit command on the example schema gives a schema Prisma 7 accepts', () => {
  const cases: Array<[CommandId, ArgValues, (text: string) => void]> = [
    ['add-model', { name: 'Invoice' }, (t) => expect(t).toMatch(/model Invoice \{\n\s+id\s/)],
    ['rename-model', { model: 'User', newName: 'Member', keepTableName: true }, (t) => expect(t.match(/ Member\?? +@relation/g)).toHaveLength(3)],
    ['delete-model', { model: 'Tag' }, (t) => expect(t).not.toMatch(/Tag\b/)],
    ['delete-models', { models: 'Tag, Comment' }, (t) => expect(t).not.toMatch(/\b(Tag|Comment)\b/)],
    ['add-field', { model: 'Post', name: 'subtitle', type: 'String?', attributes: '@db.VarChar(120)' }, (t) => expect(t).toMatch(/subtitle\s+String\?\s+@db\.VarChar\(120\)/)],
    ['rename-field', { model: 'User', field: 'email', newName: 'mail', keepColumnName: true }, (t) => expect(t).toMatch(/mail\s+String\s+@unique @map\("email"\)/)],
    ['change-field-type', { model: 'Post', field: 'status', type: 'String' }, (t) => expect(t).toMatch(/status\s+String\s/)],
    ['toggle-optional', { model: 'Post', field: 'body' }, (t) => expect(t).toMatch(/body\s+String\s/)],
    ['toggle-list', { model: 'Comment', field: 'text' }, (t) => expect(t).toMatch(/text\s+String\[\]/)],
    ['delete-field', { model: 'Post', field: 'publishedAt' }, (t) => expect(t).not.toContain('publishedAt')],
    ['add-relation', { from: 'Comment', to: 'Tag', kind: '1:n', field: 'topic', onDelete: 'SetNull', optional: true }, (t) => {
      expect(t).toMatch(/topicId\s+Int\?\n/);
      expect(t).toMatch(/topic\s+Tag\?\s+@relation\(fields: \[topicId\], references: \[id\], onDelete: SetNull\)/);
      expect(t).toMatch(/comments Comment\[\]\n\}/);
      expect(t).toContain('@@index([topicId])');
    }],
    ['add-relation', { from: 'Profile', to: 'User', kind: 'm:n', field: 'followers' }, (t) => expect(t).toMatch(/followers\s+User\[\]/)],
    ['delete-relation', { model: 'Comment', field: 'author' }, (t) => expect(t).not.toMatch(/authorId\s+String\?/)],
    ['set-primary-key', { model: 'Tag', fields: 'label' }, (t) => expect(t).toMatch(/label String @id/)],
    ['set-default', { model: 'Post', field: 'title', value: '"Untitled"' }, (t) => expect(t).toMatch(/title\s+String\s+@default\("Untitled"\) @db\.VarChar\(200\)/)],
    ['set-native-type', { model: 'Post', field: 'body', nativeType: 'Text' }, (t) => expect(t).toMatch(/body\s+String\?\s+@db\.Text/)],
    ['set-map-name', { model: 'Tag', name: 'tags' }, (t) => expect(t).toMatch(/model Tag \{[^}]*@@map\("tags"\)\n\}/)],
    ['toggle-unique', { model: 'Post', field: 'title' }, (t) => expect(t).toMatch(/title\s+String\s+@unique @db\.VarChar\(200\)/)],
    ['toggle-updated-at', { model: 'Post', field: 'publishedAt' }, (t) => expect(t).toMatch(/publishedAt DateTime\?\s+@updatedAt/)],
    ['toggle-ignore', { model: 'Comment', field: 'text' }, (t) => expect(t).toMatch(/text\s+String\s+@ignore/)],
    ['set-documentation', { model: 'Tag', text: 'A label for posts.' }, (t) => expect(t).toContain('/// A label for posts.\nmodel Tag {')],
    ['add-index', { model: 'Comment', fields: 'postId, id(sort: Desc)', kind: 'index' }, (t) => expect(t).toContain('@@index([postId, id(sort: Desc)])')],
    ['remove-index', { model: 'Comment', index: '1' }, (t) => expect(t).not.toContain('@@index([authorId])\n  @@index([parentId])')],
    ['update-index', { model: 'Post', index: '0', type: 'Hash' }, (t) => expect(t).toContain('@@index([authorId], type: Hash)')],
    ['duplicate-model', { model: 'Tag', newName: 'Label' }, (t) => expect(t).toMatch(/model Label \{\n\s+id\s+Int\s+@id @default\(autoincrement\(\)\)\n\s+label String @unique\n\}/)],
    ['paste-models', { text: 'model Invoice {\n  id    Int @id\n  total Decimal\n}\n' }, (t) => expect(t).toContain('model Invoice {\n  id    Int @id\n  total Decimal\n}\n')],
    ['add-enum', { name: 'Visibility', values: 'PUBLIC, PRIVATE' }, (t) => expect(t).toMatch(/enum Visibility \{\n  PUBLIC\n  PRIVATE\n\}/)],
    ['rename-enum', { enum: 'Role', newName: 'UserRole', keepTypeName: true }, (t) => expect(t).toMatch(/role\s+UserRole\s+@default\(MEMBER\)[\s\S]*enum UserRole \{[\s\S]*@@map\("Role"\)/)],
    ['delete-enum', { enum: 'PostStatus', replaceWith: 'String' }, (t) => expect(t).not.toContain('PostStatus')],
    ['add-enum-value', { enum: 'Role', value: 'GUEST' }, (t) => expect(t).toMatch(/ADMIN\n  GUEST\n\}/)],
    ['rename-enum-value', { enum: 'Role', value: 'MEMBER', newName: 'READER' }, (t) => expect(t).toMatch(/@default\(READER\)/)],
    ['remove-enum-value', { enum: 'PostStatus', value: 'ARCHIVED' }, (t) => expect(t).not.toContain('ARCHIVED')],
    ['set-enum-value-map', { enum: 'Role', value: 'ADMIN', map: 'admin' }, (t) => expect(t).toMatch(/ADMIN @map\("admin"\)\n\}/)],
    ['set-referential-actions', { model: 'Post', field: 'author', onDelete: 'Cascade', onUpdate: '' }, (t) => expect(t).toContain('@relation(fields: [authorId], references: [id], onDelete: Cascade)')],
  ];

  it.each(cases)('%s', async (id, args, check) => {
    const files = await run(exampleFiles(), id, args);
    expect(describeDiagnostics(files, prismaErrors('7', files))).toEqual([]);
    expect(parseSchema(files).model.problems).toEqual([]);
    check(files[0].text);
  });
});

describe.skipIf(!corpusAvailable())('edit commands on a real schema', () => {
  it('renames a model of umami that many relations point at; Prisma 7 still accepts it', async () => {
    const umami = corpusProjects().find((p) => p.name === 'umami')!;
    expect(prismaErrors('7', umami.files)).toEqual([]);
    const before = parseSchema(umami.files).model;
    const pointing = before.relations.filter((r) => r.to.model === 'Website').length;
    expect(pointing).toBeGreaterThan(3);

    const files = await run(umami.files, 'rename-model', { model: 'Website', newName: 'Site', keepTableName: true });
    expect(describeDiagnostics(files, prismaErrors('7', files))).toEqual([]);
    const after = parseSchema(files).model;
    expect(after.models.map((m) => m.name)).toContain('Site');
    expect(after.models.find((m) => m.name === 'Site')!.dbName).toBe('website');
    expect(after.relations.filter((r) => r.to.model === 'Site')).toHaveLength(pointing);
  });
});
