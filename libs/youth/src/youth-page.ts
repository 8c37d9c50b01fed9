import { type Actor, jsonEntity, jsonPage, mapPage, type Page, SqlParams } from '@startbaan/platform';
import type { EntityManager } from 'typeorm';
import { Youth } from './youth.entity.js';
import { COACH_FACTS_COLUMNS, COACH_FACTS_JOINS, type CoachFactsRow, type YouthRecords } from './youth-records.js';
import type { CoachYouth, WspYouth, YouthListQuery } from './youth-views.js';

/** The conditions of `GET /youths` for the actor and the list's filters, their values kept in `params`. */
export function youthPageFilter(actor: Pick<Actor, 'role' | 'regionId' | 'organisationId'>, query: YouthListQuery, params: SqlParams): string[] {
  const p = (value: unknown): string => params.add(value);
  const where = [`y.region_id = ${p(actor.regionId)}`, `y.status = 'active'`];
  if (actor.role === 'coach') where.push(`y.organisation_id = ${p(actor.organisationId)}`);
  else where.push(`EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = y.id AND c.scope = 'matching' AND c.withdrawn_at IS NULL)`);
  if (query.kind) where.push(`${p(query.kind)} = ANY(y.wished_kinds)`);
  if (query.availableFrom) where.push(`y.available_to >= ${p(query.availableFrom)}::date`);
  if (query.availableTo) where.push(`y.available_from <= ${p(query.availableTo)}::date`);
  if (query.minAge !== undefined) where.push(`y.date_of_birth <= (current_date - make_interval(years => ${p(query.minAge)}::int))::date`);
  if (query.maxAge !== undefined) where.push(`y.date_of_birth > (current_date - make_interval(years => ${p(query.maxAge + 1)}::int))::date`);
  if (query.skill?.length) where.push(`y.skills @> ${p(query.skill)}::text[]`);
  return where;
}

type YouthJson = Record<string, unknown> & { id: string };

/**
 * A page of youths in one statement (`jsonPage`): the youth's columns (`jsonEntity`) with, for
 * WSP staff, the priority boolean, and for the coach everything the coach sees beside the youth
 * (`COACH_FACTS_COLUMNS`), the identities decrypted in one pass.
 */
export async function readYouthPage(m: EntityManager, records: YouthRecords, actor: Actor, query: YouthListQuery): Promise<Page<CoachYouth> | Page<WspYouth>> {
  const params = new SqlParams();
  const where = youthPageFilter(actor, query, params);
  const youth = jsonEntity<Youth>(m.connection.getMetadata(Youth), 'y');
  if (actor.role === 'coach') {
    const page = await jsonPage<YouthJson & CoachFactsRow>(m, { select: `${youth.columns}, ${COACH_FACTS_COLUMNS}`, from: `youth y ${COACH_FACTS_JOINS}`, where, params, alias: 'y' }, query);
    return mapPage(page, (r) => records.coachYouth(youth.hydrate(r), r));
  }
  const page = await jsonPage<YouthJson & { priority: boolean }>(
    m,
    { select: `${youth.columns}, COALESCE(s.priority, false) AS priority`, from: 'youth y LEFT JOIN youth_sealed s ON s.youth_id = y.id', where, params, alias: 'y' },
    query,
  );
  return mapPage(page, (r) => ({ youth: youth.hydrate(r), priority: r.priority }));
}
