import type { DataSource } from 'typeorm';
import { type DbSession, requestContext } from '../http/logging.js';
import { onlyRow } from './rows.js';

/**
 * The database roles (created by the LeastPrivilege migration). The API and the worker log in
 * as a role that is a member of APP_ROLE; every statement made while serving an employer runs
 * as EMPLOYER_ROLE, which may read and write only what an employer's requests need, so a
 * statement that strays to identity, sealed or referral data fails instead of leaking.
 */
export const APP_ROLE = 'startbaan_app';
export const EMPLOYER_ROLE = 'startbaan_employer';

const SESSION_ROLE = Symbol('startbaan.sessionRole');
const OBSERVED = Symbol('startbaan.observed');
const UNWATCHED = Symbol('startbaan.unwatchedQuery');

interface PooledClient {
  query: (...args: unknown[]) => Promise<unknown>;
  [UNWATCHED]?: (...args: unknown[]) => Promise<unknown>;
  /** The session the connection was last set to: role, organisation, user and region. */
  [SESSION_ROLE]?: DbSession | null;
  [OBSERVED]?: true;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sameSession = (a: DbSession | null, b: DbSession | null): boolean =>
  a === b || (a !== null && b !== null && a.role === b.role && a.organisationId === b.organisationId && a.userId === b.userId && a.regionId === b.regionId);

/** One round trip (simple protocol, several statements): the role and the keys of its row policies, or back to the login's own. */
function sessionSql(s: DbSession | null): string {
  if (!s) return 'RESET ROLE; RESET startbaan.organisation_id; RESET startbaan.user_id; RESET startbaan.region_id';
  // The role is one of the constants above and the keys come from a verified token; checked all the same.
  if (![EMPLOYER_ROLE].includes(s.role) || ![s.organisationId, s.userId, s.regionId].every((v) => UUID.test(v))) throw new Error('invalid database session');
  return `SET ROLE ${s.role}; SET startbaan.organisation_id = '${s.organisationId}'; SET startbaan.user_id = '${s.userId}'; SET startbaan.region_id = '${s.regionId}'`;
}

type Obtain = () => Promise<[PooledClient, (err?: unknown) => void]>;

/** What a statement observer sees: the session role the statement ran under (null: the login's own), and its text. */
export interface ObservedStatement {
  role: string | null;
  sql: string;
  requestId: string | undefined;
  /** The data source the statement went through (the API's and the worker's differ). */
  source: DataSource;
}

let observer: ((s: ObservedStatement) => void) | undefined;

/** Tests only: every statement of every data source using session roles is reported, with its role. */
export function observeStatements(fn: ((s: ObservedStatement) => void) | undefined): void {
  observer = fn;
}

/** Serves the rest of the current request under `session` (null: the login's own role). */
export function serveRequestAs(session: DbSession | null): void {
  const ctx = requestContext.getStore();
  if (ctx) ctx.dbRole = session;
}

/**
 * Makes every connection the data source hands out run as the role of the request being served:
 * `SET ROLE` when a pooled connection is taken for a request that needs another role than the
 * connection last had, `RESET ROLE` back. A connection keeps its role between uses, so a switch
 * costs a round trip only when the role changes.
 */
export function useSessionRoles(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as { obtainMasterConnection: Obtain };
  const obtain: Obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = async () => {
    const [client, release] = await obtain();
    const wanted = requestContext.getStore()?.dbRole ?? null;
    if (!sameSession(client[SESSION_ROLE] ?? null, wanted)) {
      try {
        await (client[UNWATCHED] ?? client.query).call(client, sessionSql(wanted));
        client[SESSION_ROLE] = wanted;
      } catch (err) {
        release(err);
        throw err;
      }
    }
    if (observer && !client[OBSERVED]) watch(client, dataSource);
    return [client, release];
  };
}

function watch(client: PooledClient, source: DataSource): void {
  client[OBSERVED] = true;
  const query = client.query.bind(client);
  client[UNWATCHED] = query;
  client.query = (...args: unknown[]) => {
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
    observer?.({ role: client[SESSION_ROLE]?.role ?? null, sql: text, requestId: requestContext.getStore()?.requestId, source });
    return query(...args);
  };
}

export interface LoginPrivileges {
  name: string;
  superuser: boolean;
  ownsTables: boolean;
}

/** What the data source's login may do: a superuser, or owning tables, defeats the roles above. */
export async function loginPrivileges(dataSource: DataSource): Promise<LoginPrivileges> {
  const rows: LoginPrivileges[] = await dataSource.query(
    `SELECT session_user AS name, r.rolsuper AS superuser,
            EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = session_user) AS "ownsTables"
       FROM pg_roles r WHERE r.rolname = session_user`,
  );
  // The session's own role is always in pg_roles.
  return onlyRow(rows, 'the login privileges');
}
