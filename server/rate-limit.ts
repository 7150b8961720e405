/**
 * A token bucket per key (the hash of the token that writes): `burst` writes at once, refilled at
 * `perSecond`. In memory, per process — with several instances on PostgreSQL each enforces its own
 * share, which is enough to stop a runaway client; a shared limiter can replace it behind `take`.
 */
export interface RateLimitOptions {
  burst: number;
  perSecond: number;
  /** Buckets kept at most; the idlest are dropped first (a full bucket carries no state anyway). */
  maxKeys?: number;
  now?: () => number;
}

export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly options: RateLimitOptions) {
    if (!(options.burst >= 1) || !(options.perSecond > 0)) throw new Error('A rate limit needs burst >= 1 and perSecond > 0.');
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  /** Takes one token from `key`'s bucket if there is one. */
  take(key: string): RateDecision {
    const now = this.now();
    const { burst, perSecond } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    const tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    this.buckets.delete(key); // re-inserted last: Map order is the idleness order
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perSecond)) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    return { ok: true, remaining: Math.floor(tokens - 1) };
  }
}
