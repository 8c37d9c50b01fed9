/**
 * What a log line may hold of an error. Errors carry data: TypeORM's QueryFailedError holds the
 * statement's parameters, PostgreSQL's `detail` repeats key values (`Key (youth_id)=(…)`), its
 * `where` quotes SQL, and its messages quote the offending input (`invalid input syntax for type
 * uuid: "…"`). A log line keeps what explains the failure (kind, SQLSTATE, which constraint,
 * table and column, where in the code) and never a value.
 */
export interface SafeError {
  name: string;
  /** The message with quoted text, e-mail addresses, long numbers and byte sequences replaced. */
  message: string;
  /** SQLSTATE for PostgreSQL, or a system code such as ECONNREFUSED. */
  code?: string;
  severity?: string;
  constraint?: string;
  table?: string;
  column?: string;
  schema?: string;
  dataType?: string;
  routine?: string;
  /** The first keyword of the failed statement (INSERT, UPDATE, …): never the statement itself. */
  statement?: string;
  hint?: string;
  /** The redacted message line followed by the stack frames (the original first line quotes the message). */
  stack?: string;
  cause?: SafeError;
  errors?: SafeError[];
}

export const REDACTED = '[redacted]';

/** A quoted word after these is a name from the schema or the code, not a value, and is kept. */
const IDENTIFIER_BEFORE = new Set([
  'constraint', 'relation', 'column', 'table', 'index', 'encoding', 'schema', 'function', 'sequence', 'trigger', 'view', 'type', 'operator', 'extension', 'collation', 'event',
]);
const IDENTIFIER = /^[A-Za-z_][\w$.]{0,62}$/;
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '`': '`', '\u201c': '\u201d', '\u2018': '\u2019' };

/** A quote character that is an apostrophe (`can't`) opens nothing. */
function isApostrophe(s: string, i: number): boolean {
  return (s[i] === "'" || s[i] === '\u2019') && /[\p{L}\p{N}]/u.test(s[i - 1] ?? '') && /[\p{L}]/u.test(s[i + 1] ?? '');
}

function lastCloser(s: string, close: string, from: number): number {
  for (let j = s.length - 1; j >= from; j--) if (s[j] === close && !isApostrophe(s, j)) return j;
  return -1;
}

/**
 * Replaces every quoted stretch with `[redacted]`, except a schema name after a word such as
 * `constraint` or `column`. A value may itself hold quotes, so a quoted value reaches to the
 * last matching quote of the message (or its end): over-redacting is the safe mistake.
 */
function redactQuoted(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    const close = QUOTES[ch];
    if (close === undefined || isApostrophe(s, i)) {
      out += ch;
      i++;
      continue;
    }
    const before = /([A-Za-z_]+)\s*$/.exec(s.slice(Math.max(0, i - 40), i))?.[1]?.toLowerCase();
    const next = s.indexOf(close, i + 1);
    if (before && IDENTIFIER_BEFORE.has(before) && next > i && IDENTIFIER.test(s.slice(i + 1, next))) {
      out += s.slice(i, next + 1);
      i = next + 1;
      continue;
    }
    const end = lastCloser(s, close, i + 1);
    out += REDACTED;
    i = end === -1 ? s.length : end + 1;
  }
  return out;
}

/** A message as it may be logged: see {@link SafeError.message}. */
export function redactMessage(message: string): string {
  return redactQuoted(message.slice(0, 2000))
    .replace(/\bKey \([^)]*\)=\(.*?\)(?= |$)/g, `Key ${REDACTED}`)
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, REDACTED)
    .replace(/<[^<>]*>/g, (m) => (m.includes(REDACTED) ? REDACTED : m))
    .replace(/\b0x[0-9a-f]{2}(?: 0x[0-9a-f]{2})*/gi, REDACTED)
    .replace(/(?<![\w-])\+?\d[\d ]{5,}\d(?![\w-])/g, REDACTED);
}

const SAFE_CODE = /^[A-Z0-9_]{1,40}$/;
const SAFE_NAME = /^[\w$.]{1,128}$/;
const MAX_DEPTH = 3;

function pick(value: unknown, shape: RegExp): string | undefined {
  return typeof value === 'string' && shape.test(value) ? value : undefined;
}

/**
 * The stack's frames (`at …` lines) under a redacted first line. The original message is cut
 * out first: a message over several lines could hold a line that looks like a frame.
 */
function safeStack(stack: unknown, rawMessage: unknown, head: string): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const at = typeof rawMessage === 'string' && rawMessage ? stack.indexOf(rawMessage) : -1;
  const rest = at === -1 ? stack : stack.slice(at + (rawMessage as string).length);
  const frames = rest.split('\n').filter((l) => /^\s+at \S/.test(l)).slice(0, 30);
  return [head, ...frames].join('\n');
}

/**
 * The loggable form of anything thrown: name, code, constraint, table, column, a redacted
 * message and the stack frames. Leaves out the statement's parameters and text, PostgreSQL's
 * `detail`, `where` and `internalQuery`, and anything else the error carries. Pure; also
 * accepts an error already turned into a plain object (by pino's serializer or by this function).
 */
export function sanitiseError(err: unknown, depth = 0): SafeError {
  if (err === null || typeof err !== 'object') {
    return { name: typeof err === 'string' ? 'NonError' : typeof err, message: typeof err === 'string' ? redactMessage(err) : REDACTED };
  }
  const e = err as Record<string, unknown>;
  const rawName = typeof e.name === 'string' ? e.name : typeof e.type === 'string' ? e.type : (e.constructor as { name?: string } | undefined)?.name;
  const name = pick(rawName, SAFE_NAME) ?? 'Error';
  const message = typeof e.message === 'string' ? redactMessage(e.message) : '';
  const safe: SafeError = { name, message };
  const code = typeof e.code === 'number' ? String(e.code) : pick(e.code, SAFE_CODE);
  if (code) safe.code = code;
  for (const key of ['severity', 'constraint', 'table', 'column', 'schema', 'dataType', 'routine'] as const) {
    const v = pick(e[key], SAFE_NAME);
    if (v) safe[key] = v;
  }
  const statement = typeof e.query === 'string' ? /^\s*([A-Za-z]+)/.exec(e.query)?.[1]?.toUpperCase() : pick(e.statement, /^[A-Z]{1,20}$/);
  if (statement) safe.statement = statement;
  if (typeof e.hint === 'string' && e.hint) safe.hint = redactMessage(e.hint);
  const stack = safeStack(e.stack, e.message, message ? `${name}: ${message}` : name);
  if (stack) safe.stack = stack;
  if (depth < MAX_DEPTH) {
    if (e.cause !== undefined && e.cause !== null) safe.cause = sanitiseError(e.cause, depth + 1);
    if (Array.isArray(e.errors)) safe.errors = e.errors.slice(0, 5).map((x) => sanitiseError(x, depth + 1));
  }
  return safe;
}

/**
 * An Error to throw on in place of `err` where the error itself is kept (BullMQ stores a failed
 * job's message and stack for the queue board): the same name and code, the redacted message,
 * the frames only.
 */
export function toSafeError(err: unknown): Error {
  const safe = sanitiseError(err);
  const out = new Error(safe.message);
  out.name = safe.name;
  if (safe.code) (out as Error & { code?: string }).code = safe.code;
  if (safe.constraint) (out as Error & { constraint?: string }).constraint = safe.constraint;
  out.stack = safe.stack ?? `${safe.name}: ${safe.message}`;
  return out;
}
