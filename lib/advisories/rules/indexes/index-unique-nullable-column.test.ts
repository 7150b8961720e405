import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { indexUniqueNullableColumn as rule } from './index-unique-nullable-column';

const site = (fields: string, extra = '') => `
model Site {
  id       Int     @id
${fields}
${extra}}
`;

describe('index-unique-nullable-column', () => {
  it('fires on a @unique over an optional field, at info', () => {
    const files = pg(site('  domain   String? @unique'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.message).toBe('Site.domain: @unique lets any number of rows have a NULL domain, because PostgreSQL treats NULLs as distinct.');
    expect(a.target).toEqual({ kind: 'field', model: 'Site', field: 'domain' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@unique');
    expect(a.severity).toBe('info');
    expect(a.fixLabel).toBe('Make domain required');
  });

  it('names the other columns of a compound unique', () => {
    const files = pg(site('  tenantId Int?\n  slug     String', '\n  @@unique([tenantId, slug])\n'));
    const [a] = check(rule, files);
    expect(a.message).toBe('Site.tenantId: @@unique([tenantId, slug]) lets any number of rows with the same slug have a NULL tenantId, because PostgreSQL treats NULLs as distinct.');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@@unique([tenantId, slug])');
    const both = check(rule, pg(site('  tenantId Int?\n  slug     String?', '\n  @@unique([tenantId, slug])\n')));
    expect(both.map((x) => [x.target, x.fixLabel])).toEqual([[{ kind: 'model', model: 'Site' }, 'Make tenantId and slug required']]);
  });

  it('says what to write instead when the nullable column is a soft-delete timestamp, with no fix', () => {
    const [a] = check(rule, pg(site('  name     String\n  deletedAt DateTime?', '\n  @@unique([name, deletedAt])\n')));
    expect(a.message).toBe(
      'Site.deletedAt: @@unique([name, deletedAt]) never rejects two live rows, because deletedAt is NULL on every live row and PostgreSQL treats NULLs as distinct; ' +
        'use @@unique([name], where: { deletedAt: null }) (preview feature partialIndexes) instead.',
    );
    expect(a.fixLabel).toBeUndefined();
  });

  it('is quiet for required fields, uniques holding the primary key, and optional one-to-one foreign keys', () => {
    expect(check(rule, pg(site('  domain   String  @unique')))).toEqual([]);
    expect(check(rule, pg(site('  domain   String?', '\n  @@unique([id, domain])\n')))).toEqual([]);
    const oneToOne = pg(`
model User {
  id      Int      @id
  profile Profile?
}

model Profile {
  id     Int   @id
  userId Int?  @unique
  user   User? @relation(fields: [userId], references: [id])
}
`);
    expect(check(rule, oneToOne)).toEqual([]);
  });

  it('offers no fix when a SetNull relation needs the foreign key optional', () => {
    const files = pg(`
model Team {
  id    Int    @id
  sites Site[]
}

model Site {
  id     Int    @id
  teamId Int?
  slug   String
  team   Team?  @relation(fields: [teamId], references: [id], onDelete: SetNull)

  @@unique([teamId, slug])
}
`);
    const [a] = check(rule, files);
    expect(a.fixLabel).toBeUndefined();
  });

  it('fix makes the field required', () => {
    const files = pg(site('  domain   String? @unique'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  domain   String  @unique\n');
  });

  it('fix makes a foreign key required together with its relation, once for a compound key', () => {
    const files = pg(`
model Team {
  tenantId Int
  id       Int
  sites    Site[]

  @@id([tenantId, id])
}

model Site {
  id       Int    @id
  tenantId Int?
  teamId   Int?
  slug     String
  team     Team?  @relation(fields: [tenantId, teamId], references: [tenantId, id])

  @@unique([tenantId, teamId, slug])
}
`);
    const [a] = check(rule, files);
    expect(a.fixLabel).toBe('Make tenantId and teamId required');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('  tenantId Int\n  teamId   Int\n  slug     String\n  team     Team   @relation');
  });
});
