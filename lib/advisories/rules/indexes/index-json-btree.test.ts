import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { indexJsonBtree as rule } from './index-json-btree';

const event = (extra: string, payload = 'Json') => `
model Event {
  id      Int    @id
  kind    String
  payload ${payload}
  meta    Json
${extra}}
`;

describe('index-json-btree', () => {
  it('fires on a btree @@index over a Json field and offers GIN', () => {
    const files = pg(event('\n  @@index([payload])\n'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.message).toBe('Event.payload: @@index([payload]) is a btree index over Json (payload), which serves only whole-value equality, not containment or path queries.');
    expect(a.target).toEqual({ kind: 'field', model: 'Event', field: 'payload' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@@index([payload])');
    expect(a.severity).toBe('warning');
    expect(a.fixLabel).toBe('Make it @@index([payload(ops: JsonbPathOps)], type: Gin)');
  });

  it('fires on an explicit BTree or Hash index, and on a @@unique, without a fix where GIN cannot replace it', () => {
    expect(check(rule, pg(event('\n  @@index([payload], type: Hash)\n'))).map((a) => a.fixLabel)).toEqual(['Make it @@index([payload(ops: JsonbPathOps)], type: Gin)']);
    expect(check(rule, pg(event('\n  @@index([payload, meta], type: BTree)\n'))).map((a) => [a.target, a.fixLabel])).toEqual([
      [{ kind: 'model', model: 'Event' }, 'Make it @@index([payload(ops: JsonbPathOps), meta(ops: JsonbPathOps)], type: Gin)'],
    ]);
    const [unique] = check(rule, pg(event('\n  @@unique([payload])\n')));
    expect(unique.fixLabel).toBeUndefined();
    expect(unique.message).toBe(
      'Event.payload: @@unique([payload]) is a btree index over Json (payload), which serves only whole-value equality, not containment or path queries; ' +
        'add a separate @@index([payload(ops: JsonbPathOps)], type: Gin) for those.',
    );
    const [mixed] = check(rule, pg(event('\n  @@index([kind, payload])\n')));
    expect(mixed.fixLabel).toBeUndefined();
  });

  it('says plain json needs jsonb, with no fix', () => {
    const [a] = check(rule, pg(event('\n  @@index([payload], type: Hash)\n', 'Json @db.Json')));
    expect(a.fixLabel).toBeUndefined();
    expect(a.message).toContain('; payload is plain json, which has no btree, hash or GIN operator class (use @db.JsonB).');
  });

  it('is quiet for GIN indexes and indexes without Json', () => {
    expect(check(rule, pg(event('\n  @@index([payload(ops: JsonbOps)], type: Gin)\n  @@index([kind])\n')))).toEqual([]);
  });

  it('fix turns the index into GIN with jsonb_path_ops', () => {
    const files = pg(event('\n  @@index([payload], map: "event_payload")\n'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('\n  @@index([payload(ops: JsonbPathOps)], map: "event_payload", type: Gin)\n}');
  });

  it('fix drops a sort and replaces an explicit BTree type', () => {
    const files = pg(event('\n  @@index([payload(sort: Desc)], type: BTree)\n'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('\n  @@index([payload(ops: JsonbPathOps)], type: Gin)\n}');
  });
});
