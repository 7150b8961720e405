import { describe, expect, it } from 'vitest';
import { focusLayout } from './focus-layout';

const box = (id: string, height = 100) => ({ id, width: 200, height });
const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }, ha: number, hb: number) => a.x < b.x + 200 && b.x < a.x + 200 && a.y < b.y + hb && b.y < a.y + ha;

describe('focusLayout', () => {
  const center = { ...box('Order'), position: { x: 1000, y: 500 } };
  // Customer ← Order → Product; Payment → Order (Payment holds the FK); Refund → Payment; Product → Category.
  const links = [
    { from: 'Order', to: 'Customer' },
    { from: 'Order', to: 'Product' },
    { from: 'Payment', to: 'Order' },
    { from: 'Refund', to: 'Payment' },
    { from: 'Product', to: 'Category' },
  ];
  const distance = new Map([['Order', 0], ['Customer', 1], ['Product', 1], ['Payment', 1], ['Refund', 2], ['Category', 2]]);
  const nodes = ['Customer', 'Product', 'Payment', 'Refund', 'Category'].map((id) => box(id, id === 'Product' ? 300 : 100));
  const at = focusLayout(center, nodes, distance, links);

  it('keeps the focused model where it is', () => {
    expect(at.Order).toEqual({ x: 1000, y: 500 });
  });

  it('puts what points at the focused model to its left and what it points at to its right, one column per hop', () => {
    expect(at.Payment.x).toBeLessThan(1000);
    expect(at.Customer.x).toBeGreaterThan(1200);
    expect(at.Product.x).toBe(at.Customer.x);
    expect(at.Refund.x).toBeLessThan(at.Payment.x);
    expect(at.Category.x).toBeGreaterThan(at.Product.x);
  });

  it('places nothing on top of anything else', () => {
    const all = [{ id: 'Order', h: 100 }, ...nodes.map((n) => ({ id: n.id, h: n.height }))];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlaps(at[all[i].id], at[all[j].id], all[i].h, all[j].h), `${all[i].id} × ${all[j].id}`).toBe(false);
  });

  it('centres each column on the focused model', () => {
    const right = [at.Customer, at.Product];
    const top = Math.min(...right.map((p) => p.y));
    const bottom = Math.max(at.Customer.y + 100, at.Product.y + 300);
    expect(Math.abs((top + bottom) / 2 - 550)).toBeLessThanOrEqual(1);
  });
});
