import { describe, expect, it } from 'vitest';
import type { Advisory } from '../advisories/types';
import { indexAdvisories } from './advisory-index';

const advisory = (over: Partial<Advisory>): Advisory => ({
  rule: 'index-fk-missing',
  category: 'indexes',
  severity: 'warning',
  key: 'k',
  message: 'm',
  span: { path: 'schema.prisma', start: 0, end: 1 },
  target: { kind: 'model', model: 'Post' },
  ...over,
});

describe('indexAdvisories', () => {
  const list = [
    advisory({ target: { kind: 'relation', relation: 'Post.author', model: 'Post', field: 'author' }, message: 'unindexed' }),
    advisory({ severity: 'info', target: { kind: 'field', model: 'Post', field: 'title' }, rule: 'integrity-nullable-without-reason', message: 'nullable' }),
    advisory({ severity: 'error', target: { kind: 'model', model: 'User' }, message: 'cycle' }),
  ];

  it('counts per model with the worst severity and marks field rows; relation advisories also go on the edge', () => {
    const index = indexAdvisories(list, null);
    expect(index.models.get('Post')).toMatchObject({ count: 2, worst: 'warning', fields: { author: 'warning', title: 'info' } });
    expect(index.models.get('User')).toMatchObject({ count: 1, worst: 'error', fields: {} });
    expect(index.relations.get('Post.author')).toMatchObject({ count: 1, worst: 'warning', lines: ['warning: unindexed (index-fk-missing)'] });
  });

  it('reuses unchanged summaries so their nodes do not re-render', () => {
    const first = indexAdvisories(list, null);
    const second = indexAdvisories([list[0], list[1], { ...list[2], message: 'another' }], first);
    expect(second.models.get('Post')).toBe(first.models.get('Post'));
    expect(second.models.get('User')).not.toBe(first.models.get('User'));
  });
});
