import type { ExecutionContext } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import type { RateCheck, RateLimiter } from '../redis/rate-limiter.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { sha256Hex } from './tokens.js';

const config = { loginRateLimitPerIp: 20, loginRateLimitPerAccount: 10, loginRateWindowSeconds: 60 } as AppConfig;

function run(body: unknown, ip = '203.0.113.9') {
  const calls: { scope: string; checks: readonly RateCheck[]; windowSeconds: number; what: string }[] = [];
  const limiter = { hit: async (scope: string, checks: readonly RateCheck[], windowSeconds: number, what: string) => void calls.push({ scope, checks, windowSeconds, what }) };
  const context = { switchToHttp: () => ({ getRequest: () => ({ ip, body }) }) } as unknown as ExecutionContext;
  return new LoginRateLimitGuard(limiter as unknown as RateLimiter, config).canActivate(context).then(() => calls);
}

describe('LoginRateLimitGuard', () => {
  it('counts the address and the account (its e-mail hashed, case and spaces ignored)', async () => {
    expect(await run({ email: ' Sam@Example.NL ' })).toEqual([
      {
        scope: 'login',
        checks: [
          { key: 'ip:203.0.113.9', limit: 20 },
          { key: `account:${sha256Hex('sam@example.nl')}`, limit: 10 },
        ],
        windowSeconds: 60,
        what: 'sign-in attempts',
      },
    ]);
  });

  it('counts only the address when no e-mail is given', async () => {
    expect((await run({}))[0]!.checks).toEqual([{ key: 'ip:203.0.113.9', limit: 20 }]);
  });
});
