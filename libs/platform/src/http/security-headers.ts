import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { assignRequestId } from './logging.js';

/** A Content-Security-Policy: each directive with its sources, sent in this order. */
export type ContentSecurityPolicy = Readonly<Record<string, readonly string[]>>;

export function serializeCsp(policy: ContentSecurityPolicy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => (sources.length ? `${directive} ${sources.join(' ')}` : directive))
    .join('; ');
}

/**
 * JSON and problem+json: a browser that renders one (opened directly, or sniffed) may load
 * nothing, submit nothing and be framed by nobody.
 */
export const API_CSP: ContentSecurityPolicy = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The portal's pages (apps/web: React built with Vite, served by the API on the same origin).
 * Vite's production build loads everything from files (`<script type="module" src>`,
 * `<link rel="stylesheet">`, module preloads), so no inline script or style is allowed; React's
 * `style` props go through the CSSOM, which a policy does not restrict. Small images may be
 * inlined by the build as data: URLs; fonts must stay files (keep them above Vite's
 * `assetsInlineLimit`). Talks only to its own API.
 */
export const PORTAL_CSP: ContentSecurityPolicy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The headers of every response under `path` (the path itself and below it, any case). */
export interface HeaderRule {
  path: string;
  csp: ContentSecurityPolicy;
  /** Default `no-store`: nothing the API answers is kept by a browser or a proxy. */
  cacheControl?: string;
}

interface CompiledRule {
  prefix: string;
  csp: string;
  cacheControl: string;
}

const DEFAULT_RULE: CompiledRule = { prefix: '', csp: serializeCsp(API_CSP), cacheControl: 'no-store' };

function compile(rule: HeaderRule): CompiledRule {
  return { prefix: rule.path.replace(/\/+$/, '').toLowerCase(), csp: serializeCsp(rule.csp), cacheControl: rule.cacheControl ?? 'no-store' };
}

/**
 * The rule for a request path: the first whose path is the request's or a parent of it, else
 * the API's (strict CSP, `no-store`). Express routes ignore case, so rules do too; `/docs` does
 * not cover `/docs-json`.
 */
export function headerRuleFor(rules: readonly HeaderRule[], url: string): { csp: string; cacheControl: string } {
  const { csp, cacheControl } = matchRule(rules.map(compile), url);
  return { csp, cacheControl };
}

function matchRule(rules: readonly CompiledRule[], url: string): CompiledRule {
  const path = (url.split('?')[0] ?? '').toLowerCase();
  return rules.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`)) ?? DEFAULT_RULE;
}

type Middleware = (req: IncomingMessage & { id?: unknown }, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * The one place the headers every response carries are set: the request id, helmet's set (no
 * framing, no sniffing, HSTS, no referrer, same-origin isolation), the path's
 * Content-Security-Policy and its Cache-Control. It must be the first middleware: what answers
 * before it (the body parser refusing a body, a 404, a guard's 401, the queue board) would
 * otherwise go out without them.
 */
export function securityHeaders(rules: readonly HeaderRule[] = []): Middleware {
  const compiled = rules.map(compile);
  // CSP and Cache-Control are ours, per path; helmet sets the rest, the same everywhere.
  const others = helmet({ contentSecurityPolicy: false, xFrameOptions: { action: 'deny' } });
  return (req, res, next) => {
    assignRequestId(req, res);
    const rule = matchRule(compiled, req.url ?? '/');
    res.setHeader('Content-Security-Policy', rule.csp);
    res.setHeader('Cache-Control', rule.cacheControl);
    others(req, res, next);
  };
}
