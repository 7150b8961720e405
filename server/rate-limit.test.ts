import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

function clock(start = 0) {
  const c = { t: start, now: () => c.t };
  return c;
}

describe('per-token rate limiter', () => {
  it('allows a burst, then refuses with the seconds to wait, then refills', () => {
    const c = clock();
    const limiter = new RateLimiter({ burst: 3, perSecond: 1, now: c.now });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    c.t += 1000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    c.t += 10_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('keeps one bucket per key', () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 0.5, now: clock().now });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limiter.take('b').ok).toBe(true);
  });

  it('forgets the idlest keys beyond its bound (a forgotten key starts full)', () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 0.001, maxKeys: 2, now: clock().now });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('c').ok).toBe(false);
  });

  it('rejects a limit that could never allow a write', () => {
    expect(() => new RateLimiter({ burst: 0, perSecond: 1 })).toThrow();
  });
});
