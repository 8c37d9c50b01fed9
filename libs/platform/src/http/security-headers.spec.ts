import { API_CSP, type ContentSecurityPolicy, headerRuleFor, type HeaderRule, PORTAL_CSP, serializeCsp } from './security-headers.js';

const LOOSE = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'http:', 'https:', 'blob:'];
const loosenings = (policy: ContentSecurityPolicy): string[] => Object.values(policy).flat().filter((s) => LOOSE.includes(s));

describe('content security policies', () => {
  it('the portal runs only its own files: no inline script or style, no eval, its own API only, never framed', () => {
    expect(serializeCsp(PORTAL_CSP)).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(loosenings(PORTAL_CSP)).toEqual([]);
  });

  it('an API response may load nothing and be framed by nobody', () => {
    expect(serializeCsp(API_CSP)).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    expect(loosenings(API_CSP)).toEqual([]);
  });
});

describe('which headers a path gets', () => {
  const docs: HeaderRule = { path: '/docs', csp: { 'default-src': ["'self'"] }, cacheControl: 'no-cache' };
  const board: HeaderRule = { path: '/admin/queues/', csp: { 'default-src': ["'none'"], 'style-src': ["'self'"] } };
  const rules = [docs, board];
  const api = { csp: serializeCsp(API_CSP), cacheControl: 'no-store' };

  it.each([
    ['/docs', { csp: "default-src 'self'", cacheControl: 'no-cache' }],
    ['/docs/', { csp: "default-src 'self'", cacheControl: 'no-cache' }],
    ['/DOCS/swagger-ui.css?v=1', { csp: "default-src 'self'", cacheControl: 'no-cache' }],
    ['/docs-json', api],
    ['/docsx/y', api],
    ['/admin/queues', { csp: "default-src 'none'; style-src 'self'", cacheControl: 'no-store' }],
    ['/admin/queues/api/queues?page=2', { csp: "default-src 'none'; style-src 'self'", cacheControl: 'no-store' }],
    ['/admin', api],
    ['/youths/1/export', api],
    ['/', api],
  ])('%s', (url, expected) => {
    expect(headerRuleFor(rules, url)).toEqual(expected);
  });
});
