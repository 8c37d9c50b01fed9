/**
 * Outbox relay throughput: how fast committed events reach their queue.
 *
 * Writes N events, then lets the relay drain them into a real BullMQ queue on Redis, for the
 * configured batch size and for a batch of one (the baseline: a relay that sends row by row).
 * Prints the median of RUNS runs. Run with `npm run bench -- outbox`.
 */
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, OutboxRelay, QUEUE_NAMES, type AppConfig } from '@startbaan/platform';
import { createTestDatabase, type TestDatabase } from '../test/support/database.js';
import { median, report } from './support.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('outbox relay throughput', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const prefix = `bench-${process.pid}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(dataSourceOptions(db.url, 4));
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  async function drain(batchSize: number): Promise<number> {
    const config = { ...loadConfig({ JWT_SECRET: 'x'.repeat(40), ENCRYPTION_KEYS: `b1:${'A'.repeat(43)}=` }), outboxBatchSize: batchSize } as AppConfig;
    const connection = { url: REDIS_URL };
    const queues = QUEUE_NAMES.map((name) => new Queue(name, { connection, prefix }));
    try {
      await Promise.all(queues.map((q) => q.obliterate({ force: true })));
      await ds.query(`TRUNCATE outbox_event`);
      await ds.query(
        `INSERT INTO outbox_event (type, queue, region_id, payload)
         SELECT 'invitation.created', 'notifications', NULL, jsonb_build_object('n', g) FROM generate_series(1, $1) g`,
        [EVENTS],
      );
      const [matching, notifications, allocation, maintenance] = queues as [Queue, Queue, Queue, Queue];
      const relay = new OutboxRelay(ds, config, matching, notifications, allocation, maintenance);
      const started = process.hrtime.bigint();
      let sent = 0;
      while (sent < EVENTS) {
        const n = await relay.relayOnce();
        if (n === 0) throw new Error(`relay stopped after ${sent} of ${EVENTS}`);
        sent += n;
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      expect(await notifications.getJobCountByTypes('wait')).toBe(EVENTS);
      return EVENTS / seconds;
    } finally {
      await Promise.all(queues.map((q) => q.obliterate({ force: true }).finally(() => q.close())));
    }
  }

  it(`relays ${EVENTS} events`, async () => {
    const rows: [string, number][] = [];
    for (const batch of [1, 100]) {
      const rates: number[] = [];
      for (let i = 0; i < RUNS; i++) rates.push(await drain(batch));
      rows.push([`batch ${batch}`, median(rates)]);
    }
    report('outbox relay, events per second (median)', rows, 'batch 1');
  }, 600_000);
});
