import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { FIXTURES_DIR } from '../../test-support/golden';
import { listIndexes } from './list-indexes';

const commentHeavy = readFileSync(join(FIXTURES_DIR, 'remove-index', 'comment-heavy-with-trailing-comment', 'in', 'schema.prisma'), 'utf8');
const schema = parseSchema([{ path: 'schema.prisma', text: commentHeavy }]);

describe('listIndexes', () => {
  it('lists ids, uniques and indexes in source order with their options and ranges', () => {
    const post = listIndexes(schema, 'Post');
    expect(post.map(({ range: _range, partial: _partial, ...rest }) => rest)).toEqual([
      { kind: 'id', level: 'field', position: null, fields: [{ name: 'id' }], type: null, map: null, name: null, text: '@id' },
      {
        kind: 'unique',
        level: 'block',
        position: 0,
        fields: [{ name: 'authorId' }, { name: 'slug' }],
        type: null,
        map: 'post_author_slug_key',
        name: 'authorSlug',
        text: '@@unique([authorId, slug], name: "authorSlug", map: "post_author_slug_key")',
      },
      {
        kind: 'index',
        level: 'block',
        position: 1,
        fields: [{ name: 'published' }, { name: 'authorId', sort: 'Desc' }],
        type: null,
        map: 'post_feed_idx',
        name: null,
        text: '@@index([published, authorId(sort: Desc)], map: "post_feed_idx")',
      },
      {
        kind: 'index',
        level: 'block',
        position: 2,
        fields: [{ name: 'title', ops: 'raw("gin_trgm_ops")' }],
        type: 'Gin',
        map: null,
        name: null,
        text: '@@index([title(ops: raw("gin_trgm_ops"))], type: Gin)',
      },
    ]);
    for (const entry of post) {
      expect(entry.range.path).toBe('schema.prisma');
      expect(commentHeavy.slice(entry.range.start, entry.range.end)).toBe(entry.text);
    }
  });

  it('includes field-level uniques with their map', () => {
    const user = listIndexes(schema, 'User');
    expect(user.map((i) => [i.kind, i.level, i.fields.map((f) => f.name).join(','), i.map])).toEqual([
      ['id', 'field', 'id', null],
      ['unique', 'field', 'email', 'user_email_key'],
    ]);
  });

  it('reads compound ids and positions count only @@index/@@unique', () => {
    const shop = readFileSync(join(FIXTURES_DIR, 'rename-model', 'multi-file', 'in', 'models', 'order.prisma'), 'utf8');
    const s = parseSchema([{ path: 'models/order.prisma', text: shop }]);
    expect(listIndexes(s, 'Order').map((i) => [i.kind, i.position, i.fields.map((f) => f.name).join(',')])).toEqual([
      ['id', null, 'number,year'],
      ['index', 0, 'customerId'],
    ]);
    expect(listIndexes(s, 'Nope')).toEqual([]);
  });
});
