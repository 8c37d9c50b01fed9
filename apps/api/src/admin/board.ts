import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, AuthService, type ContentSecurityPolicy, type HeaderRule, QUEUE_NAMES } from '@startbaan/platform';
import type { Queue } from 'bullmq';
import type { Express } from 'express';
import { DataSource } from 'typeorm';
import { boardAuth, type IsOperator } from './board-auth.js';

export const BOARD_PATH = '/admin/queues';

/** An account named in BOARD_OPERATORS (by e-mail) and active. */
export function operatorCheck(dataSource: DataSource, config: AppConfig): IsOperator {
  const operators = new Set(config.boardOperators);
  return async (userId) => {
    if (!operators.size) return false;
    const [user]: { email: string }[] = await dataSource.query(`SELECT email FROM user_account WHERE id = $1 AND status = 'active'`, [userId]);
    return !!user && operators.has(user.email.toLowerCase());
  };
}

/**
 * Bull Board's page and bundles (@bull-board/ui): scripts are files (its `__UI_CONFIG__` is a
 * JSON data block, never run), code chunks and a highlighting worker come from the same
 * origin, and it calls its API there. Styles cannot do without 'unsafe-inline': the job data
 * editor (CodeMirror) writes `<style>` elements at run time without a nonce, and the loading
 * screen has style attributes. Its stylesheet link to Google Fonts is left blocked: opening the
 * board should not tell Google who does; the system fonts serve. `<base href>` points at the
 * board itself.
 */
export const BOARD_CSP: ContentSecurityPolicy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Job data can be personal: nothing of the board is kept (the default, `no-store`). */
export const BOARD_HEADERS: HeaderRule = { path: BOARD_PATH, csp: BOARD_CSP };

/**
 * Bull Board on every queue, for the installation's operators: read-only unless BOARD_READ_ONLY
 * is false (then failed jobs can be retried and queues paused from it).
 */
export function mountQueueBoard(app: INestApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(BOARD_PATH);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false }), { readOnlyMode: config.boardReadOnly, allowRetries: !config.boardReadOnly })),
    serverAdapter,
  });
  // The board is an Express application of its own, which sends X-Powered-By unless told not
  // to: the API's own setting does not reach a mounted application.
  const board = serverAdapter.getRouter() as Express;
  board.disable('x-powered-by');
  const auth = app.get(AuthService);
  app.use(BOARD_PATH, boardAuth((token) => auth.authenticate(token), operatorCheck(app.get(DataSource), config)), board);
}
