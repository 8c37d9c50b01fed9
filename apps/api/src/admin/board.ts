import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, AuthService, QUEUE_NAMES } from '@startbaan/platform';
import type { Queue } from 'bullmq';
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
  const auth = app.get(AuthService);
  app.use(BOARD_PATH, boardAuth((token) => auth.verifyAccessToken(token), operatorCheck(app.get(DataSource), config)), serverAdapter.getRouter());
}
