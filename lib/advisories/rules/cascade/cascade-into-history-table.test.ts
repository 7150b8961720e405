import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { cascadeIntoHistoryTable as rule } from './cascade-into-history-table';

// The catalogue's second fixture: Tenant → Invoice → Payment, all cascading.
const billing = (paymentDocs = '', paymentName = 'Payment') => `
model Tenant {
  id       Int       @id
  invoices Invoice[]
}

model Invoice {
  id       Int       @id
  tenantId Int
  tenant   Tenant    @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  payments ${paymentName}[]

  @@index([tenantId])
}
${paymentDocs}
model ${paymentName} {
  id        Int     @id
  invoiceId Int
  invoice   Invoice @relation(fields: [invoiceId], references: [id], onDelete: Cascade)

  @@index([invoiceId])
}
`;

describe('cascade-into-history-table', () => {
  it('fires on each cascade edge into a history table, naming every delete that reaches it', () => {
    const files = pg(billing());
    const advisories = check(rule, files);
    expect(advisories.map((a) => a.message)).toEqual([
      'Invoice.tenant: onDelete Cascade into Invoice (a history table); deleting a Tenant erases Invoice rows.',
      'Payment.invoice: onDelete Cascade into Payment (a history table); deleting an Invoice or a Tenant erases Payment rows.',
    ]);
    const a = advisories[1];
    expect(a.severity).toBe('warning');
    expect(a.target).toEqual({ kind: 'relation', relation: 'Payment.invoice', model: 'Payment', field: 'invoice' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@relation(fields: [invoiceId], references: [id], onDelete: Cascade)');
    expect(a.fixLabel).toBe('Set onDelete: Restrict');
  });

  it('matches the head noun of the name or @@map, and the /// @immutable marker', () => {
    expect(check(rule, pg(billing('', 'PaymentLine'))).map((a) => a.target)).toContainEqual({ kind: 'relation', relation: 'PaymentLine.invoice', model: 'PaymentLine', field: 'invoice' });
    const immutable = pg(billing('\n/// Kept for the accountants.\n/// @immutable', 'Settlement'));
    expect(check(rule, immutable).map((a) => a.message)).toContain(
      'Settlement.invoice: onDelete Cascade into Settlement (marked /// @immutable); deleting an Invoice or a Tenant erases Settlement rows.',
    );
    const mapped = pg(billing('', 'Settlement').replace('  @@index([invoiceId])\n}', '  @@index([invoiceId])\n  @@map("settlement_history")\n}'));
    expect(check(rule, mapped).map((a) => a.target)).toContainEqual({ kind: 'relation', relation: 'Settlement.invoice', model: 'Settlement', field: 'invoice' });
  });

  it('is quiet for configuration that only starts with a history word, and for other actions', () => {
    expect(check(rule, pg(billing('', 'PaymentMethod'))).map((a) => a.target)).toEqual([
      { kind: 'relation', relation: 'Invoice.tenant', model: 'Invoice', field: 'tenant' },
    ]);
    const restricted = pg(billing().replace(/onDelete: Cascade/g, 'onDelete: Restrict'));
    expect(check(rule, restricted)).toEqual([]);
  });

  it('takes its name patterns from the options', () => {
    const files = pg(billing('', 'Settlement'));
    const config = { rules: { [rule.id]: { options: { patterns: ['settlements?'] } } } };
    expect(check(rule, files, config).map((a) => a.target)).toEqual([{ kind: 'relation', relation: 'Settlement.invoice', model: 'Settlement', field: 'invoice' }]);
  });

  it('fix sets onDelete: Restrict on the edge into the history table', () => {
    const files = pg(billing());
    const payment = check(rule, files)[1];
    const { files: fixed, after } = fixAndRecheck(rule, files, payment);
    expect(text(fixed)).toContain('invoice   Invoice @relation(fields: [invoiceId], references: [id], onDelete: Restrict)');
    expect(after.map((a) => a.target)).toEqual([{ kind: 'relation', relation: 'Invoice.tenant', model: 'Invoice', field: 'tenant' }]);
  });

  it('stays quiet for other providers', () => {
    expect(check(rule, pg(billing(), 'datasource db {\n  provider = "sqlite"\n}\n'))).toEqual([]);
  });
});
