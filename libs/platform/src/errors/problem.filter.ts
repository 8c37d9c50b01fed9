import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE, Problem, type ProblemDetails, problemType } from './problem.js';
import { problemForDatabaseError } from './database-problem.js';
import { sanitiseError } from './safe-error.js';
import { bearerChallenge } from '../auth/bearer-challenge.js';
import { errorText, languageFromAcceptLanguage, problemText, type TextLanguage } from './problem-texts.js';

/**
 * The body parser's refusals by its error type, in our words: its own messages quote what the
 * client sent (a charset, an encoding).
 */
const BODY_PROBLEMS: Record<string, Pick<ProblemDetails, 'type' | 'title' | 'status' | 'detail'>> = {
  'entity.parse.failed': { type: problemType('malformed-json'), title: 'Bad Request', status: 400, detail: 'The request body is not valid JSON.' },
  'entity.too.large': { type: problemType('too-large'), title: 'Payload Too Large', status: 413, detail: 'The request body is too large.' },
  'charset.unsupported': { type: problemType('unsupported-media-type'), title: 'Unsupported Media Type', status: 415, detail: 'The request body must be JSON in UTF-8.' },
  'encoding.unsupported': {
    type: problemType('unsupported-media-type'),
    title: 'Unsupported Media Type',
    status: 415,
    detail: 'The request body has a content encoding the API does not read (gzip, deflate and br are read).',
  },
};

/**
 * The reader's language: a signed-in user's own (from the access token), else the request's
 * Accept-Language (public routes, and a request refused before sign-in was checked).
 */
function readerLanguage(req: Request): TextLanguage {
  const language = (req as Request & { actor?: { language?: unknown } }).actor?.language;
  if (language === 'nl' || language === 'en') return language;
  return languageFromAcceptLanguage(req.headers?.['accept-language']);
}

/**
 * Adds what a person reads, beside what a program reads: `language`, `text` for the problem and,
 * per error, its `code` and `text`, all from the catalogue (problem-texts.ts).
 */
function withTexts(body: ProblemDetails, language: TextLanguage): ProblemDetails {
  const out: ProblemDetails = { ...body, language, text: problemText(body.type, body.status)[language] };
  if (body.errors) {
    out.errors = body.errors.map((e) => {
      const code = e.code ?? 'invalid';
      return { field: e.field, message: e.message, code, text: errorText(e.field, code)[language] };
    });
  }
  return out;
}

/**
 * Turns anything thrown during a request into problem+json; no stack trace, SQL parameter or
 * PostgreSQL detail leaves, and a logged error is sanitised first.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    // A database error that is the client's doing, or a passing state (a race, a timeout), is a problem like any other.
    const language = readerLanguage(req);
    const body = withTexts(this.toProblem(problemForDatabaseError(exception) ?? exception, req), language);
    if (body.status >= 500) this.logger.error({ err: sanitiseError(exception), path: req.path }, body.status === 500 ? 'unhandled error' : 'service unavailable');
    if (res.headersSent) return;
    if (typeof body.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(body.retryAfterSeconds));
    if (body.status === 401) res.setHeader('WWW-Authenticate', (exception instanceof Problem && exception.challenge) || bearerChallenge());
    res.setHeader('Content-Language', language);
    res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(exception: unknown, req: Request): ProblemDetails {
    const instance = req.originalUrl?.split('?')[0];
    if (exception instanceof Problem) {
      return {
        type: problemType(exception.slug),
        title: exception.title,
        status: exception.getStatus(),
        detail: exception.detail,
        instance,
        ...exception.extensions,
        ...(exception.errors ? { errors: exception.errors } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // The framework turns body-parser failures into HttpExceptions that carry the parser's
      // error as cause; its message is the parser's, not something a client should read.
      const cause = exception.cause as { type?: unknown } | undefined;
      if (cause instanceof SyntaxError) return { ...BODY_PROBLEMS['entity.parse.failed']!, instance };
      const body = typeof cause?.type === 'string' ? BODY_PROBLEMS[cause.type] : undefined;
      if (body) return { ...body, instance };
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : typeof (response as { message?: unknown }).message === 'string'
            ? (response as { message: string }).message
            : exception.message;
      return {
        type: status === 404 ? problemType('not-found') : 'about:blank',
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: status === 404 && message.startsWith('Cannot ') ? `No route ${req.method} ${instance}.` : message,
        instance,
      };
    }
    // Errors raised by body parsing (malformed JSON, too large) carry a 4xx status.
    const e = exception as { status?: unknown; type?: unknown; expose?: unknown };
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
      const body = typeof e.type === 'string' ? BODY_PROBLEMS[e.type] : undefined;
      if (body) return { ...body, instance };
      return { type: problemType('bad-request'), title: STATUS_CODES[e.status] ?? 'Bad request', status: e.status, detail: 'The request could not be read.', instance };
    }
    return {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Something went wrong on our side. The error has been logged.',
      instance,
    };
  }
}
