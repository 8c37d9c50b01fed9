import { isIP } from 'node:net';

/**
 * The process environment, validated once at boot. Every variable is listed in
 * `.env.example` with its default; a missing or malformed one stops the process with a
 * message that names every problem at once.
 */
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: LogLevel;
  /** The API's and the worker's login: a member of startbaan_app, owner of nothing. */
  databaseUrl: string;
  /** The schema owner's login, for migrations (DB_MIGRATE_ON_START and the CLI); DATABASE_URL when unset. */
  databaseMigrationUrl: string | undefined;
  dbPoolSize: number;
  /** Statement texts kept prepared per connection (0: none). */
  dbPreparedStatements: number;
  dbMigrateOnStart: boolean;
  redisUrl: string;
  queuePrefix: string;
  jwtSecret: string;
  jwtAccessTtlSeconds: number;
  refreshTtlDays: number;
  invitationTtlHours: number;
  /** How long a forgotten-password link works. */
  passwordResetTtlMinutes: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
  loginRateLimitPerIp: number;
  loginRateLimitPerAccount: number;
  loginRateWindowSeconds: number;
  /** Open intake: sign-ups and code checks together, per client address and window. */
  intakeRateLimitPerIp: number;
  /** Open intake: sign-ups, and separately code checks, per contact and window. */
  intakeRateLimitPerContact: number;
  intakeRateWindowSeconds: number;
  /** Which peers may say who the client is (X-Forwarded-For); undefined trusts none. */
  trustProxy: TrustProxy | undefined;
  outboxPollMs: number;
  outboxBatchSize: number;
  /** Where the relay LISTENs for committed outbox rows: a direct connection (not through a transaction pooler); DATABASE_URL when unset. */
  outboxListenUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Data keys for sealed and identity data; the first encrypts, all decrypt. */
  encryptionKeys: DataKey[];
  retentionMonths: number;
  /** The accounts (e-mail addresses) that may open the queue board: the installation's operators, not a region's admins. */
  boardOperators: string[];
  /** The board shows jobs but cannot retry, remove or pause unless this is false. */
  boardReadOnly: boolean;
  /** The built portal (apps/web, `npm run build`), served under /app. */
  portalDir: string;
  /** A design-token CSS file served as the portal's theme instead of the Startbaan one (a municipality's house style). */
  portalThemeCss: string | undefined;
  /** How long a worker holds an allocation run without renewing its lease before another may take the run over. */
  allocationLeaseSeconds: number;
  /** How often an e-mail is tried before it ends `failed` (with a task for a person). */
  emailMaxAttempts: number;
  /** The first wait after a failed send; each later one doubles. */
  emailRetrySeconds: number;
  /** How often the worker looks for work left behind: e-mails due again, allocation runs whose worker stopped. */
  sweepSeconds: number;
  /** How long a relayed event may stay unhandled before the sweep looks at its job (lost with Redis, or out of tries) and puts it on its queue again. */
  outboxRedriveSeconds: number;
  /** How long a stopping process may take: the API to finish requests in flight, the worker its jobs. */
  shutdownGraceMs: number;
  /** After SIGTERM the API keeps accepting (not ready, closing each connection after its answer) this long before it closes its port, so a load balancer has stopped sending. */
  shutdownDrainDelayMs: number;
  /** How long a new database connection may take before the request is answered 503. */
  dbConnectTimeoutMs: number;
  /** How long one statement may run (lock waits included) before PostgreSQL cancels it and the request is answered 503; 0: no limit. */
  dbStatementTimeoutMs: number;
}

/**
 * Express's `trust proxy`, limited to what names the proxies: a hop count (the nearest so many
 * peers are proxies), or their addresses and CIDR ranges (Express's names `loopback`,
 * `linklocal` and `uniquelocal` included). `true` (trust whoever writes the header) is not on offer.
 */
export type TrustProxy = number | readonly string[];

export interface DataKey {
  id: string;
  key: Buffer;
}

export type Env = Record<string, string | undefined>;

export interface ConfigProblem {
  name: string;
  expected: string;
  got?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems
          .map((p) => `  - ${p.name}: expected ${p.expected}${p.got === undefined ? '' : `, got "${p.got}"`}`)
          .join('\n') +
        '\nSee .env.example for every variable and its default.',
    );
    this.name = 'ConfigError';
  }
}

interface Spec<T> {
  default?: string;
  /** May be left unset; the value is then undefined. */
  optional?: boolean;
  /** The secret's value is never echoed back in an error message. */
  secret?: boolean;
  expected: string;
  parse: (raw: string) => T | undefined;
}

const int = (min: number, max: number): Spec<number>['parse'] => (raw) => {
  if (!/^-?\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
};
const oneOf =
  <T extends string>(...values: T[]): Spec<T>['parse'] =>
  (raw) =>
    (values as string[]).includes(raw) ? (raw as T) : undefined;
const bool: Spec<boolean>['parse'] = (raw) => (raw === 'true' ? true : raw === 'false' ? false : undefined);
const url =
  (...protocols: string[]): Spec<string>['parse'] =>
  (raw) => {
    try {
      return protocols.includes(new URL(raw).protocol) ? raw : undefined;
    } catch {
      return undefined;
    }
  };

const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** A hop count from 0 (none) to 10, or comma-separated addresses, CIDRs and range names. */
export const parseTrustProxy = (raw: string): TrustProxy | undefined => {
  if (/^\d+$/.test(raw)) return int(0, 10)(raw);
  const entries = raw.split(',').map((e) => e.trim());
  for (const entry of entries) {
    if (PROXY_RANGE_NAMES.includes(entry)) continue;
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    if (!family || extra !== undefined) return undefined;
    if (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128))) return undefined;
  }
  return entries;
};

/** `id:base64key[,id:base64key…]`, each key 32 bytes (AES-256). */
export const parseDataKeys = (raw: string): DataKey[] | undefined => dataKeys(raw);

const dataKeys: Spec<DataKey[]>['parse'] = (raw) => {
  const keys: DataKey[] = [];
  for (const part of raw.split(',')) {
    const m = /^([a-z0-9-]{1,20}):([A-Za-z0-9+/]{43}=)$/.exec(part.trim());
    if (!m) return undefined;
    const key = Buffer.from(m[2]!, 'base64');
    if (key.length !== 32 || keys.some((k) => k.id === m[1])) return undefined;
    keys.push({ id: m[1]!, key });
  }
  return keys.length ? keys : undefined;
};

const SPECS: { [K in keyof AppConfig]: Spec<AppConfig[K]> & { env: string } } = {
  nodeEnv: { env: 'NODE_ENV', default: 'development', expected: 'one of development, production, test', parse: oneOf('development', 'production', 'test') },
  host: { env: 'HOST', default: '0.0.0.0', expected: 'a host name or IP address', parse: (r) => (/^[\w.:-]+$/.test(r) ? r : undefined) },
  port: { env: 'PORT', default: '3000', expected: 'an integer from 1 to 65535', parse: int(1, 65535) },
  publicUrl: { env: 'PUBLIC_URL', default: 'http://localhost:3000', expected: 'an http(s) URL', parse: url('http:', 'https:') },
  logLevel: { env: 'LOG_LEVEL', default: 'info', expected: 'one of fatal, error, warn, info, debug, trace, silent', parse: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent') },
  databaseUrl: { env: 'DATABASE_URL', default: 'postgres://postgres@127.0.0.1:5432/startbaan', expected: 'a postgres:// URL', parse: url('postgres:', 'postgresql:') },
  databaseMigrationUrl: { env: 'DATABASE_MIGRATION_URL', optional: true, secret: true, expected: 'a postgres:// URL', parse: url('postgres:', 'postgresql:') },
  dbPoolSize: { env: 'DB_POOL_SIZE', default: '10', expected: 'an integer from 1 to 200', parse: int(1, 200) },
  dbPreparedStatements: { env: 'DB_PREPARED_STATEMENTS', default: '256', expected: 'an integer from 0 (off) to 10000', parse: int(0, 10000) },
  dbMigrateOnStart: { env: 'DB_MIGRATE_ON_START', default: 'false', expected: 'true or false', parse: bool },
  redisUrl: { env: 'REDIS_URL', default: 'redis://127.0.0.1:6379', expected: 'a redis:// or rediss:// URL', parse: url('redis:', 'rediss:') },
  queuePrefix: { env: 'QUEUE_PREFIX', default: 'startbaan', expected: 'letters, digits, - or _ (1 to 40)', parse: (r) => (/^[\w-]{1,40}$/.test(r) ? r : undefined) },
  jwtSecret: { env: 'JWT_SECRET', secret: true, expected: 'a random secret of at least 32 characters', parse: (r) => (r.length >= 32 ? r : undefined) },
  jwtAccessTtlSeconds: { env: 'JWT_ACCESS_TTL_SECONDS', default: '900', expected: 'an integer from 60 to 86400', parse: int(60, 86400) },
  refreshTtlDays: { env: 'REFRESH_TTL_DAYS', default: '30', expected: 'an integer from 1 to 365', parse: int(1, 365) },
  invitationTtlHours: { env: 'INVITATION_TTL_HOURS', default: '168', expected: 'an integer from 1 to 720', parse: int(1, 720) },
  passwordResetTtlMinutes: { env: 'PASSWORD_RESET_TTL_MINUTES', default: '60', expected: 'an integer from 5 to 1440', parse: int(5, 1440) },
  loginMaxFailures: { env: 'LOGIN_MAX_FAILURES', default: '5', expected: 'an integer from 1 to 100', parse: int(1, 100) },
  loginLockoutMinutes: { env: 'LOGIN_LOCKOUT_MINUTES', default: '15', expected: 'an integer from 1 to 1440', parse: int(1, 1440) },
  loginRateLimitPerIp: { env: 'LOGIN_RATE_LIMIT_PER_IP', default: '20', expected: 'an integer from 1 to 10000', parse: int(1, 10000) },
  loginRateLimitPerAccount: { env: 'LOGIN_RATE_LIMIT_PER_ACCOUNT', default: '10', expected: 'an integer from 1 to 10000', parse: int(1, 10000) },
  loginRateWindowSeconds: { env: 'LOGIN_RATE_WINDOW_SECONDS', default: '60', expected: 'an integer from 1 to 86400', parse: int(1, 86400) },
  intakeRateLimitPerIp: { env: 'INTAKE_RATE_LIMIT_PER_IP', default: '30', expected: 'an integer from 1 to 10000', parse: int(1, 10000) },
  intakeRateLimitPerContact: { env: 'INTAKE_RATE_LIMIT_PER_CONTACT', default: '10', expected: 'an integer from 1 to 1000', parse: int(1, 1000) },
  intakeRateWindowSeconds: { env: 'INTAKE_RATE_WINDOW_SECONDS', default: '900', expected: 'an integer from 1 to 86400', parse: int(1, 86400) },
  trustProxy: {
    env: 'TRUST_PROXY',
    optional: true,
    expected: 'a hop count from 0 to 10, or comma-separated proxy addresses or CIDRs (or loopback, linklocal, uniquelocal); unset trusts no proxy',
    parse: parseTrustProxy,
  },
  outboxPollMs: { env: 'OUTBOX_POLL_MS', default: '500', expected: 'an integer from 50 to 60000', parse: int(50, 60000) },
  outboxBatchSize: { env: 'OUTBOX_BATCH_SIZE', default: '100', expected: 'an integer from 1 to 1000', parse: int(1, 1000) },
  outboxListenUrl: { env: 'OUTBOX_LISTEN_URL', optional: true, secret: true, expected: 'a postgres:// URL', parse: url('postgres:', 'postgresql:') },
  smtpUrl: { env: 'SMTP_URL', optional: true, secret: true, expected: 'an smtp:// or smtps:// URL', parse: url('smtp:', 'smtps:') },
  mailFrom: { env: 'MAIL_FROM', default: 'Startbaan <no-reply@startbaan.invalid>', expected: 'a sender such as "Name <address@domain>"', parse: (r) => (/^[^<>]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(r) ? r : undefined) },
  encryptionKeys: {
    env: 'ENCRYPTION_KEYS',
    secret: true,
    expected: 'comma-separated id:key pairs, id of a-z, 0-9 and -, key 32 random bytes in base64 (e.g. k1:$(openssl rand -base64 32)); the first encrypts',
    parse: dataKeys,
  },
  boardOperators: {
    env: 'BOARD_OPERATORS',
    default: '',
    expected: 'comma-separated e-mail addresses of accounts',
    parse: (r) => {
      const list = r.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean);
      return list.every((e) => /^[^\s@,]+@[^\s@,]+$/.test(e)) ? list : undefined;
    },
  },
  boardReadOnly: { env: 'BOARD_READ_ONLY', default: 'true', expected: 'true or false', parse: bool },
  portalDir: { env: 'PORTAL_DIR', default: 'dist/web', expected: 'a directory path', parse: (r) => (r.length > 0 && !r.includes('\0') ? r : undefined) },
  portalThemeCss: { env: 'PORTAL_THEME_CSS', optional: true, expected: 'the path of a .css file', parse: (r) => (/\.css$/i.test(r) && !r.includes('\0') ? r : undefined) },
  allocationLeaseSeconds: { env: 'ALLOCATION_LEASE_SECONDS', default: '60', expected: 'an integer from 1 to 3600', parse: int(1, 3600) },
  emailMaxAttempts: { env: 'EMAIL_MAX_ATTEMPTS', default: '6', expected: 'an integer from 1 to 50', parse: int(1, 50) },
  emailRetrySeconds: { env: 'EMAIL_RETRY_SECONDS', default: '60', expected: 'an integer from 1 to 86400', parse: int(1, 86400) },
  sweepSeconds: { env: 'SWEEP_SECONDS', default: '60', expected: 'an integer from 1 to 3600', parse: int(1, 3600) },
  outboxRedriveSeconds: { env: 'OUTBOX_REDRIVE_SECONDS', default: '120', expected: 'an integer from 1 to 86400', parse: int(1, 86400) },
  shutdownGraceMs: { env: 'SHUTDOWN_GRACE_MS', default: '10000', expected: 'an integer from 0 to 600000', parse: int(0, 600000) },
  shutdownDrainDelayMs: { env: 'SHUTDOWN_DRAIN_DELAY_MS', default: '1000', expected: 'an integer from 0 to 60000', parse: int(0, 60000) },
  dbConnectTimeoutMs: { env: 'DB_CONNECT_TIMEOUT_MS', default: '3000', expected: 'an integer from 100 to 60000', parse: int(100, 60000) },
  dbStatementTimeoutMs: { env: 'DB_STATEMENT_TIMEOUT_MS', default: '30000', expected: 'an integer from 0 to 600000 (0: no limit)', parse: int(0, 600000) },
  retentionMonths: { env: 'RETENTION_MONTHS', default: '12', expected: 'an integer from 1 to 120', parse: int(1, 120) },
};

/** Names of every variable, for documentation checks. */
export const CONFIG_VARIABLES: { name: string; default?: string; optional?: boolean }[] = Object.values(SPECS).map((s) => ({
  name: s.env,
  default: s.default,
  optional: s.optional,
}));

export function loadConfig(env: Env): AppConfig {
  const problems: ConfigProblem[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(SPECS) as [keyof AppConfig, (typeof SPECS)[keyof AppConfig]][]) {
    const given = env[spec.env];
    const raw = given === undefined || given === '' ? spec.default : given.trim();
    if (raw === undefined && spec.optional) {
      out[key] = undefined;
      continue;
    }
    if (raw === undefined) {
      problems.push({ name: spec.env, expected: `${spec.expected} (it is required)` });
      continue;
    }
    const value = spec.parse(raw);
    if (value === undefined) {
      problems.push({ name: spec.env, expected: spec.expected, got: spec.secret ? '<hidden>' : raw });
      continue;
    }
    out[key] = value;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(out) as unknown as AppConfig;
}
