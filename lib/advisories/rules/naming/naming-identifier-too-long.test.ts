import { describe, expect, it } from 'vitest';
import { check, pg, text } from '../../../../test-support/advisories';
import { namingIdentifierTooLong as rule } from './naming-identifier-too-long';

const long = (n: number, c = 'a') => c.repeat(n);

describe('naming-identifier-too-long', () => {
  it('fires on a @@map and a @map over 63 bytes, pointing at the name', () => {
    const files = pg(`model Event {\n  id   Int    @id\n  data String @map("${long(64)}")\n\n  @@map("${long(70, 'e')}")\n}\n`);
    const found = check(rule, files);
    expect(found.map((a) => [a.target, a.severity, a.message])).toEqual([
      [{ kind: 'field', model: 'Event', field: 'data' }, 'warning', `Event.data: the column name "${long(64)}" is 64 bytes long; PostgreSQL truncates it to 63 bytes.`],
      [{ kind: 'model', model: 'Event' }, 'warning', `Event: the table name "${long(70, 'e')}" is 70 bytes long; PostgreSQL truncates it to 63 bytes.`],
    ]);
    expect(text(files).slice(found[0].span.start, found[0].span.end)).toBe(`"${long(64)}"`);
  });

  it('counts UTF-8 bytes, not characters', () => {
    // 32 × "ö" is 32 characters but 64 bytes.
    const files = pg(`model Event {\n  id   Int    @id\n  data String @map("${long(32, 'ö')}")\n}\n`);
    expect(check(rule, files).map((a) => a.message)).toEqual([`Event.data: the column name "${long(32, 'ö')}" is 64 bytes long; PostgreSQL truncates it to 63 bytes.`]);
  });

  it('fires on derived names: an unmapped field, an enum label, an implicit join table', () => {
    const a = `A${long(31)}`;
    const b = `B${long(31)}`;
    const files = pg(`
model ${a} {
  id Int   @id
  bs ${b}[]
}

model ${b} {
  id                                                                 Int   @id
  ${long(64, 'x')} Int
  as                                                                 ${a}[]
  kind                                                               Kind
}

enum Kind {
  ${long(64, 'K')}
}
`);
    expect(check(rule, files).map((x) => x.message)).toEqual([
      `${a}.bs: the join table name "_${a}To${b}" is 67 bytes long; PostgreSQL truncates it to 63 bytes.`,
      `${b}.${long(64, 'x')}: the column name "${long(64, 'x')}" is 64 bytes long; PostgreSQL truncates it to 63 bytes.`,
      `Kind.${long(64, 'K')}: the enum label "${long(64, 'K')}" is 64 bytes long; PostgreSQL rejects enum labels over 63 bytes, so the migration fails.`,
    ]);
  });

  it('is quiet at exactly 63 bytes', () => {
    expect(check(rule, pg(`model Event {\n  id Int @id\n\n  @@map("${long(63)}")\n}\n`))).toEqual([]);
  });

  it('has no automatic fix: only the team can choose a shorter name', () => {
    const [a] = check(rule, pg(`model Event {\n  id Int @id\n\n  @@map("${long(64)}")\n}\n`));
    expect(a.fixLabel).toBeUndefined();
    expect(rule.fix).toBeUndefined();
  });
});
