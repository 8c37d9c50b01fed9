import { type Env } from '@startbaan/platform';
import { Queue } from 'bullmq';
import { query } from './fixtures.js';
import { waitFor } from './app.js';

/**
 * Waits until the worker has finished the job of each outbox event (the relay's job id is
 * `event-<id>`), so a test can look for what the handler did not do without sleeping first.
 * Fails when a job failed: a negative check after a crashed handler would prove nothing.
 */
export async function eventsHandled(env: Env, dbUrl: string, eventIds: readonly string[], ms = 15000): Promise<void> {
  if (!eventIds.length) return;
  const rows = await query<{ id: string; queue: string }>(dbUrl, `SELECT id::text AS id, queue FROM outbox_event WHERE id = ANY($1::bigint[])`, [eventIds]);
  if (rows.length !== eventIds.length) throw new Error(`no outbox row for some of ${eventIds.join(', ')}`);
  const queues = new Map<string, Queue>();
  try {
    for (const r of rows) {
      const queue = queues.get(r.queue) ?? new Queue(r.queue, { connection: { url: env.REDIS_URL! }, prefix: `{${env.QUEUE_PREFIX}}` });
      queues.set(r.queue, queue);
      await waitFor(async () => {
        const job = await queue.getJob(`event-${r.id}`);
        if (!job) return undefined;
        if (await job.isFailed()) throw new Error(`the job of outbox event ${r.id} failed: ${job.failedReason}`);
        return await job.isCompleted();
      }, ms, `the job of outbox event ${r.id}`);
    }
  } finally {
    await Promise.all([...queues.values()].map((q) => q.close()));
  }
}

/** The ids of the outbox events of `type` whose payload has `key` = `value`, oldest first. */
export async function eventIds(dbUrl: string, type: string, key: string, value: string): Promise<string[]> {
  return (await query<{ id: string }>(dbUrl, `SELECT id::text AS id FROM outbox_event WHERE type = $1 AND payload->>$2 = $3 ORDER BY id`, [type, key, value])).map((r) => r.id);
}
