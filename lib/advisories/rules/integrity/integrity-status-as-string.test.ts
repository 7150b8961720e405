import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { integrityStatusAsString as rule } from './integrity-status-as-string';

const order = (fields: string, extra = '') => pg(`
model Order {
  id     Int    @id
${fields}}
${extra}`);

describe('integrity-status-as-string', () => {
  it('fires on a String named like a status; without a default there is nothing to seed an enum from', () => {
    const files = order('  status String\n');
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(a.target).toEqual({ kind: 'field', model: 'Order', field: 'status' });
    expect(a.message).toBe('Order.status is a String named like a status or kind, so any value can be stored; an enum would limit it to the known values.');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('status String');
    expect(a.fixLabel).toBeUndefined();
  });

  it('fires on any String with an UPPER_SNAKE default', () => {
    const [a] = check(rule, order('  currency String @default("USD")\n'));
    expect(a.message).toBe('Order.currency is a String defaulting to "USD", so any value can be stored; an enum would limit it to the known values.');
    expect(a.fixLabel).toBe('Create enum OrderCurrency { USD } and use it');
  });

  it('is quiet on enums, unique states, other defaults and strings referenced by a relation', () => {
    expect(check(rule, order('  status Status @default(PENDING)\n', '\nenum Status {\n  PENDING\n}\n'))).toEqual([]);
    expect(check(rule, order('  state String @unique\n'))).toEqual([]);
    expect(check(rule, order('  title String @default("Untitled")\n  statuses String[]\n'))).toEqual([]);
    expect(check(rule, pg(`
model Status {
  id     Int     @id
  code   String  @unique
  type   String  @unique
  orders Order[]
}

model Order {
  id         Int    @id
  statusCode String
  status     Status @relation(fields: [statusCode], references: [code])
}
`))).toEqual([]);
  });

  it('fix creates the enum from the default, changes the type and keeps the default valid', () => {
    const files = order('  status String @default("PENDING") @db.VarChar(20)\n  @@index([status])\n');
    const [a] = check(rule, files);
    expect(a.fixLabel).toBe('Create enum OrderStatus { PENDING } and use it');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('  status OrderStatus @default(PENDING)\n');
    expect(text(fixed)).toContain('enum OrderStatus {\n  PENDING\n}\n');
    expect(text(fixed)).not.toContain('VarChar');
  });

  it('offers no fix when the enum name is taken or the default is not a valid enum value', () => {
    expect(check(rule, order('  status String @default("PENDING")\n', '\nenum OrderStatus {\n  DONE\n}\n'))[0].fixLabel).toBeUndefined();
    expect(check(rule, order('  status String @default("in-progress")\n'))[0].fixLabel).toBeUndefined();
    expect(check(rule, order('  status String @default("OPEN")\n\n  @@index([status], type: Hash)\n'))[0].fixLabel).toBeUndefined();
  });
});
