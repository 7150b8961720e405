import { describe, expect, it } from 'vitest';
import { freeName, lowerFirst, plural, upperFirst } from './relation-naming';

describe('relation naming', () => {
  it.each([
    ['post', 'posts'],
    ['category', 'categories'],
    ['day', 'days'],
    ['address', 'addresses'],
    ['box', 'boxes'],
    ['orderLine', 'orderLines'],
  ])('plural(%s) = %s', (one, many) => {
    expect(plural(one)).toBe(many);
  });

  it('changes the case of the first letter only', () => {
    expect(lowerFirst('OrderLine')).toBe('orderLine');
    expect(upperFirst('author')).toBe('Author');
  });

  it('numbers a name that is taken', () => {
    expect(freeName('posts', new Set())).toBe('posts');
    expect(freeName('posts', new Set(['posts', 'posts2']))).toBe('posts3');
  });
});
