import { composeRefreshToken, hashMatches, parseRefreshToken, randomSecret, sha256Hex } from './tokens.js';

describe('refresh tokens', () => {
  const id = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

  it('round-trips id and secret, and matches only the right secret', () => {
    const secret = randomSecret();
    const parsed = parseRefreshToken(composeRefreshToken(id, secret));
    expect(parsed).toEqual({ id, secret });
    expect(hashMatches(sha256Hex(secret), secret)).toBe(true);
    expect(hashMatches(sha256Hex(secret), randomSecret())).toBe(false);
  });

  it.each(['', 'no-dot-here', `not-a-uuid.${'a'.repeat(43)}`, `${id}.short`, `${id}.${'a'.repeat(101)}`])('refuses %j', (token) => {
    expect(parseRefreshToken(token)).toBeNull();
  });
});
