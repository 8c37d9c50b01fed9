import type { EntityManager } from 'typeorm';
import type { MatchVacancy, MatchYouth, PlacementKind } from './match.model.js';

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

interface VacancyRow {
  id: string;
  kind: PlacementKind;
  status: string;
  places: number;
  lat: number;
  lon: number;
  start_date: string;
  end_date: string;
  hours_per_week: string;
  schedule: { weekdays: MatchVacancy['weekdays'] };
  during_school_weeks: boolean;
  min_legal_age: number;
  employer_min_age: number;
  skills: string[];
  languages: string[];
  mentor_name: string | null;
  first_week: string | null;
  traits: MatchVacancy['traits'];
  vog: MatchVacancy['vog'];
  title: string;
  employer_name: string;
}

export interface VacancyCandidate extends MatchVacancy {
  title: string;
  employerName: string;
}

const dateOnly = (d: string | Date): string => (typeof d === 'string' ? d : d.toISOString().slice(0, 10));

/** Open vacancies of the region within `radiusKm` of a point, with the SQL-side hard filters. */
export async function vacancyCandidates(
  m: EntityManager,
  q: { regionId: string; lat: number; lon: number; radiusKm: number; kinds: PlacementKind[]; from?: string | null; to?: string | null; vacancyIds?: string[]; anyStatus?: boolean },
): Promise<VacancyCandidate[]> {
  const rows: VacancyRow[] = await m.query(
    `SELECT v.id, v.kind, v.status, v.places, a.lat, a.lon, v.start_date::text AS start_date, v.end_date::text AS end_date, v.hours_per_week, v.schedule,
            v.during_school_weeks, v.min_legal_age, v.employer_min_age, v.skills, v.languages, v.mentor_name, v.first_week, v.traits, v.vog,
            v.title, o.name AS employer_name
     FROM vacancy v JOIN pc4_area a ON a.pc4 = v.pc4 JOIN organisation o ON o.id = v.employer_id
     WHERE v.region_id = $1 AND ($8::boolean OR v.status = 'open') AND v.kind = ANY($2)
       AND v.position <@ circle($3::point, $4)
       AND ($5::date IS NULL OR v.end_date >= $5::date) AND ($6::date IS NULL OR v.start_date <= $6::date)
       AND ($7::uuid[] IS NULL OR v.id = ANY($7::uuid[]))`,
    [q.regionId, q.kinds, planePoint(q.lat, q.lon), searchRadius(q.radiusKm), q.from ?? null, q.to ?? null, q.vacancyIds ?? null, q.anyStatus ?? false],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    // Accepted placements come with the placement flow; until then every place is free.
    placesLeft: r.places,
    position: { lat: r.lat, lon: r.lon },
    startDate: dateOnly(r.start_date),
    endDate: dateOnly(r.end_date),
    hoursPerWeek: Number(r.hours_per_week),
    weekdays: r.schedule.weekdays,
    duringSchoolWeeks: r.during_school_weeks,
    minLegalAge: r.min_legal_age,
    employerMinAge: r.employer_min_age,
    skills: r.skills,
    languages: r.languages,
    mentorName: r.mentor_name,
    firstWeek: r.first_week,
    traits: r.traits,
    vog: r.vog,
    title: r.title,
    employerName: r.employer_name,
  }));
}

interface YouthRow {
  id: string;
  pseudonym: string;
  organisation_id: string | null;
  created_by: string | null;
  date_of_birth: string;
  lat: number;
  lon: number;
  max_travel_km: number;
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

export interface YouthCandidate extends MatchYouth {
  pseudonym: string;
  organisationId: string | null;
  createdBy: string | null;
  version: number;
}

const YOUTH_SELECT = `SELECT y.id, y.pseudonym, y.organisation_id, y.created_by, y.date_of_birth::text AS date_of_birth, a.lat, a.lon, y.max_travel_km,
       y.wished_kinds, y.availability, y.skills, y.interests, y.languages, y.education, s.priority, s.criminal_ties, y.version
     FROM youth y JOIN pc4_area a ON a.pc4 = y.pc4 LEFT JOIN youth_sealed s ON s.youth_id = y.id`;
const CONSENTED = `EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = y.id AND c.scope = 'matching' AND c.withdrawn_at IS NULL)`;

function toYouthCandidate(r: YouthRow): YouthCandidate {
  return {
    id: r.id,
    pseudonym: r.pseudonym,
    organisationId: r.organisation_id,
    createdBy: r.created_by,
    version: r.version,
    dateOfBirth: r.date_of_birth,
    position: { lat: r.lat, lon: r.lon },
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
  };
}

/**
 * Youths of the region who consented to matching, wish this kind and live within their own
 * travel distance of the vacancy (first by the widest travel distance in the region through
 * the GiST index, then each youth's own).
 */
export async function youthCandidates(
  m: EntityManager,
  q: { regionId: string; lat: number; lon: number; kind: PlacementKind; from: string; to: string; alertsOnly?: boolean },
): Promise<YouthCandidate[]> {
  const [{ max }] = await m.query(`SELECT COALESCE(max(max_travel_km), 0) AS max FROM youth WHERE region_id = $1 AND status = 'active'`, [q.regionId]);
  const centre = planePoint(q.lat, q.lon);
  const rows: YouthRow[] = await m.query(
    `${YOUTH_SELECT}
     WHERE y.region_id = $1 AND y.status = 'active' AND $2 = ANY(y.wished_kinds)
       AND y.position <@ circle($3::point, $4)
       AND (y.position <-> $3::point) <= y.max_travel_km * ${PLANE_SLACK} + 1
       AND y.available_to >= $5::date AND y.available_from <= $6::date
       AND ${CONSENTED}
       AND ($7::boolean IS NOT TRUE OR (y.match_alerts AND y.organisation_id IS NOT NULL))`,
    [q.regionId, q.kind, centre, searchRadius(Number(max)), q.from, q.to, q.alertsOnly ?? false],
  );
  return rows.map(toYouthCandidate);
}

/** One youth who consented to matching and has alerts on, or undefined. */
export async function alertableYouth(
  m: EntityManager,
  youthId: string,
): Promise<(YouthCandidate & { regionId: string; availableFrom: string; availableTo: string }) | undefined> {
  const rows: (YouthRow & { region_id: string; available_from: string; available_to: string })[] = await m.query(
    `${YOUTH_SELECT.replace('SELECT ', 'SELECT y.region_id, y.available_from::text AS available_from, y.available_to::text AS available_to, ')}
     WHERE y.id = $1 AND y.status = 'active' AND y.match_alerts AND y.organisation_id IS NOT NULL AND ${CONSENTED}`,
    [youthId],
  );
  const r = rows[0];
  return r ? { ...toYouthCandidate(r), regionId: r.region_id, availableFrom: r.available_from, availableTo: r.available_to } : undefined;
}
