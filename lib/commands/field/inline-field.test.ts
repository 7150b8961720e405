import { describe, expect, it } from 'vitest';
import { TestSession } from '../../../test-support/session';
import { prismaErrors } from '../../../test-support/prisma';
import { templateFiles } from '../../samples/templates';
import { addFieldArgs, relationOffer, retypeArgs } from './inline-field';
import { moveByOne } from './move-field';

describe('typing a field on a node', () => {
  it('adds scalar fields, and relations for model types, as the drag does; Prisma accepts every step', async () => {
    const s = new TestSession(templateFiles('empty-postgresql')!);
    await s.must('add-model', { name: 'Author' });
    await s.must('add-model', { name: 'Post' });
    const type = async (model: string, name: string, t: string) => {
      const call = addFieldArgs(s.parsed, model, name, t);
      if (!call.ok) throw new Error(call.reason);
      await s.must(call.command, call.args);
      expect(prismaErrors('7', s.files)).toEqual([]);
    };
    await type('Author', 'email', 'String');
    await type('Post', 'title', 'String');
    await type('Post', 'author', 'Author');
    const text = s.text();
    expect(text).toMatch(/authorId\s+Int/);
    expect(text).toMatch(/author\s+Author\s+@relation\(fields: \[authorId\], references: \[id\]\)/);
    expect(text).toMatch(/model Author \{[^}]*posts\s+Post\[\]/);
    expect(text).toContain('@@index([authorId])');
  });

  it('reads Post[] on a model as the back-relation of a 1:n from Post, and Author? as an optional key', () => {
    const s = new TestSession(templateFiles('blog')!);
    expect(addFieldArgs(s.parsed, 'Author', 'drafts', 'Post[]')).toEqual({ ok: true, command: 'add-relation', args: { from: 'Post', to: 'Author', kind: '1:n', backField: 'drafts', optional: false } });
    expect(addFieldArgs(s.parsed, 'Post', 'editor', 'Author?')).toMatchObject({ command: 'add-relation', args: { from: 'Post', to: 'Author', field: 'editor', optional: true } });
    expect(addFieldArgs(s.parsed, 'Post', 'views', 'Int?')).toEqual({ ok: true, command: 'add-field', args: { model: 'Post', name: 'views', type: 'Int?' } });
    expect(addFieldArgs(s.parsed, 'Post', '', 'Int')).toEqual({ ok: false, reason: 'Type a field name' });
  });

  it('offers the relation a model type makes, in words, and writes the type as typed for "Just the field"', async () => {
    const s = new TestSession(templateFiles('empty-postgresql')!);
    await s.must('add-model', { name: 'Team' });
    await s.must('add-model', { name: 'Member' });
    expect(relationOffer(s.parsed, addFieldArgs(s.parsed, 'Member', 'team', 'Team'))).toBe('Create relation to Team (adds teamId + back-relation)');
    expect(relationOffer(s.parsed, addFieldArgs(s.parsed, 'Team', 'members', 'Member[]'))).toBe('Create relation to Member (adds Member.team + teamId)');
    expect(relationOffer(s.parsed, addFieldArgs(s.parsed, 'Member', 'age', 'Int'))).toBeNull();
    expect(addFieldArgs(s.parsed, 'Member', 'joinedAt', 'DateTime @default(now()) @map("joined_at")')).toEqual({ ok: true, command: 'add-field', args: { model: 'Member', name: 'joinedAt', type: 'DateTime', attributes: '@default(now()) @map("joined_at")' } });
    expect(addFieldArgs(s.parsed, 'Member', 'joinedAt DateTime @default(now())', '')).toEqual({ ok: true, command: 'add-field', args: { model: 'Member', name: 'joinedAt', type: 'DateTime', attributes: '@default(now())' } });
    expect(addFieldArgs(s.parsed, 'Member', 'team Team', '')).toMatchObject({ ok: true, command: 'add-relation', args: { from: 'Member', to: 'Team', field: 'team' } });
    expect(addFieldArgs(s.parsed, 'Member', 'joinedAt', '')).toEqual({ ok: false, reason: 'Type a field type' });
    expect(addFieldArgs(s.parsed, 'Member', 'team', 'Team @unique')).toMatchObject({ ok: false });
    await s.must('add-field', { model: 'Member', name: 'joinedAt', type: 'DateTime', attributes: '@default(now()) @map("joined_at")' });
    expect(s.text()).toMatch(/joinedAt\s+DateTime\s+@default\(now\(\)\) @map\("joined_at"\)/);
    expect(addFieldArgs(s.parsed, 'Member', 'team', 'Team', { relation: false })).toEqual({ ok: true, command: 'add-field', args: { model: 'Member', name: 'team', type: 'Team' } });
  });

  it('retypes a scalar as a relation in one undo step, and keeps plain type changes plain', async () => {
    const s = new TestSession(templateFiles('empty-postgresql')!);
    await s.must('add-model', { name: 'Team' });
    await s.must('add-model', { name: 'Member' });
    await s.must('add-field', { model: 'Member', name: 'team', type: 'String' });
    expect(retypeArgs(s.parsed, 'Member', 'team', 'Int?')).toEqual({ ok: true, command: 'change-field-type', args: { model: 'Member', field: 'team', type: 'Int?' } });
    const call = retypeArgs(s.parsed, 'Member', 'team', 'Team');
    expect(relationOffer(s.parsed, call)).toBe('Create relation to Team (adds teamId + back-relation)');
    if (!call.ok) throw new Error(call.reason);
    const before = s.text();
    await s.must(call.command, call.args);
    expect(s.text()).toMatch(/team\s+Team\s+@relation\(fields: \[teamId\], references: \[id\]\)/);
    expect(s.text()).not.toMatch(/team\s+String/);
    expect(prismaErrors('7', s.files)).toEqual([]);
    expect(s.undo()?.label).toBeTruthy();
    expect(s.text()).toBe(before);
  });

  it('moves a field one place up or down (Alt+ArrowUp / Alt+ArrowDown) as one undo step', async () => {
    const s = new TestSession(templateFiles('empty-postgresql')!);
    await s.must('add-model', { name: 'Team' });
    await s.must('add-field', { model: 'Team', name: 'name', type: 'String' });
    await s.must('add-field', { model: 'Team', name: 'slug', type: 'String' });
    const before = s.text();
    expect(moveByOne(s, 'Team', 'slug', -1)).toEqual({ model: 'Team', field: 'slug', before: 'name' });
    expect(moveByOne(s, 'Team', 'slug', 1)).toBeNull();
    await s.must('move-field', moveByOne(s, 'Team', 'slug', -1)!);
    expect(s.text()).toMatch(/slug\s+String\r?\n\s+name\s+String/);
    expect(s.undo()?.label).toBeTruthy();
    expect(s.text()).toBe(before);
    expect((await s.run('move-field', { model: 'Team', field: 'slug', index: 'x' })).ok).toBe(false);
  });
});
