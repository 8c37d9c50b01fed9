import { retryAfterSeconds } from './rate-limiter.js';

describe('retryAfterSeconds', () => {
  it('is null while every counter is within its limit, the limit itself included', () => {
    expect(retryAfterSeconds([{ count: 5, ttlMs: 30_000, limit: 5 }, { count: 1, ttlMs: 60_000, limit: 10 }])).toBeNull();
  });

  it('waits for the longest window that is over, rounded up, at least a second', () => {
    expect(retryAfterSeconds([{ count: 6, ttlMs: 12_100, limit: 5 }, { count: 11, ttlMs: 40_001, limit: 10 }, { count: 1, ttlMs: 90_000, limit: 10 }])).toBe(41);
    expect(retryAfterSeconds([{ count: 2, ttlMs: 0, limit: 1 }])).toBe(1);
  });
});
