import { randomBytes } from 'node:crypto';
import type { Response, Test } from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';

/**
 * Privacy canary scanner: walks every operation the API documents at `/docs-json` as one user
 * (the employer) and reports every response that contains a marker planted in sealed data.
 */

/** label -> unique marker string, e.g. `{ 'sealed.notes': 'CANARY-sealednotes-7f3a09c1' }`. */
export interface Canaries {
  [label: string]: string;
}

export interface Finding {
  /** Upper case, e.g. `GET`. */
  method: string;
  /** The documented path template, e.g. `/youths/{id}`. */
  path: string;
  /** The URL actually requested, e.g. `/youths/abc?limit=100`. */
  url: string;
  where: 'body' | 'header' | 'log' | 'email';
  canary: string;
  label: string;
}

export interface ScanResult {
  /** Distinct method + path operations exercised (skipped ones are not counted). */
  operations: number;
  /** HTTP calls made, not counting `/docs-json`. */
  requests: number;
  findings: Finding[];
  /** `"GET /x/{id}"` -> the status of the last call to that operation (0 when the call itself failed). */
  statuses: Record<string, number>;
  /** `"GET /x/{id}"` -> how many calls to that operation answered 2xx (absent when none did). */
  succeeded: Record<string, number>;
}

export interface ScanOptions {
  /** supertest agent factory, e.g. `suite.http`. */
  http: () => TestAgent;
  /** The employer's bearer access token. */
  token: string;
  canaries: Canaries;
  /** Candidate values for path parameters (ids the employer may see, plus others). */
  ids: string[];
  /** Return true to leave an operation out, e.g. logout so the token stays valid. Method is upper case. */
  skip?: (method: string, path: string) => boolean;
  /** Request bodies to try for a POST/PUT/PATCH operation; default `[{}]`. Method is upper case. */
  bodies?: (method: string, path: string) => unknown[];
  /** Sent as X-Request-Id with each call (the API keeps a well-formed one), to find the call's traces later. */
  requestId?: (method: string, path: string, url: string) => string;
  /** Reads and writes only, or both (the default). */
  methods?: 'reads' | 'writes' | 'both';
  /** Every response, in the order of the calls (`undefined` when the call itself failed). */
  onResponse?: (call: { method: string; path: string; url: string; body?: unknown }, res: Response | undefined) => void;
}

/** At most this many HTTP calls are made for one operation. */
export const MAX_CALLS_PER_OPERATION = 50;

/** Methods scanned, in the order used within one path. */
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

/**
 * A factory of markers, one per label: `${prefix}-${label slug}-${8 random hex}`, where the slug
 * keeps only [A-Za-z0-9] (e.g. `CANARY-sealednotes-1a2b3c4d`). Markers contain nothing that JSON,
 * URLs or HTML escape. Asking again for the same label returns the same marker.
 */
export function makeCanaries(prefix = 'CANARY'): (label: string) => string {
  const safePrefix = prefix.replace(/[^A-Za-z0-9-]/g, '') || 'CANARY';
  const byLabel = new Map<string, string>();
  const used = new Set<string>();
  return (label: string): string => {
    const known = byLabel.get(label);
    if (known !== undefined) return known;
    const slug = label.replace(/[^A-Za-z0-9]/g, '');
    let marker: string;
    do {
      marker = `${safePrefix}-${slug}-${randomBytes(4).toString('hex')}`;
    } while (used.has(marker.toLowerCase()));
    used.add(marker.toLowerCase());
    byLabel.set(label, marker);
    return marker;
  };
}

const UUID_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** A canary that is a whole UUID (a record's id). Not global: `test` keeps no state. */
const UUID_CANARY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What each canary is looked for as, made once: a scan reads thousands of answers with the same canaries. */
const digitPatterns = new Map<string, RegExp>();
const textNeedles = new Map<string, string[]>();

/**
 * The canaries that occur in `text`, case-insensitively, each label at most once. Also finds a
 * canary that was JSON-escaped (`\u0041`, `\"`; also doubly), URL-encoded (`%41`, `+` for space)
 * or HTML-escaped (`&amp;`, `&#65;`) on the way out. A UUID canary (a youth's id, which links what
 * one employer sees to what another sees) is text like any other, never mistaken for the ids the
 * digit rule below steps over: found in any case, and also written without its hyphens.
 */
export function findCanaries(text: string, canaries: Canaries): { label: string; canary: string }[] {
  const entries = Object.entries(canaries).filter(([, canary]) => canary !== '');
  if (entries.length === 0 || text === '') return [];
  const haystacks = textVariants(text);
  // For the digit rule below: taken once per text, not once per canary.
  let withoutUuids: string[] | undefined;
  const found: { label: string; canary: string }[] = [];
  for (const [label, canary] of entries) {
    // An all-digit canary (a PC4, a phone number) would also turn up inside ids and tokens by
    // chance: it counts only standing on its own, not inside a longer run of letters or digits.
    if (/^\d+$/.test(canary)) {
      // UUIDs (request ids, record ids) are full of digit runs between hyphens: take them out first.
      let alone = digitPatterns.get(canary);
      if (!alone) digitPatterns.set(canary, (alone = new RegExp(`(?<![0-9A-Za-z])${canary}(?![0-9A-Za-z])`)));
      withoutUuids ??= haystacks.map((h) => h.replace(UUID_PATTERN, '<uuid>'));
      if (withoutUuids.some((h) => alone.test(h))) found.push({ label, canary });
      continue;
    }
    let needles = textNeedles.get(canary);
    if (!needles) textNeedles.set(canary, (needles = UUID_CANARY.test(canary) ? [...canaryVariants(canary), canary.replace(/-/g, '').toLowerCase()] : canaryVariants(canary)));
    if (haystacks.some((h) => needles.some((n) => h.includes(n)))) found.push({ label, canary });
  }
  return found;
}

/**
 * `text` with the path of `url` blanked out. An answer may repeat the path it was asked on (a
 * problem's `instance`, a 404's detail): what the caller sent is no leak, and a scan sends ids it
 * was given (a youth's among them) to see what comes back. Only the path as a whole is passed
 * over: the same id anywhere else in the answer still counts.
 */
export function withoutAskedPath(text: string, url: string): string {
  const asked = url.split('?')[0]!;
  return asked === '' ? text : text.split(asked).join('<asked-path>');
}

/** One line per finding: `GET /youths/{id} (url /youths/abc) leaked sealed.notes in body`. */
export function describeFindings(f: Finding[]): string {
  return f.map((x) => `${x.method} ${x.path} (url ${x.url}) leaked ${x.label} in ${x.where}`).join('\n');
}

/**
 * Calls every documented operation (GETs first, then POST/PUT/PATCH/DELETE; each group ordered by
 * path, then method) with the token, fills path parameters from `ids` (cartesian product, at most
 * {@link MAX_CALLS_PER_OPERATION} calls per operation; an operation with path parameters is not
 * called when `ids` is empty) and looks for the canaries in every response body and header value.
 * Never throws because of a response status; only a missing or unreadable `/docs-json` throws.
 */
export async function scanApi(opts: ScanOptions): Promise<ScanResult> {
  const auth = `Bearer ${opts.token}`;
  const docRes = await opts.http().get('/docs-json').set('Authorization', auth);
  if (docRes.status !== 200) throw new Error(`GET /docs-json answered ${docRes.status}; cannot scan the API`);
  const doc: unknown = docRes.body;
  const paths = isRecord(doc) ? doc.paths : undefined;
  if (!isRecord(doc) || !isRecord(paths)) throw new Error('GET /docs-json has no "paths" object; cannot scan the API');

  const operations = collectOperations(doc, paths).filter((op) => !opts.skip?.(op.method.toUpperCase(), op.path));
  const reads = operations.filter((op) => op.method === 'get').sort(compareOperations);
  const writes = operations.filter((op) => op.method !== 'get').sort(compareOperations);

  const result: ScanResult = { operations: operations.length, requests: 0, findings: [], statuses: {}, succeeded: {} };
  const scanned = opts.methods === 'reads' ? reads : opts.methods === 'writes' ? writes : [...reads, ...writes];
  for (const op of scanned) {
    const method = op.method.toUpperCase();
    const key = `${method} ${op.path}`;
    const calls = plannedCalls(op, opts);
    for (const call of calls) {
      result.requests += 1;
      const res = await send(opts.http, op.method, call.url, auth, call, opts.requestId?.(method, op.path, call.url));
      opts.onResponse?.({ method, path: op.path, url: call.url, body: call.hasBody ? call.body : undefined }, res);
      if (res === undefined) {
        result.statuses[key] = 0;
        continue;
      }
      result.statuses[key] = res.status;
      if (res.status >= 200 && res.status < 300) result.succeeded[key] = (result.succeeded[key] ?? 0) + 1;
      const base = { method, path: op.path, url: call.url };
      for (const hit of findCanaries(withoutAskedPath(bodyText(res), call.url), opts.canaries)) {
        result.findings.push({ ...base, where: 'body', ...hit });
      }
      const headerHits = new Map<string, { label: string; canary: string }>();
      for (const value of headerValues(res)) {
        for (const hit of findCanaries(withoutAskedPath(value, call.url), opts.canaries)) headerHits.set(hit.label, hit);
      }
      for (const hit of headerHits.values()) result.findings.push({ ...base, where: 'header', ...hit });
    }
  }
  return result;
}

interface Operation {
  method: Method;
  path: string;
  params: string[];
  hasLimit: boolean;
}

interface Call {
  url: string;
  hasBody: boolean;
  body: unknown;
}

function collectOperations(doc: Record<string, unknown>, paths: Record<string, unknown>): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    const params = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const own = Array.isArray(op.parameters) ? op.parameters : [];
      const hasLimit = [...shared, ...own].some((p) => {
        const param = resolveRef(doc, p);
        return isRecord(param) && param.in === 'query' && param.name === 'limit';
      });
      ops.push({ method, path, params, hasLimit });
    }
  }
  return ops;
}

function compareOperations(a: Operation, b: Operation): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return METHODS.indexOf(a.method) - METHODS.indexOf(b.method);
}

/** The calls for one operation, at most MAX_CALLS_PER_OPERATION of them. */
function plannedCalls(op: Operation, opts: ScanOptions): Call[] {
  const urls: string[] = [];
  for (const combo of idCombinations(op.params.length, opts.ids)) {
    let i = 0;
    urls.push(op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(combo[i++] ?? '')));
  }
  const calls: Call[] = [];
  for (const url of urls) {
    if (op.method === 'get') {
      calls.push({ url, hasBody: false, body: undefined });
      if (op.hasLimit) calls.push({ url: `${url}${url.includes('?') ? '&' : '?'}limit=100`, hasBody: false, body: undefined });
    } else if (op.method === 'delete') {
      calls.push({ url, hasBody: false, body: undefined });
    } else {
      const bodies = opts.bodies?.(op.method.toUpperCase(), op.path) ?? [{}];
      for (const body of bodies) calls.push({ url, hasBody: true, body });
    }
    if (calls.length >= MAX_CALLS_PER_OPERATION) break;
  }
  return calls.slice(0, MAX_CALLS_PER_OPERATION);
}

/**
 * Tuples of ids for `n` path parameters. The cartesian product is visited in growing "shells"
 * (all tuples over the first k ids before any tuple that uses id k+1), so that a capped scan of an
 * operation with several parameters still pairs the first ids with each other. Stops after
 * MAX_CALLS_PER_OPERATION tuples.
 */
function idCombinations(n: number, ids: string[]): string[][] {
  if (n === 0) return [[]];
  const out: string[][] = [];
  for (let m = 0; m < ids.length && out.length < MAX_CALLS_PER_OPERATION; m++) {
    // Every tuple over indices 0..m that uses m at least once.
    const idx = Array.from({ length: n }, () => 0);
    for (;;) {
      if (idx.includes(m)) {
        out.push(idx.map((k) => ids[k] ?? ''));
        if (out.length >= MAX_CALLS_PER_OPERATION) break;
      }
      let pos = n - 1;
      while (pos >= 0 && idx[pos] === m) idx[pos--] = 0;
      if (pos < 0) break;
      idx[pos] = (idx[pos] ?? 0) + 1;
    }
  }
  return out;
}

/** One HTTP call; undefined when the call itself failed (connection reset, timeout, ...). */
async function send(http: () => TestAgent, method: Method, url: string, auth: string, call: Call, requestId?: string): Promise<Response | undefined> {
  try {
    const req = request(http(), method, url).set('Authorization', auth);
    if (requestId) req.set('X-Request-Id', requestId);
    if (call.hasBody) {
      const json = JSON.stringify(call.body);
      return await (json === undefined ? req : req.set('Content-Type', 'application/json').send(json));
    }
    return await req;
  } catch (err) {
    // superagent rejects only when there is no response at all; a status never throws here.
    const res = isRecord(err) ? err.response : undefined;
    return isResponse(res) ? res : undefined;
  }
}

function request(agent: TestAgent, method: Method, url: string): Test {
  switch (method) {
    case 'get':
      return agent.get(url);
    case 'post':
      return agent.post(url);
    case 'put':
      return agent.put(url);
    case 'patch':
      return agent.patch(url);
    case 'delete':
      return agent.delete(url);
  }
}

function bodyText(res: Response): string {
  if (typeof res.text === 'string' && res.text !== '') return res.text;
  const body: unknown = res.body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  if (body === undefined || body === null) return '';
  return JSON.stringify(body) ?? '';
}

function headerValues(res: Response): string[] {
  const headers: unknown = res.headers;
  if (!isRecord(headers)) return [];
  const out: string[] = [];
  for (const value of Object.values(headers)) {
    if (Array.isArray(value)) out.push(...value.map(String));
    else if (value !== undefined && value !== null) out.push(String(value));
  }
  return out;
}

/** Lower-cased forms of the text: as is, JSON-unescaped (once and twice), URL-decoded, HTML-unescaped. */
function textVariants(text: string): string[] {
  const json = jsonUnescape(text);
  const variants = [text, json, jsonUnescape(json), urlDecode(text), urlDecode(json), htmlUnescape(text), htmlUnescape(json)];
  return [...new Set(variants.map((v) => v.toLowerCase()))];
}

/** Lower-cased forms a canary takes when escaped as a JSON string or encoded into a URL. */
function canaryVariants(canary: string): string[] {
  const variants = [canary, JSON.stringify(canary).slice(1, -1), encodeURIComponent(canary), encodeURI(canary), encodeURIComponent(canary).replace(/%20/g, '+')];
  return [...new Set(variants.map((v) => v.toLowerCase()))];
}

function jsonUnescape(s: string): string {
  if (!s.includes('\\')) return s;
  const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  return s.replace(/\\(u[0-9a-fA-F]{4}|["\\/bfnrt])/g, (_m, e: string) => (e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (simple[e] ?? e)));
}

/** Percent-decoding that never throws: each run of %XX is decoded as UTF-8 when it can be; `+` becomes a space. */
function urlDecode(s: string): string {
  if (!s.includes('%') && !s.includes('+')) return s;
  return s.replace(/\+/g, ' ').replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return Buffer.from(run.replace(/%/g, ''), 'hex').toString('latin1');
    }
  });
}

function htmlUnescape(s: string): string {
  if (!s.includes('&')) return s;
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return safeCodePoint(parseInt(e.slice(2), 16)) ?? m;
    if (e.startsWith('#')) return safeCodePoint(parseInt(e.slice(1), 10)) ?? m;
    return named[e.toLowerCase()] ?? m;
  });
}

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

function resolveRef(doc: Record<string, unknown>, value: unknown): unknown {
  if (!isRecord(value) || typeof value.$ref !== 'string' || !value.$ref.startsWith('#/')) return value;
  let node: unknown = doc;
  for (const part of value.$ref.slice(2).split('/')) {
    if (!isRecord(node)) return undefined;
    node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isResponse(v: unknown): v is Response {
  return isRecord(v) && typeof v.status === 'number' && isRecord(v.headers);
}
