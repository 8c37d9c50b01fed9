import { type Actor, DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, jsonEntity, type Page, rowsAsJson } from '@startbaan/platform';
import type { EntityManager } from 'typeorm';
import { Youth } from './youth.entity.js';
import type { ConsentView, YouthListQuery } from './youth-views.js';

/**
 * A page of youths in one statement, built and parsed as one JSON array (`rowsAsJson`): the
 * youth's columns with the priority boolean, and for the coach also the encrypted identity, the
 * referring organisation and the consents. The filters are those of `GET /youths`; the order and
 * the cursor (creation time as PostgreSQL prints it, then id) those of every page.
 */
export interface YouthPageRow {
  youth: Youth;
  priority: boolean;
  /** The coach's page only. */
  identity?: { keyId: string; data: Buffer } | null;
  organisation?: { id: string; name: string; kind: string } | null;
  consents?: ConsentView[];
}

/** The WHERE clause and its parameters for the actor and the list's filters. Pure: tested on its own. */
export function youthPageFilter(actor: Pick<Actor, 'role' | 'regionId' | 'organisationId'>, query: YouthListQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`y.region_id = ${p(actor.regionId)}`, `y.status = 'active'`];
  if (actor.role === 'coach') where.push(`y.organisation_id = ${p(actor.organisationId)}`);
  else where.push(`EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = y.id AND c.scope = 'matching' AND c.withdrawn_at IS NULL)`);
  if (query.kind) where.push(`${p(query.kind)} = ANY(y.wished_kinds)`);
  if (query.availableFrom) where.push(`y.available_to >= ${p(query.availableFrom)}::date`);
  if (query.availableTo) where.push(`y.available_from <= ${p(query.availableTo)}::date`);
  if (query.minAge !== undefined) where.push(`y.date_of_birth <= (current_date - make_interval(years => ${p(query.minAge)}::int))::date`);
  if (query.maxAge !== undefined) where.push(`y.date_of_birth > (current_date - make_interval(years => ${p(query.maxAge + 1)}::int))::date`);
  if (query.skill?.length) where.push(`y.skills @> ${p(query.skill)}::text[]`);
  if (query.cursor) {
    const k = decodeCursor(query.cursor);
    where.push(`(y.created_at, y.id) > (${p(k.at)}::timestamptz, ${p(k.id)}::uuid)`);
  }
  return { where: where.join(' AND '), params };
}

const COACH_COLUMNS = `i.key_id AS "keyId", encode(i.data, 'base64') AS "identityData",
  o.id AS "orgId", o.name AS "orgName", o.kind AS "orgKind",
  COALESCE((SELECT json_agg(json_build_object('id', c.id, 'scope', c.scope, 'givenBy', c.given_by, 'givenAt', c.given_at,
                                              'withdrawnAt', c.withdrawn_at, 'withdrawalReason', c.withdrawal_reason) ORDER BY c.created_at, c.id)
            FROM youth_consent c WHERE c.youth_id = y.id), '[]') AS consents`;

type JsonRow = Record<string, unknown> & {
  id: string;
  cursorAt: string;
  priority: boolean;
  keyId?: string | null;
  identityData?: string | null;
  orgId?: string | null;
  orgName?: string | null;
  orgKind?: string | null;
  consents?: (Omit<ConsentView, 'givenAt' | 'withdrawnAt'> & { givenAt: string; withdrawnAt: string | null })[];
};

export async function readYouthPage(m: EntityManager, actor: Pick<Actor, 'role' | 'regionId' | 'organisationId'>, query: YouthListQuery): Promise<Page<YouthPageRow>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const { where, params } = youthPageFilter(actor, query);
  const coach = actor.role === 'coach';
  const youth = jsonEntity<Youth>(m.connection.getMetadata(Youth), 'y');
  const rows = await rowsAsJson<JsonRow>(
    m,
    `SELECT ${youth.columns}, y.created_at::text AS "cursorAt", COALESCE(s.priority, false) AS priority${coach ? `, ${COACH_COLUMNS}` : ''}
     FROM youth y LEFT JOIN youth_sealed s ON s.youth_id = y.id
     ${coach ? 'LEFT JOIN youth_identity i ON i.youth_id = y.id LEFT JOIN organisation o ON o.id = y.organisation_id' : ''}
     WHERE ${where}
     ORDER BY y.created_at, y.id
     LIMIT ${limit + 1}`,
    params,
  );
  const items = rows.slice(0, limit).map(
    (r): YouthPageRow => ({
      youth: youth.hydrate(r),
      priority: r.priority,
      ...(coach
        ? {
            identity: r.keyId && r.identityData ? { keyId: r.keyId, data: Buffer.from(r.identityData, 'base64') } : null,
            organisation: r.orgId ? { id: r.orgId, name: r.orgName!, kind: r.orgKind! } : null,
            // json_build_object gives times as text: back to the Date a consent holds.
            consents: r.consents!.map((c) => ({ ...c, givenAt: new Date(c.givenAt), withdrawnAt: c.withdrawnAt === null ? null : new Date(c.withdrawnAt) })),
          }
        : {}),
    }),
  );
  const last = rows[limit - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null };
}
