import { describe, expect, it } from 'vitest';
import { TestSession } from '../../../test-support/session';
import { prismaErrors } from '../../../test-support/prisma';
import { templateFiles } from '../../samples/templates';
import { addFieldArgs } from './inline-field';

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
});
