import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { cascadeBlockedByRestrict as rule } from './cascade-blocked-by-restrict';

// The catalogue's second fixture: deleting a Tenant cascades to its projects and invoices. An
// Invoice references a Project with Restrict (mixed paths), a TimeEntry does so by Prisma's default.
const tenant = (timeEntry: string) => `
model Tenant {
  id       Int       @id
  projects Project[]
  invoices Invoice[]
}

model Project {
  id          Int         @id
  tenantId    Int
  tenant      Tenant      @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  invoices    Invoice[]
  timeEntries TimeEntry[]

  @@index([tenantId])
}

model Invoice {
  id        Int     @id
  tenantId  Int
  projectId Int
  tenant    Tenant  @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  project   Project @relation(fields: [projectId], references: [id], onDelete: Restrict)

  @@index([tenantId])
  @@index([projectId])
}

model TimeEntry {
  id        Int      @id
  ${timeEntry}

  @@index([projectId])
}
`;

const requiredEntry = 'projectId Int\n  project   Project  @relation(fields: [projectId], references: [id])';
const optionalEntry = 'projectId Int?\n  project   Project? @relation(fields: [projectId], references: [id], onDelete: Restrict)';

describe('cascade-blocked-by-restrict', () => {
  it('is a warning when the referencing model is outside the cascade', () => {
    const files = pg(tenant(requiredEntry));
    const entry = check(rule, files).find((a) => a.target.kind === 'relation' && a.target.relation === 'TimeEntry.project')!;
    expect(entry.severity).toBe('warning');
    expect(entry.message).toBe(
      'TimeEntry.project (Restrict, Prisma default): deleting a Tenant cascades to Project but fails while TimeEntry rows reference the deleted Project rows.',
    );
    expect(text(files).slice(entry.span.start, entry.span.end)).toBe('@relation(fields: [projectId], references: [id])');
    expect(entry.fixLabel).toBeUndefined();
  });

  it('is info for mixed paths (the referencing model is cascaded too)', () => {
    const files = pg(tenant(requiredEntry));
    const invoice = check(rule, files).find((a) => a.target.kind === 'relation' && a.target.relation === 'Invoice.project')!;
    expect(invoice.severity).toBe('info');
    expect(invoice.message).toBe(
      'Invoice.project (Restrict): deleting a Tenant cascades to both Project and Invoice; it still fails when an Invoice outside that delete references a deleted Project.',
    );
    expect(check(rule, files)).toHaveLength(2);
  });

  it('is quiet when nothing cascades into the referenced model', () => {
    const files = pg(tenant(requiredEntry).replace('tenant      Tenant      @relation(fields: [tenantId], references: [id], onDelete: Cascade)', 'tenant      Tenant      @relation(fields: [tenantId], references: [id], onDelete: Restrict)'));
    expect(check(rule, files)).toEqual([]);
  });

  it('fix sets SetNull when the foreign key is optional', () => {
    const files = pg(tenant(optionalEntry));
    const entry = check(rule, files).find((a) => a.target.kind === 'relation' && a.target.relation === 'TimeEntry.project')!;
    expect(entry.fixLabel).toBe('Set onDelete: SetNull');
    const { files: fixed } = fixAndRecheck(rule, files, entry);
    expect(text(fixed)).toContain('project   Project? @relation(fields: [projectId], references: [id], onDelete: SetNull)');
  });

  it('stays quiet for other providers', () => {
    expect(check(rule, pg(tenant(requiredEntry), 'datasource db {\n  provider = "sqlite"\n}\n'))).toEqual([]);
  });
});
