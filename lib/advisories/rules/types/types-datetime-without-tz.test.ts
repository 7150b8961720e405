import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { typesDatetimeWithoutTz as rule } from './types-datetime-without-tz';

const model = (fields: string) => `
model Event {
  id Int @id
${fields}
}
`;

describe('types-datetime-without-tz', () => {
  it('fires on a DateTime without a native type', () => {
    const files = pg(model('  createdAt DateTime @default(now())'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.target).toEqual({ kind: 'field', model: 'Event', field: 'createdAt' });
    expect(a.severity).toBe('warning');
    expect(a.message).toBe('Event.createdAt: stored as timestamp(3) without time zone, so the offset of every value written is lost.');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('createdAt DateTime @default(now())');
    expect(a.fixLabel).toBe('Add @db.Timestamptz(3)');
  });

  it('fires on @db.Timestamp with or without a precision', () => {
    const found = check(rule, pg(model('  a DateTime @db.Timestamp(6)\n  b DateTime? @db.Timestamp')));
    expect(found.map((a) => a.fixLabel)).toEqual(['Use @db.Timestamptz(6)', 'Use @db.Timestamptz']);
  });

  it('is quiet for timestamptz, dates and times', () => {
    const fields = ['  a DateTime @db.Timestamptz(3)', '  b DateTime @db.Date', '  c DateTime @db.Time(3)', '  d DateTime @db.Timetz'];
    expect(check(rule, pg(model(fields.join('\n'))))).toEqual([]);
  });

  it('fix appends @db.Timestamptz(3)', () => {
    const files = pg(model('  createdAt DateTime @default(now())'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  createdAt DateTime @default(now()) @db.Timestamptz(3)\n');
  });

  it('fix keeps an existing precision', () => {
    const files = pg(model('  a DateTime @db.Timestamp(6)\n  b DateTime? @db.Timestamp'));
    const [a, b] = check(rule, files);
    expect(text(fixAndRecheck(rule, files, a).files)).toContain('  a DateTime @db.Timestamptz(6)\n');
    expect(text(fixAndRecheck(rule, files, b).files)).toContain('  b DateTime? @db.Timestamptz\n');
  });

  it('fix changes a DateTime foreign key together with the key it references', () => {
    const files = pg(`
model Period {
  start DateTime @unique
  slots Slot[]
}

model Slot {
  id          Int      @id
  periodStart DateTime @db.Timestamp(3)
  period      Period   @relation(fields: [periodStart], references: [start])
}
`);
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  start DateTime @unique @db.Timestamptz(3)\n');
    expect(text(fixed)).toContain('  periodStart DateTime @db.Timestamptz(3)\n');
  });

  it('stays quiet for other providers', () => {
    expect(check(rule, pg(model('  at DateTime'), 'datasource db {\n  provider = "mysql"\n}\n'))).toEqual([]);
  });
});
