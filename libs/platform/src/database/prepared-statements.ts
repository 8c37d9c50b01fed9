import type { DataSource } from 'typeorm';

/**
 * Statements marked `preparable` go to PostgreSQL as named prepared statements: the first run of
 * a text on a connection is parsed and kept there, every later run of it on that connection only
 * binds and executes. PostgreSQL then skips parsing and analysis, and, once a plan without the
 * parameters' values costs no more than the plans made for them (its own rule, after five runs),
 * planning too. A page's statement of a few joins and json_agg spent more time being planned than
 * run (the network summary's figures: 5 ms planned, 6 run).
 *
 * Only statements whose result columns keep their types whatever happens to the tables: one JSON
 * text (`rowsAsJson`, `jsonPage`) or columns built with json_build_object and json_agg.
 * PostgreSQL re-plans a kept statement when a table it reads changes, but refuses to run one whose
 * result columns would change type (`cached plan must not change result type`): a migration that
 * changes a column while the API runs (a rolling deploy) would fail every kept statement that
 * returns the column, and inside a transaction nothing could retry it. A JSON result never changes
 * type. Row policies are re-checked when the role differs (`SET ROLE`), so a kept statement is
 * safe across the employer's role too.
 *
 * Bounded on both sides: at most `perConnection` texts are kept on a connection (each costs the
 * server some memory), and at most `MAX_TEXTS` texts are named per process; anything beyond runs
 * as before, unnamed. Behind a pooler that hands each transaction another server connection
 * (PgBouncer in transaction mode before 1.21) this must be off: DB_PREPARED_STATEMENTS=0.
 */
export const MAX_TEXTS = 2_000;

const NAMES = new Map<string, string>();
const KEPT = Symbol('startbaan.preparedTexts');
const WRAPPED = Symbol('startbaan.prepared');

type Query = (...args: unknown[]) => Promise<unknown>;

interface PooledClient {
  query: Query;
  [KEPT]?: Set<string>;
  [WRAPPED]?: true;
}

type Obtain = () => Promise<[PooledClient, (err?: unknown) => void]>;

/**
 * Marks `text` as a statement whose result columns never change type (see above), to be kept
 * prepared on each connection that runs it; returns it unchanged. Past MAX_TEXTS texts it stays
 * unnamed.
 */
export function preparable(text: string): string {
  if (!NAMES.has(text) && NAMES.size < MAX_TEXTS) NAMES.set(text, `sb${NAMES.size + 1}`);
  return text;
}

/** The name of a text marked preparable, or null. */
export function statementName(text: string): string | null {
  return NAMES.get(text) ?? null;
}

/**
 * The query config for one call on a connection that keeps `kept` (its named texts): named when
 * the text is already kept there or the connection may keep one more, else as it came.
 */
export function preparedCall(kept: Set<string>, perConnection: number, text: unknown, values: unknown): { name: string; text: string; values: unknown[] } | null {
  if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return null;
  const name = statementName(text);
  if (!name) return null;
  if (!kept.has(name)) {
    if (kept.size >= perConnection) return null;
    kept.add(name);
  }
  return { name, text, values };
}

/** Makes the data source's connections keep the preparable statements they run with parameters (0: none). */
export function usePreparedStatements(dataSource: DataSource, perConnection: number): void {
  if (perConnection <= 0) return;
  const driver = dataSource.driver as unknown as { obtainMasterConnection: Obtain };
  const obtain: Obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = async () => {
    const [client, release] = await obtain();
    if (!client[WRAPPED]) {
      client[WRAPPED] = true;
      const kept = (client[KEPT] = new Set());
      const query = client.query.bind(client);
      client.query = (...args: unknown[]) => {
        // Promise style only (text, values), as TypeORM calls it; a callback passes through.
        const named = args.length === 2 ? preparedCall(kept, perConnection, args[0], args[1]) : null;
        return named ? query(named) : query(...args);
      };
    }
    return [client, release];
  };
}
