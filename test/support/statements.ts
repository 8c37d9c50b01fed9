import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { type ObservedStatement, observeStatements } from '@startbaan/platform';
import request, { type Response } from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, type Tokens } from './fixtures.js';

/** What one request cost: its answer and the SQL statements the API ran to give it, in order. */
export interface Measured {
  res: Response;
  statements: string[];
}

/** How long a request's statements may still come in after its answer before it counts as settled. */
const SETTLE_MS = 15;

/**
 * Counts the SQL statements the API runs for one request. Every statement through the API's
 * data source is reported with the id of the request it serves (observeStatements); each
 * measured request is sent with an X-Request-Id of its own, so a statement of anything else
 * (another request, the worker's own data source) is never counted with it.
 *
 * Counted: every statement the code sends, a transaction's BEGIN, COMMIT and SET LOCAL included.
 * Not counted: the session-role statements (`SET ROLE startbaan_employer; SET startbaan.…` when an
 * employer's request takes a pooled connection that last served someone else, `RESET ROLE…`
 * back). They go to the server beside the observer (database/session-role.ts), one round trip
 * at most per connection taken, and only when the connection's last role differs.
 *
 * Two checks keep a count honest: a statement of the API that belongs to no request while one
 * is measured fails the measurement (it may be the request's own, run outside its context), and
 * `assertSettled` fails when a measured request ran statements after its count was taken.
 */
export class StatementCounter {
  private readonly byRequest = new Map<string, ObservedStatement[]>();
  private readonly measured = new Map<string, number>();
  private measuring: string | null = null;
  private readonly strays: string[] = [];
  private readonly source: DataSource;

  constructor(private readonly api: INestApplication) {
    this.source = api.get(DataSource);
  }

  /** From now on every statement of the API is seen; call `stop` in afterAll. */
  start(): void {
    observeStatements((st) => {
      if (st.source !== this.source) return;
      if (st.requestId && this.byRequest.has(st.requestId)) this.byRequest.get(st.requestId)!.push(st);
      else if (this.measuring && !st.requestId) this.strays.push(`${this.measuring}: ${st.sql.slice(0, 120)}`);
    });
  }

  stop(): void {
    observeStatements(undefined);
  }

  /** Sends GET `path` (as `token`, or signed out) without counting: to warm what the API keeps in memory before a count. */
  async warm(path: string, token?: Tokens): Promise<void> {
    const req = request(this.api.getHttpServer()).get(path);
    await (token ? req.set(...bearer(token)) : req);
  }

  /** Sends GET `path` (as `token`, or signed out) and counts the statements it ran. */
  async get(path: string, token?: Tokens): Promise<Measured> {
    const id = `count-${randomBytes(6).toString('hex')}`;
    const seen: ObservedStatement[] = [];
    this.byRequest.set(id, seen);
    this.measuring = id;
    try {
      const req = request(this.api.getHttpServer()).get(path).set('X-Request-Id', id);
      const res = await (token ? req.set(...bearer(token)) : req);
      // Anything the request left running after its answer would be counted by luck: wait until it is quiet.
      for (let n = -1; n !== seen.length; ) {
        n = seen.length;
        await new Promise((r) => setTimeout(r, SETTLE_MS));
      }
      if (this.strays.length) throw new Error(`statements outside any request while counting ${path}:\n${this.strays.join('\n')}`);
      this.measured.set(id, seen.length);
      return { res, statements: seen.map((s) => s.sql) };
    } finally {
      this.measuring = null;
    }
  }

  /** No measured request ran a statement after its count was taken. */
  assertSettled(): void {
    const late = [...this.measured].filter(([id, n]) => this.byRequest.get(id)!.length !== n).map(([id, n]) => `${id}: ${n} counted, ${this.byRequest.get(id)!.length} in the end`);
    if (late.length) throw new Error(`requests that ran statements after their answer was counted:\n${late.join('\n')}`);
  }
}
