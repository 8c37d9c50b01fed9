import { rowsAsJson } from '@startbaan/platform';
import type { EntityManager } from 'typeorm';
import type { LatLon, MatchVacancy, MatchYouth, PlacementKind } from './match.model.js';

/**
 * Positions are stored as points in kilometres on a plane around 52.1°N, so that `<->` and
 * circles are close to kilometres. Across the Netherlands (50.75°N–53.5°N) the plane distance
 * differs from the great-circle distance by under 3%; every search circle is widened by
 * PLANE_SLACK (5%) plus 1 km, so it always contains everything within the true radius. The
 * exact distance is then computed in TypeScript, and nothing inside the radius is cut off:
 * there is no LIMIT before re-ranking.
 */
export const PLANE_SLACK = 1.05;
export const KM_PER_DEG_LAT = 110.574;
export const KM_PER_DEG_LON = 111.32 * Math.cos((52.1 * Math.PI) / 180);
export const planePoint = (lat: number, lon: number): string => `(${lon * KM_PER_DEG_LON},${lat * KM_PER_DEG_LAT})`;
export const searchRadius = (km: number): number => km * PLANE_SLACK + 1;

/**
 * A lower bound on the great-circle distance between two positions, from the plane (no
 * trigonometry): the inverse of searchRadius, by the same bound on the plane's error.
 */
export function planeKmAtLeast(a: LatLon, b: LatLon): number {
  const dx = (a.lon - b.lon) * KM_PER_DEG_LON;
  const dy = (a.lat - b.lat) * KM_PER_DEG_LAT;
  return kmAtLeastOnPlane(dx * dx + dy * dy);
}

/** planeKmAtLeast from the square of the plane distance. */
export const kmAtLeastOnPlane = (plane2: number): number => Math.max(0, (Math.sqrt(plane2) - 1) / PLANE_SLACK);

interface VacancyRow {
  id: string;
  kind: PlacementKind;
  status: string;
  places_left: number;
  x: number;
  y: number;
  start_date: string;
  end_date: string;
  hours_per_week: number;
  weekdays: MatchVacancy['weekdays'];
  during_school_weeks: boolean;
  min_legal_age: number;
  employer_min_age: number;
  skills: string[];
  languages: string[];
  has_mentor: boolean;
  has_first_week: boolean;
  works_alone: boolean;
  moves_around: boolean;
  handles_cash: boolean;
  logistics_hub: boolean;
  evening_work: boolean;
  vog: MatchVacancy['vog'];
}

export interface VacancyCandidate extends MatchVacancy {
  title?: string;
  employerName?: string;
}

/** Back from the plane point to latitude and longitude (exact inverse of planePoint). */
const latOf = (y: number) => y / KM_PER_DEG_LAT;
const lonOf = (x: number) => x / KM_PER_DEG_LON;

/**
 * Open vacancies of the region within `radiusKm` of a point, with the hard filters SQL can
 * apply cheaply (kind, dates, legal and employer age on the start date when `dateOfBirth` is
 * given). Only what the core needs is fetched: titles and employer names are added for the
 * few that are returned (`withTitles`).
 */
export async function vacancyCandidates(
  m: EntityManager,
  q: {
    regionId: string;
    lat: number;
    lon: number;
    radiusKm: number;
    kinds: PlacementKind[];
    from?: string | null;
    to?: string | null;
    vacancyIds?: string[];
    anyStatus?: boolean;
    dateOfBirth?: string;
    /** Every open vacancy of the region, whatever the distance (for the in-memory cache). */
    wholeRegion?: boolean;
  },
): Promise<VacancyCandidate[]> {
  const rows = await rowsAsJson<VacancyRow>(
    m,
    `SELECT v.id, v.kind, v.status, v.places - (SELECT count(*)::int FROM placement p WHERE p.vacancy_id = v.id) AS places_left, v.position[0] AS x, v.position[1] AS y, v.start_date::text AS start_date, v.end_date::text AS end_date,
            v.hours_per_week::float8 AS hours_per_week, v.schedule->'weekdays' AS weekdays, v.during_school_weeks, v.min_legal_age, v.employer_min_age, v.skills, v.languages,
            v.mentor_name IS NOT NULL AND btrim(v.mentor_name) <> '' AS has_mentor, v.first_week IS NOT NULL AND btrim(v.first_week) <> '' AS has_first_week,
            (v.traits->>'worksAlone')::boolean AS works_alone, (v.traits->>'movesAround')::boolean AS moves_around,
            (v.traits->>'handlesCash')::boolean AS handles_cash, (v.traits->>'logisticsHub')::boolean AS logistics_hub,
            (v.traits->>'eveningWork')::boolean AS evening_work, v.vog
     FROM vacancy v
     WHERE v.region_id = $1 AND ($8::boolean OR v.status = 'open') AND v.kind = ANY($2)
       AND ($10::boolean OR v.position <@ circle($3::point, $4))
       AND ($5::date IS NULL OR v.end_date >= $5::date) AND ($6::date IS NULL OR v.start_date <= $6::date)
       AND ($7::uuid[] IS NULL OR v.id = ANY($7::uuid[]))
       AND ($9::date IS NULL OR v.start_date >= $9::date + make_interval(years => greatest(v.min_legal_age, v.employer_min_age)))`,
    [q.regionId, q.kinds, planePoint(q.lat, q.lon), searchRadius(q.radiusKm), q.from ?? null, q.to ?? null, q.vacancyIds ?? null, q.anyStatus ?? false, q.dateOfBirth ?? null, q.wholeRegion ?? false],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    placesLeft: r.places_left,
    position: { lat: latOf(r.y), lon: lonOf(r.x) },
    startDate: r.start_date,
    endDate: r.end_date,
    hoursPerWeek: r.hours_per_week,
    weekdays: r.weekdays,
    duringSchoolWeeks: r.during_school_weeks,
    minLegalAge: r.min_legal_age,
    employerMinAge: r.employer_min_age,
    skills: r.skills,
    languages: r.languages,
    mentorName: r.has_mentor ? 'yes' : null,
    firstWeek: r.has_first_week ? 'yes' : null,
    traits: { worksAlone: r.works_alone, movesAround: r.moves_around, handlesCash: r.handles_cash, logisticsHub: r.logistics_hub, eveningWork: r.evening_work },
    vog: r.vog,
  }));
}

/** Adds title and employer name to the vacancies that are shown. */
export async function withTitles<T extends { vacancy: VacancyCandidate }>(m: EntityManager, items: T[]): Promise<T[]> {
  if (!items.length) return items;
  const rows: { id: string; title: string; employer_name: string }[] = await m.query(
    `SELECT v.id, v.title, o.name AS employer_name FROM vacancy v JOIN organisation o ON o.id = v.employer_id WHERE v.id = ANY($1::uuid[])`,
    [items.map((i) => i.vacancy.id)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const i of items) {
    i.vacancy.title = byId.get(i.vacancy.id)?.title;
    i.vacancy.employerName = byId.get(i.vacancy.id)?.employer_name;
  }
  return items;
}

interface YouthRow {
  id: string;
  pseudonym: string;
  organisation_id: string | null;
  created_by: string | null;
  date_of_birth: string;
  x: number;
  y: number;
  max_travel_km: number;
  available_from: string;
  available_to: string;
  wished_kinds: MatchYouth['wishedKinds'];
  availability: MatchYouth['availability'];
  skills: string[];
  interests: string[];
  languages: string[];
  education: MatchYouth['education'];
  priority: boolean | null;
  criminal_ties: boolean | null;
  version: number;
}

/** A youth as matching sees it: the core's shape plus what the services and the quick pre-filter read. */
export interface YouthCandidate extends MatchYouth {
  pseudonym: string;
  organisationId: string | null;
  createdBy: string | null;
  version: number;
  /** Position on the kilometre plane (see planePoint). */
  x: number;
  y: number;
  /** Square of the widened search radius (searchRadius of the youth's own travel distance). */
  reach2: number;
  availableFrom: string;
  availableTo: string;
}

const YOUTH_SELECT = `SELECT y.id, y.pseudonym, y.organisation_id, y.created_by, y.date_of_birth::text AS date_of_birth,
       y.position[0] AS x, y.position[1] AS y, y.max_travel_km, y.available_from::text AS available_from, y.available_to::text AS available_to,
       y.wished_kinds, y.availability, y.skills, y.interests, y.languages, y.education, s.priority, s.criminal_ties, y.version
     FROM youth y LEFT JOIN youth_sealed s ON s.youth_id = y.id`;
const CONSENTED = `EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = y.id AND c.scope = 'matching' AND c.withdrawn_at IS NULL)`;

/**
 * One object literal with every field in one order: all youth candidates share one hidden
 * class, which keeps the property reads of the hot loops (the API's youth pool) monomorphic.
 */
function toYouthCandidate(r: YouthRow): YouthCandidate {
  const reach = searchRadius(r.max_travel_km);
  return {
    id: r.id,
    pseudonym: r.pseudonym,
    organisationId: r.organisation_id,
    createdBy: r.created_by,
    version: r.version,
    dateOfBirth: r.date_of_birth,
    position: { lat: latOf(r.y), lon: lonOf(r.x) },
    maxTravelKm: r.max_travel_km,
    wishedKinds: r.wished_kinds,
    availability: r.availability,
    skills: r.skills,
    interests: r.interests,
    languages: r.languages,
    education: r.education,
    priority: r.priority ?? false,
    criminalTies: r.criminal_ties ?? false,
    // The VOG concern stays sealed here: callers leave the coach-only VOG component out.
    vogConcern: { level: 'none' },
    x: r.x,
    y: r.y,
    reach2: reach * reach,
    availableFrom: r.available_from,
    availableTo: r.available_to,
  };
}

const ELIGIBLE = `y.status = 'active' AND y.position IS NOT NULL AND y.max_travel_km IS NOT NULL AND y.date_of_birth IS NOT NULL
       AND y.available_from IS NOT NULL AND y.available_to IS NOT NULL AND ${CONSENTED}`;

/**
 * The region's youths stamped after `afterSeq` (see the MatchingYouths migration), each either
 * eligible for matching (active, consented, with what matching needs) or only its id, to be
 * dropped from the pool. `afterSeq` 0 loads the whole region.
 */
export async function youthsChangedSince(m: EntityManager, regionId: string, afterSeq: string): Promise<{ id: string; youth: YouthCandidate | null }[]> {
  const rows = await rowsAsJson<YouthRow & { eligible: boolean }>(
    m,
    `${YOUTH_SELECT.replace('SELECT ', `SELECT (${ELIGIBLE}) AS eligible, `)}
     WHERE y.region_id = $1 AND y.match_seq > $2::bigint`,
    [regionId, afterSeq],
  );
  return rows.map((r) => ({ id: r.id, youth: r.eligible ? toYouthCandidate(r) : null }));
}

/**
 * Youths by id in the core's shape, whatever their consent to matching (the caller decides; a
 * summer programme's entries are checked there): active, with a date of birth and a position.
 */
export async function youthsByIds(m: EntityManager, ids: readonly string[]): Promise<YouthCandidate[]> {
  const rows = await rowsAsJson<YouthRow>(
    m,
    `${YOUTH_SELECT} WHERE y.id = ANY($1::uuid[]) AND y.status = 'active' AND y.position IS NOT NULL AND y.date_of_birth IS NOT NULL`,
    [ids],
  );
  // A youth from open intake may not have said how far they travel or when they are free: no circle, no dates.
  return rows.map((r) => toYouthCandidate({ ...r, max_travel_km: r.max_travel_km ?? 0, available_from: r.available_from ?? '1970-01-01', available_to: r.available_to ?? '1970-01-01' }));
}

/** Of `ids`, the youths who may get a match alert now: active, coached, consenting to matching, alerts on. */
export async function alertsOn(m: EntityManager, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows: { id: string }[] = await m.query(
    `SELECT y.id FROM youth y WHERE y.id = ANY($1::uuid[]) AND y.status = 'active' AND y.match_alerts AND y.organisation_id IS NOT NULL AND ${CONSENTED}`,
    [ids],
  );
  return rows.map((r) => r.id);
}

/** One youth who consented to matching and has alerts on, or undefined. */
export async function alertableYouth(m: EntityManager, youthId: string): Promise<(YouthCandidate & { regionId: string }) | undefined> {
  const rows: (YouthRow & { region_id: string })[] = await m.query(
    `${YOUTH_SELECT.replace('SELECT ', 'SELECT y.region_id, ')}
     WHERE y.id = $1 AND y.status = 'active' AND y.match_alerts AND y.organisation_id IS NOT NULL AND ${CONSENTED}`,
    [youthId],
  );
  const r = rows[0];
  return r ? { ...toYouthCandidate(r), regionId: r.region_id } : undefined;
}
