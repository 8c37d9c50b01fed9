import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import { AuthService, QUEUE_NAMES } from '@startbaan/platform';
import type { Queue } from 'bullmq';
import { boardAuth } from './board-auth.js';

export const BOARD_PATH = '/admin/queues';

/** Bull Board on every queue, behind the admin check, so failed jobs can be seen and retried. */
export function mountQueueBoard(app: INestApplication): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(BOARD_PATH);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false }))),
    serverAdapter,
  });
  const auth = app.get(AuthService);
  app.use(BOARD_PATH, boardAuth((token) => auth.verifyAccessToken(token)), serverAdapter.getRouter());
}
