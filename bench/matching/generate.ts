/**
 * A seeded generator of one large region for the matching benchmark: it writes straight into
 * a migrated database (multi-row INSERT … SELECT FROM unnest(…), 5,000 rows a statement),
 * never through the API, and writes no outbox rows (so a worker started later finds nothing
 * to relay). The same seed gives the same rows, ids included; only dates of birth follow the
 * calendar, so that ages stay 15–23 on the day of the run.
 *
 * What it writes: a region with its WSP organisation and one wsp_staff user; coaching
 * organisations with one coach each; employers (organisation, employer row, an employer user
 * and the pledge accepted); open vacancies; youths with identity, consent for matching and,
 * for some, a sealed record. Identity and sealed records of the first coaching organisation
 * (the one the benchmark signs in to) are real AES-GCM ciphertext under the suite's key,
 * because the coach's suggestion route decrypts them; everyone else's carry a dummy payload
 * under key id `bench`, which the WSP routes and the alerts never decrypt (unless the variant
 * asks for real records throughout, as the load bench does: it signs in to every organisation).
 */
import { DataCipher, hashPassword, parseDataKeys } from '@startbaan/platform';
import { CRIMINAL_TIES_FACTORS, RISK_FACTORS } from '@startbaan/youth';
import pg from 'pg';
import type { WorkTraits } from '@startbaan/employers/rules';
import { seededUint32 } from '@startbaan/programmes/allocation';

export type VariantName = 'small' | 'large';

export interface Variant {
  name: string;
  youths: number;
  vacancies: number;
  coachingOrganisations: number;
  employers: number;
  /**
   * Whose identity and sealed records are real ciphertext under the suite's key: the first
   * coaching organisation's (default; the others carry a dummy payload), or every one's.
   */
  realRecords?: 'first' | 'all';
}

export const VARIANTS: Record<VariantName, Variant> = {
  small: { name: 'small', youths: 20_000, vacancies: 3_000, coachingOrganisations: 20, employers: 600 },
  large: { name: 'large', youths: 100_000, vacancies: 50_000, coachingOrganisations: 50, employers: 5_000 },
};

export const BENCH_PASSWORD = 'bench-password-correct-horse';

/** The region: every PC4 within this many km (on the position plane) of the centre. */
const CENTRE_PC4 = '3072';
const REGION_RADIUS_KM = 30;
const BATCH = 5_000;

export interface GeneratedRegion {
  regionId: string;
  wspEmail: string;
  coachEmail: string;
  coachOrganisationId: string;
  /** Youths of the signed-in coach's organisation, in insertion order. */
  coachYouthIds: string[];
  /** Every vacancy id, in insertion order. */
  vacancyIds: string[];
  counts: { youths: number; vacancies: number; employers: number; coachingOrganisations: number; pc4: number };
  seconds: number;
}

// --- deterministic randomness ---------------------------------------------------------

class Rng {
  constructor(private readonly next: () => number) {}

  float(): number {
    return this.next();
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** One of the keys, with the given weights. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of table) {
      r -= w;
      if (r < 0) return v;
    }
    return table[table.length - 1]![0];
  }

  /** `n` distinct elements, in the order of `xs`. */
  sample<T>(xs: readonly T[], n: number): T[] {
    const idx = new Set<number>();
    const want = Math.min(n, xs.length);
    while (idx.size < want) idx.add(Math.floor(this.next() * xs.length));
    return [...idx].sort((a, b) => a - b).map((i) => xs[i]!);
  }

  /** A version-4 UUID from the generator (deterministic for a seed). */
  uuid(): string {
    const hex = (n: number) => Math.floor(n * 4294967296).toString(16).padStart(8, '0');
    const h = hex(this.next()) + hex(this.next()) + hex(this.next()) + hex(this.next());
    const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  hexBytes(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(this.next() * 256).toString(16).padStart(2, '0');
    return s;
  }
}

// --- bulk insert --------------------------------------------------------------------------

/** A column of a bulk insert: the array type its values are sent as, and how a value becomes the column. */
interface Col {
  name: string;
  /** Element type of the parameter array: uuid, text, int, float8, bool, date, jsonb. */
  type: string;
  /** SQL applied to the unnested value `%` (e.g. `%::text[]`, `decode(%, 'hex')`); default `%`. */
  expr?: string;
}

type Cell = string | number | boolean | null;

/** INSERT INTO table (cols) SELECT … FROM unnest($1::t1[], $2::t2[], …): one statement for all rows. */
async function insertRows(db: pg.ClientBase, table: string, cols: Col[], rows: Cell[][]): Promise<void> {
  if (!rows.length) return;
  const params = cols.map((_, i) => rows.map((r) => r[i] ?? null));
  const aliases = cols.map((_, i) => `c${i}`);
  const select = cols.map((c, i) => (c.expr ? c.expr.replaceAll('%', `c${i}`) : `c${i}`)).join(', ');
  const unnest = cols.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  await db.query(
    `INSERT INTO ${table} (${cols.map((c) => c.name).join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS t(${aliases.join(', ')})`,
    params,
  );
}

/** An array literal for a text[] column sent as one text value (unnest flattens nested arrays). */
const textArray = (xs: readonly string[]): string => `{${xs.map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

// --- reference values -------------------------------------------------------------------

const KINDS = [
  ['summer_job', 40],
  ['job', 30],
  ['internship', 10],
  ['bbl_place', 10],
  ['work_experience', 10],
] as const;
type Kind = (typeof KINDS)[number][0];
const ALL_KINDS: Kind[] = KINDS.map(([k]) => k);
const WISHED = [
  ['summer_job', 40],
  ['job', 30],
  ['internship', 10],
  ['bbl_place', 8],
  ['work_experience', 12],
] as const;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const SECTORS = [
  ['G', 30],
  ['I', 25],
  ['H', 10],
  ['N', 10],
  ['C', 8],
  ['Q', 7],
  ['F', 5],
  ['S', 5],
] as const;
const TITLES: Record<string, string[]> = {
  G: ['Vakkenvuller', 'Kassamedewerker', 'Medewerker webshop', 'Verkoper fietsenwinkel'],
  I: ['Hulp in de bakkerij', 'Afwasser', 'Bediening terras', 'Medewerker snackbar'],
  H: ['Orderpicker', 'Bezorger op de fiets', 'Magazijnmedewerker'],
  N: ['Schoonmaker kantoren', 'Hulp groenvoorziening', 'Evenementenmedewerker'],
  C: ['Productiemedewerker', 'Inpakker', 'Hulp in de werkplaats'],
  Q: ['Gastvrouw zorgcentrum', 'Hulp in de keuken zorgcentrum'],
  F: ['Hulp op de bouw', 'Leerling schilder', 'Leerling installateur'],
  S: ['Hulp in de kapsalon', 'Medewerker sportschool'],
};
const CREBOS = ['25180', '25168', '25253', '25655', '25100', '25405', '25226', '25491'];
const MENTORS = ['Petra', 'Ahmed', 'Sanne', 'Youssef', 'Marieke', 'Dennis', 'Fatima', 'Joost'];
const FIRST_NAMES = ['Sami', 'Noa', 'Mohammed', 'Lotte', 'Daan', 'Aylin', 'Jayden', 'Sara', 'Milan', 'Imane'];
const LAST_NAMES = ['de Boer', 'Yilmaz', 'Jansen', 'El Amrani', 'Bakker', 'Visser', 'Pinas', 'de Vries'];
const EDUCATION = [
  ['vmbo', 30],
  ['mbo_1', 10],
  ['mbo_2', 20],
  ['mbo_3', 10],
  ['mbo_4', 8],
  ['havo', 8],
  ['vso_pro', 6],
  ['none', 8],
] as const;
const EDUCATION_STATUS = [
  ['enrolled', 65],
  ['dropped_out', 20],
  ['finished', 10],
  ['none', 5],
] as const;
const LANGUAGES = [['nl'], ['nl'], ['nl'], ['nl', 'en'], ['nl', 'ar'], ['nl', 'tr'], ['nl', 'pl'], ['en']] as const;
const PRIORITY_REASONS = ['risk_of_criminal_recruitment', 'police_or_justice_contact', 'school_dropout', 'family_circumstances', 'referral_by_justice_partner'];
const OFFENCES = ['property', 'violence', 'drugs', 'fraud', 'traffic'];

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number): string => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

/** A pseudonym unique per index (< 32^4): the index scrambled bijectively, in the app's alphabet. */
const PSEUDONYM_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
function pseudonym(i: number): string {
  let n = (Math.imul(i, 0x9e3b5) + 0x51ed2) & 0xfffff;
  let code = '';
  for (let k = 0; k < 4; k++) {
    code += PSEUDONYM_ALPHABET[n & 31];
    n >>>= 5;
  }
  return `Kandidaat ${code}`;
}

// --- the rows ---------------------------------------------------------------------------

function vacancyDates(r: Rng, kind: Kind): { start: string; end: string } {
  switch (kind) {
    case 'summer_job': {
      const start = addDays('2027-06-28', r.int(0, 21));
      return { start, end: addDays(start, r.int(14, 55)) };
    }
    case 'job': {
      const start = addDays('2027-05-01', r.int(0, 120));
      return { start, end: addDays(start, r.int(60, 240)) };
    }
    case 'work_experience': {
      const start = addDays('2027-06-01', r.int(0, 100));
      return { start, end: addDays(start, r.int(10, 90)) };
    }
    default: {
      const start = addDays('2027-08-16', r.int(0, 30));
      return { start, end: addDays(start, r.int(150, 330)) };
    }
  }
}

/** Traits and a minimum legal age that agree with the youth labour law rule table. */
function vacancyWork(r: Rng, kind: Kind): { traits: WorkTraits; minLegalAge: number; school: boolean; hoursPerWeek: number; hoursPerDay: number; latestEnd: string } {
  const minLegalAge = r.weighted([
    [15, 45],
    [16, 40],
    [18, 15],
  ] as const);
  const traits: WorkTraits = {
    worksAlone: r.chance(0.15),
    movesAround: r.chance(0.3),
    handlesCash: minLegalAge >= 16 && r.chance(0.35),
    logisticsHub: r.chance(0.1),
    eveningWork: r.chance(0.2),
    machines: minLegalAge >= 16 && r.chance(0.3),
    servesAlcohol: minLegalAge >= 16 && r.chance(0.2),
    heavyLifting: minLegalAge >= 16 && r.chance(0.25),
    dangerousSubstances: minLegalAge >= 18 && r.chance(0.4),
  };
  const school = kind === 'summer_job' ? false : kind === 'internship' || kind === 'bbl_place' ? true : r.chance(0.5);
  let hoursPerWeek: number;
  if (kind === 'bbl_place') hoursPerWeek = r.int(16, 32);
  else if (school && minLegalAge === 15) hoursPerWeek = r.int(4, 12);
  else hoursPerWeek = r.int(8, minLegalAge === 15 ? 32 : 38);
  const maxDay = school && minLegalAge === 15 ? 2 : minLegalAge === 15 ? 8 : 9;
  const hoursPerDay = Math.min(hoursPerWeek, r.int(Math.min(4, maxDay), maxDay));
  const latestEnd = minLegalAge === 15 ? r.pick(['15:00', '17:00', '18:30']) : traits.eveningWork ? r.pick(['21:00', '22:00']) : r.pick(['16:00', '17:30', '18:00']);
  return { traits, minLegalAge, school, hoursPerWeek, hoursPerDay, latestEnd };
}

function vog(r: Rng): { json: string; basis: string } {
  const roll = r.float();
  if (roll < 0.85) return { json: JSON.stringify({ basis: 'not_asked', functionAspects: [], paidBy: 'employer' }), basis: 'not_asked' };
  if (roll < 0.97) return { json: JSON.stringify({ basis: 'employer_choice', functionAspects: [21], paidBy: 'employer' }), basis: 'employer_choice' };
  return { json: JSON.stringify({ basis: 'legal_requirement', legalSector: 'childcare', functionAspects: [86], paidBy: 'employer' }), basis: 'legal_requirement' };
}

function availability(r: Rng): { windows: unknown[]; from: string; to: string } {
  const windows: { from: string; to: string; hoursPerWeek: number; weekdays: string[]; period: string }[] = [];
  const holiday = r.chance(0.85);
  if (holiday) {
    const from = addDays('2027-07-03', r.int(0, 14));
    windows.push({ from, to: addDays('2027-08-13', r.int(0, 21)), hoursPerWeek: r.int(12, 40), weekdays: r.sample(WEEKDAYS.slice(0, 6), r.int(3, 6)), period: 'holiday' });
  }
  if (!holiday || r.chance(0.45)) {
    windows.push({ from: addDays('2027-08-30', r.int(0, 14)), to: addDays('2027-12-17', r.int(0, 7)), hoursPerWeek: r.int(6, 16), weekdays: r.sample(WEEKDAYS.slice(0, 6), r.int(2, 4)), period: 'school' });
  }
  return { windows, from: windows[0]!.from, to: windows[windows.length - 1]!.to };
}

// --- the generator ------------------------------------------------------------------------

/**
 * Fills the migrated database at `url` with one region of the variant's size and returns
 * what the benchmark needs to sign in and to pick its requests. `encryptionKeys` is the
 * suite's ENCRYPTION_KEYS (the first key encrypts the real records).
 */
export async function generate(url: string, variant: Variant, encryptionKeys: string, seed = 20_270_701): Promise<GeneratedRegion> {
  const started = process.hrtime.bigint();
  const keys = parseDataKeys(encryptionKeys);
  if (!keys) throw new Error('generate: ENCRYPTION_KEYS is not valid');
  const cipher = new DataCipher(keys);
  const next = seededUint32(seed);
  const r = new Rng(() => next() / 4294967296);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const label = `bench-${variant.name}`;

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    // Bulk load: losing the last commits on a crash is fine here.
    await db.query(`SET synchronous_commit = off`);
    const areas = (
      await db.query<{ pc4: string }>(
        `SELECT pc4 FROM pc4_area WHERE position <@ circle((SELECT position FROM pc4_area WHERE pc4 = $1), $2) ORDER BY pc4`,
        [CENTRE_PC4, REGION_RADIUS_KM],
      )
    ).rows.map((a) => a.pc4);
    const terms = (await db.query<{ code: string; kind: string }>(`SELECT code, kind FROM vocabulary_term WHERE retired_in IS NULL ORDER BY code`)).rows;
    const skills = terms.filter((t) => t.kind === 'skill').map((t) => t.code);
    const interests = terms.filter((t) => t.kind === 'interest').map((t) => t.code);
    const riskCodes = RISK_FACTORS.map((f) => f.code);

    // Region, organisations, users.
    const regionId = r.uuid();
    await db.query(`INSERT INTO region (id, code, name) VALUES ($1, $2, $3)`, [regionId, label, `Regio ${label}`]);
    const wspOrg = r.uuid();
    const coachOrgs = Array.from({ length: variant.coachingOrganisations }, () => r.uuid());
    const employerOrgs = Array.from({ length: variant.employers }, () => r.uuid());
    const orgCols: Col[] = [
      { name: 'id', type: 'uuid' },
      { name: 'region_id', type: 'uuid' },
      { name: 'kind', type: 'text' },
      { name: 'name', type: 'text' },
    ];
    await insertRows(db, 'organisation', orgCols, [
      [wspOrg, regionId, 'wsp', `WSP ${label}`],
      ...coachOrgs.map((id, i): Cell[] => [id, regionId, 'coaching', `Jongerenwerk ${i + 1}`]),
      ...employerOrgs.map((id, i): Cell[] => [id, regionId, 'employer', `Werkgever ${i + 1}`]),
    ]);
    const wspUser = r.uuid();
    const coachUsers = coachOrgs.map(() => r.uuid());
    const employerUsers = employerOrgs.map(() => r.uuid());
    const email = (who: string) => `${who}.${label}@startbaan.test`;
    const userCols: Col[] = [
      { name: 'id', type: 'uuid' },
      { name: 'region_id', type: 'uuid' },
      { name: 'organisation_id', type: 'uuid' },
      { name: 'email', type: 'text' },
      { name: 'display_name', type: 'text' },
      { name: 'role', type: 'text' },
      { name: 'password_hash', type: 'text' },
    ];
    await insertRows(db, 'user_account', userCols, [
      [wspUser, regionId, wspOrg, email('wsp'), 'WSP', 'wsp_staff', passwordHash],
      ...coachOrgs.map((org, i): Cell[] => [coachUsers[i]!, regionId, org, email(`coach${i + 1}`), `Coach ${i + 1}`, 'coach', passwordHash]),
      ...employerOrgs.map((org, i): Cell[] => [employerUsers[i]!, regionId, org, email(`employer${i + 1}`), `Werkgever ${i + 1}`, 'employer', passwordHash]),
    ]);

    // Employers, each at one PC4 with one sector, pledge accepted.
    const employers = employerOrgs.map((id, i) => ({ id, user: employerUsers[i]!, pc4: r.pick(areas), sector: r.weighted(SECTORS) }));
    await insertRows(
      db,
      'employer',
      [
        { name: 'id', type: 'uuid' },
        { name: 'region_id', type: 'uuid' },
        { name: 'kvk', type: 'text' },
        { name: 'sector', type: 'text' },
        { name: 'locations', type: 'text', expr: '%::text[]' },
        { name: 'size_class', type: 'text' },
        { name: 'contact_name', type: 'text' },
        { name: 'status', type: 'text' },
      ],
      employers.map((e, i): Cell[] => [e.id, regionId, String(10_000_000 + i * 17), e.sector, `{${e.pc4}}`, r.pick(['1-9', '1-9', '10-49', '50-249']), r.pick(MENTORS), 'active']),
    );
    await insertRows(
      db,
      'pledge_acceptance',
      [
        { name: 'employer_id', type: 'uuid' },
        { name: 'version', type: 'int' },
        { name: 'accepted_by', type: 'uuid' },
      ],
      employers.map((e): Cell[] => [e.id, 1, e.user]),
    );

    // Vacancies. The next batch is built while PostgreSQL writes the previous one.
    const vacancyCols: Col[] = [
      { name: 'id', type: 'uuid' },
      { name: 'region_id', type: 'uuid' },
      { name: 'employer_id', type: 'uuid' },
      { name: 'kind', type: 'text' },
      { name: 'title', type: 'text' },
      { name: 'description', type: 'text' },
      { name: 'sector', type: 'text' },
      { name: 'pc4', type: 'text' },
      { name: 'start_date', type: 'date' },
      { name: 'end_date', type: 'date' },
      { name: 'hours_per_week', type: 'float8' },
      { name: 'hours_per_day', type: 'float8' },
      { name: 'schedule', type: 'jsonb' },
      { name: 'traits', type: 'jsonb' },
      { name: 'during_school_weeks', type: 'bool' },
      { name: 'places', type: 'int' },
      { name: 'hourly_wage', type: 'float8' },
      { name: 'skills', type: 'text', expr: '%::text[]' },
      { name: 'languages', type: 'text', expr: '%::text[]' },
      { name: 'employer_min_age', type: 'int' },
      { name: 'min_legal_age', type: 'int' },
      { name: 'mentor_name', type: 'text' },
      { name: 'first_week', type: 'text' },
      { name: 'leerbedrijf_id', type: 'text' },
      { name: 'crebo', type: 'text' },
      { name: 'vog', type: 'jsonb' },
      { name: 'vog_basis', type: 'text' },
      { name: 'status', type: 'text' },
      { name: 'created_by', type: 'uuid' },
      { name: 'opened_at', type: 'timestamptz' },
    ];
    const vacancyIds: string[] = [];
    const openedAt = new Date().toISOString();
    let pending: Promise<void> = Promise.resolve();
    for (let start = 0; start < variant.vacancies; start += BATCH) {
      const rows: Cell[][] = [];
      for (let i = start; i < Math.min(variant.vacancies, start + BATCH); i++) {
        const id = r.uuid();
        vacancyIds.push(id);
        const e = r.pick(employers);
        const kind = r.weighted(KINDS);
        const { start: startDate, end } = vacancyDates(r, kind);
        const work = vacancyWork(r, kind);
        const weekdays = r.sample(WEEKDAYS.slice(0, 6), r.int(2, 5));
        const trained = kind === 'internship' || kind === 'bbl_place';
        const v = vog(r);
        rows.push([
          id,
          regionId,
          e.id,
          kind,
          r.pick(TITLES[e.sector] ?? ['Medewerker']),
          'Je helpt het team waar nodig; de eerste week loop je mee met je begeleider.',
          e.sector,
          r.chance(0.9) ? e.pc4 : r.pick(areas),
          startDate,
          end,
          work.hoursPerWeek,
          work.hoursPerDay,
          JSON.stringify({ weekdays, earliestStart: r.pick(['07:00', '08:00', '09:00', '12:00']), latestEnd: work.latestEnd, weekends: weekdays.includes('sat') }),
          JSON.stringify(work.traits),
          work.school,
          r.int(1, 5),
          kind === 'work_experience' ? null : Math.round((9 + r.float() * 7) * 100) / 100,
          textArray(r.sample(skills, r.int(1, 4))),
          textArray(r.chance(0.85) ? ['nl'] : r.chance(0.6) ? ['nl', 'en'] : ['en']),
          Math.min(23, work.minLegalAge + r.weighted([
            [0, 70],
            [1, 15],
            [2, 10],
            [3, 5],
          ] as const)),
          work.minLegalAge,
          r.chance(0.8) ? r.pick(MENTORS) : null,
          r.chance(0.7) ? 'De eerste dag krijg je een rondleiding en loop je mee met je begeleider.' : null,
          trained ? String(100_000 + r.int(0, 899_999)) : null,
          trained ? r.pick(CREBOS) : null,
          v.json,
          v.basis,
          'open',
          e.user,
          openedAt,
        ]);
      }
      await pending;
      pending = insertRows(db, 'vacancy', vacancyCols, rows);
      // Awaited before the next batch; this only keeps a failure from being reported as unhandled meanwhile.
      pending.catch(() => undefined);
    }
    await pending;

    // Youths with identity, consent and (some) a sealed record.
    const youthCols: Col[] = [
      { name: 'id', type: 'uuid' },
      { name: 'region_id', type: 'uuid' },
      { name: 'organisation_id', type: 'uuid' },
      { name: 'pseudonym', type: 'text' },
      { name: 'date_of_birth', type: 'date' },
      { name: 'pc4', type: 'text' },
      { name: 'education_level', type: 'text' },
      { name: 'education', type: 'jsonb' },
      { name: 'skills', type: 'text', expr: '%::text[]' },
      { name: 'interests', type: 'text', expr: '%::text[]' },
      { name: 'languages', type: 'text', expr: '%::text[]' },
      { name: 'availability', type: 'jsonb' },
      { name: 'available_from', type: 'date' },
      { name: 'available_to', type: 'date' },
      { name: 'wished_kinds', type: 'text', expr: '%::text[]' },
      { name: 'max_travel_km', type: 'int' },
      { name: 'motivation', type: 'text' },
      { name: 'created_by', type: 'uuid' },
      { name: 'match_alerts', type: 'bool' },
    ];
    const identityCols: Col[] = [
      { name: 'youth_id', type: 'uuid' },
      { name: 'key_id', type: 'text' },
      { name: 'data', type: 'text', expr: `decode(%, 'hex')` },
    ];
    const sealedCols: Col[] = [
      { name: 'youth_id', type: 'uuid' },
      { name: 'priority', type: 'bool' },
      { name: 'criminal_ties', type: 'bool' },
      { name: 'key_id', type: 'text' },
      { name: 'data', type: 'text', expr: `decode(%, 'hex')` },
      { name: 'updated_by', type: 'uuid' },
    ];
    const consentCols: Col[] = [
      { name: 'youth_id', type: 'uuid' },
      { name: 'scope', type: 'text' },
      { name: 'given_by', type: 'text' },
      { name: 'given_at', type: 'timestamptz' },
      { name: 'recorded_by', type: 'uuid' },
    ];
    const todayMs = Date.parse(`${isoDay(new Date())}T00:00:00Z`);
    const coachYouthIds: string[] = [];
    for (let start = 0; start < variant.youths; start += BATCH) {
      const youths: Cell[][] = [];
      const identities: Cell[][] = [];
      const sealed: Cell[][] = [];
      const consents: Cell[][] = [];
      for (let i = start; i < Math.min(variant.youths, start + BATCH); i++) {
        const id = r.uuid();
        const orgIndex = i % variant.coachingOrganisations;
        if (orgIndex === 0) coachYouthIds.push(id);
        const real = orgIndex === 0 || variant.realRecords === 'all';
        const coach = coachUsers[orgIndex]!;
        // Age 15 to 23 today: a birthday between 16 and 24 years ago, a day short of each end.
        const dob = isoDay(new Date(todayMs - (15 * 365.25 + 1 + r.float() * (9 * 365.25 - 2)) * 86_400_000));
        const age = Math.floor((todayMs - Date.parse(`${dob}T00:00:00Z`)) / (365.25 * 86_400_000));
        const level = r.weighted(EDUCATION);
        const status = level === 'none' ? 'none' : r.weighted(EDUCATION_STATUS);
        const avail = availability(r);
        const wished = r.sample(ALL_KINDS, r.int(1, 3));
        // Most wished first: order by the popularity weights, one random swap.
        wished.sort((a, b) => WISHED.findIndex(([k]) => k === a) - WISHED.findIndex(([k]) => k === b));
        if (wished.length > 1 && r.chance(0.3)) wished.reverse();
        youths.push([
          id,
          regionId,
          coachOrgs[orgIndex]!,
          pseudonym(i),
          dob,
          r.pick(areas),
          level,
          JSON.stringify({ level, status }),
          textArray(r.sample(skills, r.int(2, 5))),
          textArray(r.sample(interests, r.int(1, 3))),
          textArray(r.pick(LANGUAGES)),
          JSON.stringify(avail.windows),
          avail.from,
          avail.to,
          textArray(wished),
          r.int(5, 25),
          'Ik wil graag werken en geld verdienen.',
          coach,
          r.chance(0.9),
        ]);
        const identity = { firstName: r.pick(FIRST_NAMES), lastName: r.pick(LAST_NAMES), phone: `+3161${String(r.int(0, 9_999_999)).padStart(7, '0')}`, preferredContact: 'phone' };
        if (real) {
          const enc = cipher.encrypt(identity, `youth_identity:${id}`);
          identities.push([id, enc.keyId, enc.data.toString('hex')]);
        } else {
          identities.push([id, 'bench', r.hexBytes(48)]);
        }
        const priority = r.chance(0.15);
        if (priority || r.chance(0.18)) {
          const riskFactors = r.sample(riskCodes, r.int(0, 4));
          const criminalTies = riskFactors.some((f) => CRIMINAL_TIES_FACTORS.includes(f));
          let data: string;
          let keyId = 'bench';
          if (real) {
            const concernRoll = r.float();
            const vogConcern =
              concernRoll < 0.85
                ? { level: 'none' }
                : { level: concernRoll < 0.96 ? 'possible' : 'likely', offenceCategory: r.pick(OFFENCES), lastOffenceDate: addDays(isoDay(new Date()), -r.int(100, 1500)) };
            const content = { priorityReason: priority ? r.pick(PRIORITY_REASONS) : null, riskFactors, notes: 'Gesprek gehad; gemotiveerd.', vogConcern };
            const enc = cipher.encrypt(content, `youth_sealed:${id}`);
            data = enc.data.toString('hex');
            keyId = enc.keyId;
          } else {
            data = r.hexBytes(96);
          }
          sealed.push([id, priority, criminalTies, keyId, data, coach]);
        }
        consents.push([id, 'matching', age < 16 ? 'parent_guardian' : 'youth', new Date(todayMs - r.int(1, 200) * 86_400_000).toISOString(), coach]);
      }
      await pending;
      pending = (async () => {
        await insertRows(db, 'youth', youthCols, youths);
        await insertRows(db, 'youth_identity', identityCols, identities);
        await insertRows(db, 'youth_sealed', sealedCols, sealed);
        await insertRows(db, 'youth_consent', consentCols, consents);
      })();
      pending.catch(() => undefined);
    }
    await pending;
    // VACUUM as well as ANALYZE: it sets the visibility map, as autovacuum would in a steady state
    // (index-only scans on youth_consent then skip the heap).
    await db.query('VACUUM (ANALYZE)');

    return {
      regionId,
      wspEmail: email('wsp'),
      coachEmail: email('coach1'),
      coachOrganisationId: coachOrgs[0]!,
      coachYouthIds,
      vacancyIds,
      counts: { youths: variant.youths, vacancies: variant.vacancies, employers: variant.employers, coachingOrganisations: variant.coachingOrganisations, pc4: areas.length },
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    };
  } finally {
    await db.end();
  }
}
