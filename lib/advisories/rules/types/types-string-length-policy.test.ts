import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { typesStringLengthPolicy as rule } from './types-string-length-policy';

const country = (fields: string) => `
model Country {
  id Int @id
${fields}
}
`;
const bounded = { rules: { 'types-string-length-policy': { options: { policy: 'bounded' } } } };

describe('types-string-length-policy', () => {
  it('(a) warns on @db.Char(n)', () => {
    const files = pg(country('  code String @db.Char(2)'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.target).toEqual({ kind: 'field', model: 'Country', field: 'code' });
    expect(a.severity).toBe('warning');
    expect(a.message).toBe('Country.code: char(2) pads every value with blanks to 2 characters and is no faster than text or varchar.');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('code String @db.Char(2)');
    expect(a.fixLabel).toBe('Remove @db.Char(2)');
  });

  it('(b) notes @db.VarChar(n) under the default text policy', () => {
    const [a] = check(rule, pg(country('  name String @db.VarChar(255)')));
    expect(a.severity).toBe('info');
    expect(a.message).toBe(
      'Country.name: varchar(255) caps the length, and changing the cap later is an ALTER TABLE under an exclusive lock; text is the team policy.',
    );
    expect(a.fixLabel).toBe('Remove @db.VarChar(255) (text)');
  });

  it('is quiet on text, unbounded strings and other native types under the text policy', () => {
    const fields = ['  a String', '  b String @db.Text', '  c String @db.VarChar', '  d String @db.Citext', '  e String @db.Uuid'];
    expect(check(rule, pg(country(fields.join('\n'))))).toEqual([]);
  });

  it('(c) the bounded policy notes Strings without a native type, and no longer VarChar(n)', () => {
    const files = pg(country('  name String\n  title String @db.VarChar(80)\n  code String @db.Char(2)'));
    const found = check(rule, files, bounded);
    expect(found.map((a) => [a.target.kind === 'field' && a.target.field, a.severity, a.fixLabel])).toEqual([
      ['name', 'info', 'Add @db.VarChar(255)'],
      ['code', 'warning', 'Use @db.VarChar(2)'],
    ]);
    expect(found[0].message).toBe('Country.name: an unbounded text column; the bounded-strings policy asks for a length.');
  });

  it('the bounded policy leaves uuids stored as text to types-uuid-as-text', () => {
    expect(check(rule, pg('model Doc {\n  id String @id @default(uuid())\n}\n'), bounded)).toEqual([]);
  });

  it('fixes: remove Char(n) / VarChar(n) under text, VarChar under bounded', () => {
    const files = pg(country('  code String @db.Char(2)\n  name String @db.VarChar(255)'));
    const [code, name] = check(rule, files);
    expect(text(fixAndRecheck(rule, files, code).files)).toContain('  code String\n');
    expect(text(fixAndRecheck(rule, files, name).files)).toContain('  name String\n');

    const other = pg(country('  name String\n  code String @db.Char(2)'));
    const config = { rules: { 'types-string-length-policy': { options: { policy: 'bounded', boundedLength: 100 } } } };
    const [n, c] = check(rule, other, config);
    expect(n.fixLabel).toBe('Add @db.VarChar(100)');
    expect(text(fixAndRecheck(rule, other, n, config).files)).toContain('  name String @db.VarChar(100)\n');
    expect(text(fixAndRecheck(rule, other, c, config).files)).toContain('  code String @db.VarChar(2)\n');
  });

  it('fix changes a key and its foreign keys together', () => {
    const files = pg(`
model Country {
  code  String @id @db.Char(2)
  users User[]
}

model User {
  id          Int     @id
  countryCode String  @db.Char(2)
  country     Country @relation(fields: [countryCode], references: [code])
}
`);
    const [key] = check(rule, files);
    expect(key.target).toEqual({ kind: 'field', model: 'Country', field: 'code' });
    const { files: fixed } = fixAndRecheck(rule, files, key);
    expect(text(fixed)).toContain('  code  String @id\n');
    expect(text(fixed)).toContain('  countryCode String\n');
  });

  it('stays quiet for other providers', () => {
    expect(check(rule, pg(country('  code String @db.Char(2)'), 'datasource db {\n  provider = "mysql"\n}\n'))).toEqual([]);
  });
});
