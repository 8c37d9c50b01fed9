import { randomBytes } from 'node:crypto';
import { ensureAccount, ensureOrganisation, ensureRegion, type Role } from '@startbaan/platform';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, PLATFORM_ENTITIES } from '@startbaan/platform';
import { NOTIFICATION_ENTITIES } from '@startbaan/notifications';
import type TestAgent from 'supertest/lib/agent.js';

export const PASSWORD = 'correct-horse-battery-1';

export interface Account {
  id: string;
  email: string;
  role: Role;
  organisationId: string;
  regionId: string;
}

export interface RegionFixture {
  regionId: string;
  code: string;
  wspOrgId: string;
  coachingOrgId: string;
  otherCoachingOrgId: string;
  employerOrgId: string;
  admin: Account;
  wsp: Account;
  coach: Account;
  otherCoach: Account;
  employer: Account;
}

/** Runs `fn` with a data source on the suite's database (for set-up and for looking). */
export async function withDb<T>(url: string, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource({ ...dataSourceOptions(url, 2), entities: [...PLATFORM_ENTITIES, ...NOTIFICATION_ENTITIES] });
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The one row a statement returns; no row (or more than one) fails the test with the statement. */
export async function queryOne<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T> {
  const rows = await query<T>(url, sql, params);
  const [row] = rows;
  if (rows.length !== 1 || row === undefined) throw new Error(`expected one row, got ${rows.length}: ${sql}`);
  return row;
}

/** A region of its own with one account of each kind; every e-mail is unique to the call. */
export async function seedRegion(url: string, label = randomBytes(4).toString('hex')): Promise<RegionFixture> {
  return withDb(url, (ds) =>
    ds.transaction(async (m) => {
      const region = await ensureRegion(m, `r-${label}`, `Regio ${label}`);
      const wspOrg = await ensureOrganisation(m, region, 'wsp', `WSP ${label}`);
      const coaching = await ensureOrganisation(m, region, 'coaching', `Jongerenwerk ${label}`);
      const otherCoaching = await ensureOrganisation(m, region, 'coaching', `Buurtcoaches ${label}`);
      const employerOrg = await ensureOrganisation(m, region, 'employer', `Bakkerij ${label}`);
      // The employer is in the WSP's network (it has not accepted the pledge yet).
      await m.query(
        `INSERT INTO employer (id, region_id, kvk, sector, locations, size_class, contact_name) VALUES ($1, $2, $3, 'I', '{3072}', '1-9', 'Petra') ON CONFLICT (id) DO NOTHING`,
        [employerOrg.id, region.id, String(10_000_000 + Math.floor(Math.random() * 89_999_999))],
      );
      const make = async (org: typeof wspOrg, role: Role, who: string): Promise<Account> => {
        const u = await ensureAccount(m, org, { email: `${who}.${label}@startbaan.test`, displayName: who, role, password: PASSWORD });
        return { id: u.id, email: u.email, role, organisationId: org.id, regionId: region.id };
      };
      return {
        regionId: region.id,
        code: region.code,
        wspOrgId: wspOrg.id,
        coachingOrgId: coaching.id,
        otherCoachingOrgId: otherCoaching.id,
        employerOrgId: employerOrg.id,
        admin: await make(wspOrg, 'admin', 'admin'),
        wsp: await make(wspOrg, 'wsp_staff', 'wsp'),
        coach: await make(coaching, 'coach', 'coach'),
        otherCoach: await make(otherCoaching, 'coach', 'othercoach'),
        employer: await make(employerOrg, 'employer', 'employer'),
      };
    }),
  );
}

/** A second (or third…) employer in the region's network, with one user; it has not accepted the pledge yet. */
export async function seedEmployer(url: string, regionId: string, label = randomBytes(4).toString('hex')): Promise<{ employerOrgId: string; employer: Account }> {
  return withDb(url, (ds) =>
    ds.transaction(async (m) => {
      const [found] = await m.query(`SELECT code, name FROM region WHERE id = $1`, [regionId]);
      const region = await ensureRegion(m, found.code, found.name);
      const org = await ensureOrganisation(m, region, 'employer', `Werkgever ${label}`);
      await m.query(
        `INSERT INTO employer (id, region_id, kvk, sector, locations, size_class, contact_name) VALUES ($1, $2, $3, 'G', '{3072}', '1-9', 'Ahmed') ON CONFLICT (id) DO NOTHING`,
        [org.id, regionId, String(10_000_000 + Math.floor(Math.random() * 89_999_999))],
      );
      const u = await ensureAccount(m, org, { email: `employer.${label}@startbaan.test`, displayName: `Werkgever ${label}`, role: 'employer', password: PASSWORD });
      return { employerOrgId: org.id, employer: { id: u.id, email: u.email, role: 'employer' as Role, organisationId: org.id, regionId } };
    }),
  );
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export async function login(http: () => TestAgent, email: string, password = PASSWORD): Promise<Tokens> {
  const res = await http().post('/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as Tokens;
}

/** Signs in every account at once (an account or its e-mail); the tokens come in the same order and number. */
export async function loginAll<const A extends readonly (string | { email: string })[]>(http: () => TestAgent, accounts: A): Promise<{ -readonly [K in keyof A]: Tokens }> {
  // map keeps the length and the order, which the tuple type says.
  return (await Promise.all(accounts.map((a) => login(http, typeof a === 'string' ? a : a.email)))) as { -readonly [K in keyof A]: Tokens };
}

export const bearer = (t: Tokens | string): [string, string] => ['Authorization', `Bearer ${typeof t === 'string' ? t : t.accessToken}`];
