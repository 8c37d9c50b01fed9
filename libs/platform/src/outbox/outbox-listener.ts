import { Logger } from '@nestjs/common';
import pg from 'pg';
import { sanitiseError } from '../errors/safe-error.js';

/** The channel the outbox trigger notifies on commit (migration OutboxNotify1797160000000). */
export const OUTBOX_CHANNEL = 'startbaan_outbox';

/** How the listener's connection shows in pg_stat_activity. */
export const OUTBOX_LISTENER_NAME = 'startbaan-outbox-listener';

export interface OutboxListenerOptions {
  url: string;
  /** Committed outbox rows are waiting. */
  onNotify: () => void;
  /** Listening (again): notifications sent while not listening are lost, so the caller catches up. */
  onListening: () => void;
  /** First wait before connecting again, doubled up to maxDelayMs. */
  retryDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * The relay's wake-up: one connection of its own that LISTENs on OUTBOX_CHANNEL and comes back
 * by itself after the connection is lost (PostgreSQL restarted, a network cut, the backend terminated): it tries
 * again after 1 s, doubling up to 30 s, and says so in the log once per outage. Not from the
 * pool: a pooled connection is handed to others, and LISTEN belongs to the session.
 */
export class OutboxListener {
  private readonly logger = new Logger('outbox');
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private attempts = 0;
  private listening = false;

  constructor(private readonly options: OutboxListenerOptions) {}

  /** Whether notifications arrive now. */
  get isListening(): boolean {
    return this.listening;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.listening = false;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.options.url, application_name: OUTBOX_LISTENER_NAME, keepAlive: true, connectionTimeoutMillis: 5000 });
    this.client = client;
    // Without a listener an 'error' would end the process; each outage is handled once, by lost().
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    client.on('notification', (n) => {
      if (n.channel === OUTBOX_CHANNEL) this.options.onNotify();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (err) {
      this.lost(client, err);
      return;
    }
    if (this.client !== client || this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    if (this.attempts > 0) this.logger.log(`listening for committed outbox rows again after ${this.attempts} attempt(s)`);
    this.attempts = 0;
    this.listening = true;
    this.options.onListening();
  }

  private lost(client: pg.Client, err?: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = false;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.stopped) return;
    const base = this.options.retryDelayMs ?? 1000;
    const delay = Math.min(base * 2 ** this.attempts, this.options.maxDelayMs ?? 30_000);
    if (this.attempts === 0) {
      this.logger.warn({ err: err === undefined ? undefined : sanitiseError(err) }, `not listening for committed outbox rows (connecting again in ${delay} ms): the relay polls meanwhile`);
    }
    this.attempts++;
    this.timer = setTimeout(() => void this.connect(), delay);
    this.timer.unref();
  }
}
