import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { typesMoneyFloat as rule } from './types-money-float';

const order = (fields: string) => `
model Order {
  id Int @id
${fields}
}
`;

describe('types-money-float', () => {
  it('(a) warns on a Float named like money', () => {
    const files = pg(order('  totalPrice Float @default(0)'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.target).toEqual({ kind: 'field', model: 'Order', field: 'totalPrice' });
    expect(a.severity).toBe('info');
    expect(a.message).toBe('Order.totalPrice: a money amount stored as Float (double precision), which rounds cents.');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('totalPrice Float @default(0)');
    expect(a.fixLabel).toBe('Change to Decimal @db.Decimal(19, 4)');
  });

  it('(b) warns on @db.Money and (c) notes a Decimal without precision', () => {
    const found = check(rule, pg(order('  amount Decimal @db.Money\n  weight Decimal')));
    expect(found.map((a) => [a.target.kind === 'field' && a.target.field, a.severity, a.fixLabel])).toEqual([
      ['amount', 'info', 'Use @db.Decimal(19, 4)'],
      ['weight', 'info', 'Add @db.Decimal(19, 4)'],
    ]);
    expect(found[0].message).toBe('Order.amount: stored as money, whose input and output depend on the lc_monetary setting.');
    expect(found[1].message).toBe('Order.weight: a Decimal without @db.Decimal(p, s) is stored as decimal(65,30).');
  });

  it('is quiet on decimals with precision, other floats and ratios', () => {
    const fields = ['  price Decimal @db.Decimal(10, 2)', '  latitude Float', '  taxRate Float', '  discountPercent Float', '  exact Decimal @db.Decimal'];
    expect(check(rule, pg(order(fields.join('\n'))))).toEqual([]);
  });

  it('(a) fix changes the type to Decimal @db.Decimal(19, 4), keeping the default', () => {
    const files = pg(order('  totalPrice Float @default(0) @db.DoublePrecision'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  totalPrice Decimal @default(0) @db.Decimal(19, 4)\n');
  });

  it('(b, c) fix sets @db.Decimal(19, 4)', () => {
    const files = pg(order('  amount Decimal @db.Money\n  weight Decimal?'));
    const [money, unbounded] = check(rule, files);
    expect(text(fixAndRecheck(rule, files, money).files)).toContain('  amount Decimal @db.Decimal(19, 4)\n');
    expect(text(fixAndRecheck(rule, files, unbounded).files)).toContain('  weight Decimal? @db.Decimal(19, 4)\n');
  });

  it('precision and scale are options', () => {
    const files = pg(order('  fee Float'));
    const config = { rules: { 'types-money-float': { options: { precision: 12, scale: 2 } } } };
    const [a] = check(rule, files, config);
    expect(a.fixLabel).toBe('Change to Decimal @db.Decimal(12, 2)');
    expect(text(fixAndRecheck(rule, files, a, config).files)).toContain('  fee Decimal @db.Decimal(12, 2)\n');
  });

  it('has no fix on a key shared with another model', () => {
    const files = pg(`
model Price {
  amount Decimal @unique
  items  Item[]
}

model Item {
  id          Int     @id
  priceAmount Decimal @db.Decimal(10, 2)
  price       Price   @relation(fields: [priceAmount], references: [amount])
}
`);
    const [a] = check(rule, files);
    expect(a.target).toEqual({ kind: 'field', model: 'Price', field: 'amount' });
    expect(a.fixLabel).toBeUndefined();
  });

  it('stays quiet for other providers', () => {
    expect(check(rule, pg(order('  price Float'), 'datasource db {\n  provider = "mysql"\n}\n'))).toEqual([]);
  });
});
