import { Logger as NestLogger } from '@nestjs/common';
import type { ObjectLiteral, Logger as TypeOrmLogger } from 'typeorm';
import { redactMessage, sanitiseError } from '../errors/safe-error.js';

/** Where the adapter writes, in pino's order (fields, then message); a pino logger is one. */
export interface LogWriter {
  error(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}

/**
 * Nest's Logger under `context`: in the API and the worker that is the project's pino logger
 * (PinoNestLogger), with the request id of the request being served; on the command line, the console.
 */
export function nestLogWriter(context: string): LogWriter {
  const logger = new NestLogger(context);
  return {
    error: (fields, message) => logger.error(fields, message),
    warn: (fields, message) => logger.warn(fields, message),
    info: (fields, message) => logger.log(fields, message),
    debug: (fields, message) => logger.debug(fields, message),
  };
}

/** The statement's first keyword (INSERT, SELECT, WITH, …). */
const statementOf = (query: string | undefined): string | undefined => (query ? /^\s*([A-Za-z]+)/.exec(query)?.[1]?.toUpperCase() : undefined);

/** The SQL as written in the code, with string literals taken out: parameters ($1) are never filled in. */
export function sqlShape(query: string, max = 300): string {
  return query
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/\$([A-Za-z_]\w*)?\$[\s\S]*?\$\1\$/g, "'?'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/**
 * TypeORM's logger, writing through ours. TypeORM's own loggers print a failed or slow
 * statement with its parameters, and PostgreSQL's message can quote the input: here a failed
 * query is logged as its SQLSTATE, the constraint, table and column it names, the statement's
 * keyword and the message with quoted values taken out; never the parameters, `detail` or
 * `where`. Every statement is not logged at all (the `query` log level is never used).
 */
export class TypeOrmLogAdapter implements TypeOrmLogger {
  constructor(private readonly writer: LogWriter = nestLogWriter('typeorm')) {}

  logQuery(_query: string, _parameters?: unknown[] | ObjectLiteral): void {
    // Logging every statement would put its parameters in the log; it is deliberately off.
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[] | ObjectLiteral): void {
    const safe = sanitiseError(typeof error === 'string' ? { name: 'QueryError', message: error } : error);
    const fields: Record<string, string> = {};
    for (const key of ['code', 'constraint', 'table', 'column', 'schema', 'dataType', 'routine', 'severity'] as const) {
      if (safe[key]) fields[key] = safe[key];
    }
    const statement = statementOf(query);
    if (statement) fields.statement = statement;
    fields.message = safe.message;
    this.writer.warn({ query: fields }, 'query failed');
  }

  logQuerySlow(time: number, query: string, _parameters?: unknown[] | ObjectLiteral): void {
    this.writer.warn({ query: { statement: statementOf(query), ms: time, sql: sqlShape(query) } }, 'query is slow');
  }

  logSchemaBuild(message: string): void {
    this.writer.debug({ typeorm: 'schema' }, redactMessage(String(message)));
  }

  /** Debug: the migration command prints what ran; step by step is for when something is wrong. */
  logMigration(message: string): void {
    this.writer.debug({ typeorm: 'migration' }, redactMessage(String(message)));
  }

  /** TypeORM's own notes, PostgreSQL notices and NOTIFY payloads: the last two may hold data. */
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = message instanceof Error ? sanitiseError(message).message : redactMessage(typeof message === 'string' ? message : String(message));
    if (level === 'warn') this.writer.warn({ typeorm: 'driver' }, text);
    else this.writer.debug({ typeorm: 'driver' }, text);
  }
}
