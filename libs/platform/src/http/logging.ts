import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { pino, type Logger as Pino } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { AppConfig } from '../config/app-config.js';
import { redactMessage, sanitiseError } from '../errors/safe-error.js';

const REQUEST_ID = /^[\w.-]{1,80}$/;

/**
 * What holds for the whole of the request being served: its id, for every log line written
 * while serving it, and the database role its statements run under (set once the actor is
 * known; see database/session-role.ts).
 */
export interface RequestContext {
  requestId: string;
  dbRole?: DbSession | null;
}

/** A database role with the organisation, user and region its row policies are keyed to. */
export interface DbSession {
  role: string;
  organisationId: string;
  userId: string;
  regionId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

/** Whatever the log line holds, these never get written. */
const REDACT = {
  paths: [
    'req.headers.authorization',
    'req.headers.cookie',
    'res.headers["set-cookie"]',
    'password',
    'token',
    'refreshToken',
    'accessToken',
    '*.password',
    '*.token',
    '*.refreshToken',
    '*.accessToken',
  ],
  censor: '[redacted]',
};

/** `destination`: where the JSON lines go (standard output unless given; tests pass a stream to read them). */
export function createRootLogger(config: Pick<AppConfig, 'logLevel'>, service: string, destination?: NodeJS.WritableStream): Pino {
  const options = {
    level: config.logLevel,
    base: { service },
    redact: REDACT,
    // An error logged under `err` (by us, by Nest, by pino-http) is reduced to what explains it: never SQL parameters or quoted input.
    serializers: { err: sanitiseError },
    mixin: () => {
      const ctx = requestContext.getStore();
      return ctx ? { reqId: ctx.requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Gives the request its id, once: the client's `x-request-id` when it is a plain token, else a
 * new UUID, echoed in `x-request-id`. The security headers middleware calls it before anything
 * else runs, so that even an answer to an unreadable body carries it.
 */
export function assignRequestId(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (req.id !== undefined) return String(req.id);
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * Structured JSON logs for each request. Request bodies are never logged (pino-http does not
 * read them), query strings are dropped (they may carry cursors or tokens), credentials in
 * headers are redacted, and each line carries the request id.
 */
export function httpLogger(logger: Pino): HttpLogger<IncomingMessage, ServerResponse> {
  return pinoHttp({
    logger,
    genReqId: assignRequestId,
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: sanitiseError,
    },
    autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
  });
}

/** Express middleware that runs the rest of the request inside its request-id context. */
export const withRequestContext =
  () =>
  (req: IncomingMessage & { id?: unknown }, _res: ServerResponse, next: () => void): void => {
    requestContext.run({ requestId: String(req.id ?? randomUUID()) }, next);
  };

/** Nest's logger interface on top of pino, so framework messages are JSON lines too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Pino) {}

  /**
   * Nest calls `(message, ...params, context)`. An Error goes under `err` (and through its
   * serializer), never spread into the line; an object keeps the string after it as the message;
   * `error(message, stack)` (how Nest reports what it caught) has both redacted, as either may
   * quote the input that failed.
   */
  private write(level: 'info' | 'warn' | 'error' | 'debug' | 'trace' | 'fatal', message: unknown, params: unknown[]): void {
    const last = params[params.length - 1];
    const context = typeof last === 'string' ? last : undefined;
    const rest = context === undefined ? params : params.slice(0, -1);
    const text = typeof rest[0] === 'string' ? rest[0] : undefined;
    if (message instanceof Error) {
      this.logger[level]({ context, err: message }, text ?? 'error');
    } else if (message !== null && typeof message === 'object') {
      this.logger[level]({ context, ...(message as object) }, text);
    } else if (level === 'error' && text !== undefined) {
      this.logger.error({ context, err: sanitiseError({ name: 'Error', message: String(message), stack: text }) }, redactMessage(String(message)));
    } else {
      this.logger[level]({ context }, String(message));
    }
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }
}
