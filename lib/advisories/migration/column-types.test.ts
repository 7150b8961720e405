import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../schema/document';
import { pg } from '../../../test-support/advisories';
import { classifyTypeChange, columnTypeOf, type TypeChangeKind } from './column-types';

/** The column type of `field` written in a model (`String @db.VarChar(10)`). */
function typeOf(field: string) {
  const schema = parseSchema(pg(`enum Role {\n  A\n}\n\nmodel M {\n  id Int @id\n  f  ${field}\n}\n`));
  return columnTypeOf(schema.model.models[0].fields[1]);
}

const kind = (from: string, to: string): TypeChangeKind => classifyTypeChange(typeOf(from), typeOf(to)).kind;

describe('columnTypeOf', () => {
  it('normalizes Prisma types to PostgreSQL ones with their implicit arguments', () => {
    expect(typeOf('String')).toMatchObject({ base: 'text', args: [], label: 'text' });
    expect(typeOf('String @db.VarChar(255)')).toMatchObject({ base: 'varchar', args: [255] });
    expect(typeOf('DateTime')).toMatchObject({ base: 'timestamp', args: [3] });
    expect(typeOf('DateTime @db.Timestamptz')).toMatchObject({ base: 'timestamptz', args: [6] });
    expect(typeOf('Decimal')).toMatchObject({ base: 'decimal', args: [65, 30] });
    expect(typeOf('Decimal @db.Decimal(10, 2)')).toMatchObject({ base: 'decimal', args: [10, 2] });
    expect(typeOf('Float')).toMatchObject({ base: 'double precision' });
    expect(typeOf('Role[]')).toMatchObject({ base: 'enum', list: true, detail: 'Role', label: 'enum Role[]' });
    expect(typeOf('Unsupported("circle")?')).toMatchObject({ base: 'unsupported', detail: 'circle' });
  });
});

describe('classifyTypeChange', () => {
  it('metadata only: longer or unbounded varchar, text, more precision', () => {
    expect(kind('String @db.VarChar(10)', 'String @db.VarChar(20)')).toBe('metadata');
    expect(kind('String @db.VarChar(10)', 'String')).toBe('metadata');
    expect(kind('String', 'String @db.VarChar')).toBe('metadata');
    expect(kind('Decimal @db.Decimal(10, 2)', 'Decimal @db.Decimal(12, 2)')).toBe('metadata');
    expect(kind('DateTime', 'DateTime @db.Timestamp(6)')).toBe('metadata');
  });

  it('rewrite: widening integers and floats, time zones, text to citext, uuid to text, numbers to text', () => {
    expect(kind('Int', 'BigInt')).toBe('rewrite');
    expect(kind('Int @db.SmallInt', 'Int')).toBe('rewrite');
    expect(kind('Float @db.Real', 'Float')).toBe('rewrite');
    expect(kind('Float', 'Decimal')).toBe('rewrite');
    expect(kind('Int', 'Decimal @db.Decimal(12, 2)')).toBe('rewrite');
    expect(kind('DateTime', 'DateTime @db.Timestamptz(3)')).toBe('rewrite');
    expect(kind('DateTime @db.Date', 'DateTime')).toBe('rewrite');
    expect(kind('String', 'String @db.Citext')).toBe('rewrite');
    expect(kind('String @db.Uuid', 'String')).toBe('rewrite');
    expect(kind('Int', 'String')).toBe('rewrite');
    expect(kind('Json', 'Json @db.Json')).toBe('rewrite');
  });

  it('Prisma drops and recreates the column where its engine has no cast (checked against schema-engine-wasm 8.1)', () => {
    const reason = (from: string, to: string) => classifyTypeChange(typeOf(from), typeOf(to)).reason;
    for (const [from, to] of [
      ['String', 'Int'],
      ['String', 'String @db.Uuid'],
      ['String @db.VarChar(10)', 'String @db.Citext'],
      ['Role', 'String'],
      ['String', 'String[]'],
      ['DateTime @db.Time(3)', 'DateTime @db.Time(6)'],
      ['Boolean', 'Int'],
    ]) {
      expect(kind(from, to), `${from} → ${to}`).toBe('narrowing');
      expect(reason(from, to)).toContain('drops the column and adds it again');
    }
    expect(reason('Int', 'BigInt')).not.toContain('drops the column');
  });

  it('narrowing: smaller types, strings to anything else, JSON to scalars, dates, lists', () => {
    expect(kind('BigInt', 'Int')).toBe('narrowing');
    expect(kind('Int', 'Int @db.SmallInt')).toBe('narrowing');
    expect(kind('Float', 'Int')).toBe('narrowing');
    expect(kind('Decimal', 'Float')).toBe('narrowing');
    expect(kind('Decimal @db.Decimal(10, 2)', 'Decimal @db.Decimal(8, 2)')).toBe('narrowing');
    expect(kind('Int', 'Decimal @db.Decimal(5, 2)')).toBe('narrowing');
    expect(kind('String', 'String @db.VarChar(10)')).toBe('narrowing');
    expect(kind('String @db.VarChar(20)', 'String @db.VarChar(10)')).toBe('narrowing');
    expect(kind('String', 'Int')).toBe('narrowing');
    expect(kind('String', 'Boolean')).toBe('narrowing');
    expect(kind('String', 'DateTime')).toBe('narrowing');
    expect(kind('String', 'Role')).toBe('narrowing');
    expect(kind('Json', 'String')).toBe('narrowing');
    expect(kind('DateTime', 'DateTime @db.Date')).toBe('narrowing');
    expect(kind('DateTime @db.Timestamp(6)', 'DateTime')).toBe('narrowing');
    expect(kind('String', 'String[]')).toBe('narrowing');
    expect(kind('Boolean', 'Int')).toBe('narrowing');
    expect(kind('Int', 'String @db.VarChar(5)')).toBe('narrowing');
  });

  it('same: equal types however they are written', () => {
    expect(kind('String', 'String @db.Text')).toBe('same');
    expect(kind('Int', 'Int @db.Integer')).toBe('same');
    expect(kind('DateTime', 'DateTime @db.Timestamp(3)')).toBe('same');
  });
});
