import { type DataCipher, ensureAccount, ensureOrganisation, ensureRegion, onlyRow, type Role } from '@startbaan/platform';
import { minimumLegalAge, type VacancyKind, type VacancyVog, type WorkTraits } from '@startbaan/employers';
import { availabilityEnvelope, type AvailabilityWindow, newPseudonym } from '@startbaan/youth';
import type { DataSource, EntityManager } from 'typeorm';

export const DEMO_PASSWORD = 'Startbaan-demo-2026';
export const DEMO_REGION = { code: 'voorbeeld', name: 'Regio Voorbeeld (fictief)' };

interface DemoOrg {
  kind: 'wsp' | 'coaching' | 'employer';
  name: string;
  users: { email: string; displayName: string; role: Role }[];
}

/** A fictional region: every name here is made up. */
const DEMO_ORGS: DemoOrg[] = [
  {
    kind: 'wsp',
    name: 'Werkgeversservicepunt Regio Voorbeeld',
    users: [
      { email: 'admin@voorbeeld.startbaan.test', displayName: 'Beheer WSP', role: 'admin' },
      { email: 'wsp@voorbeeld.startbaan.test', displayName: 'Fatima de Vries (accountmanager)', role: 'wsp_staff' },
    ],
  },
  { kind: 'coaching', name: 'Jongerenwerk De Brug', users: [{ email: 'coach@debrug.startbaan.test', displayName: 'Jeroen Bakker', role: 'coach' }] },
  { kind: 'coaching', name: 'Stichting Nieuwe Kans', users: [{ email: 'coach@nieuwekans.startbaan.test', displayName: 'Naima El Amrani', role: 'coach' }] },
  { kind: 'employer', name: 'Bakkerij Het Gouden Korstje', users: [{ email: 'werkgever@goudenkorstje.startbaan.test', displayName: 'Petra Smit', role: 'employer' }] },
  { kind: 'employer', name: 'Fietsenmakerij Trapvast', users: [{ email: 'werkgever@trapvast.startbaan.test', displayName: 'Kees Jansen', role: 'employer' }] },
  { kind: 'employer', name: 'Buurtsuper De Hoek', users: [{ email: 'werkgever@dehoek.startbaan.test', displayName: 'Mehmet Yilmaz', role: 'employer' }] },
];

export interface DemoYouth {
  firstName: string;
  lastName: string;
  age: number;
  pc4: string;
  education: { level: string; status: string; track?: string };
  skills: string[];
  interests: string[];
  kinds: string[];
  motivation: string;
  priority: boolean;
}

/** Made-up youths of the demo coach; one has priority (which only the coach and the WSP can tell). */
const DEMO_YOUTHS: DemoYouth[] = [
  { firstName: 'Daan', lastName: 'Voorbeeld', age: 16, pc4: '3072', education: { level: 'vmbo', status: 'enrolled' }, skills: ['customer_contact'], interests: ['interest_selling'], kinds: ['summer_job'], motivation: 'Ik wil in de zomer werken en sparen voor een scooter.', priority: true },
  { firstName: 'Yara', lastName: 'Proef', age: 18, pc4: '3081', education: { level: 'mbo_2', status: 'enrolled', track: 'Logistiek' }, skills: ['order_picking', 'forklift_certificate'], interests: ['interest_learning_new_things'], kinds: ['bbl_place', 'job'], motivation: 'Ik wil een vak leren en tegelijk geld verdienen.', priority: false },
  { firstName: 'Milan', lastName: 'Testpersoon', age: 20, pc4: '3011', education: { level: 'mbo_1', status: 'dropped_out' }, skills: ['customer_contact'], interests: ['interest_helping_people'], kinds: ['job', 'work_experience'], motivation: 'Ik wil laten zien dat ik het kan.', priority: false },
];

async function seedDemoYouths(m: EntityManager, cipher: DataCipher, regionId: string, organisationId: string, createdBy: string): Promise<number> {
  const { n } = onlyRow<{ n: number }>(await m.query(`SELECT count(*)::int AS n FROM youth WHERE organisation_id = $1`, [organisationId]), 'the demo youths');
  if (n > 0) return 0;
  for (const y of DEMO_YOUTHS) await insertDemoYouth(m, cipher, regionId, organisationId, createdBy, y);
  return DEMO_YOUTHS.length;
}

/**
 * One made-up youth with an encrypted identity, consent to matching and, with a coaching
 * organisation, a sealed record; `organisationId` null for a youth from open intake (no sealed
 * record, so no priority). Returns its id.
 */
export async function insertDemoYouth(m: EntityManager, cipher: DataCipher, regionId: string, organisationId: string | null, createdBy: string, y: DemoYouth): Promise<string> {
  const known = new Set((await m.query<{ code: string }[]>(`SELECT code FROM vocabulary_term`)).map((r) => r.code));
  const now = new Date();
  const dob = new Date(Date.UTC(now.getUTCFullYear() - y.age, now.getUTCMonth(), 1)).toISOString().slice(0, 10);
  const availability: AvailabilityWindow[] = [
    { from: `${now.getUTCFullYear() + 1}-07-06`, to: `${now.getUTCFullYear() + 1}-08-14`, hoursPerWeek: 24, weekdays: ['mon', 'tue', 'wed', 'thu'], period: 'holiday' },
  ];
  const env = availabilityEnvelope(availability);
  const { id } = onlyRow<{ id: string }>(
    await m.query(
      `INSERT INTO youth (region_id, organisation_id, pseudonym, date_of_birth, pc4, education_level, education, skills, interests, languages,
         availability, available_from, available_to, wished_kinds, max_travel_km, motivation, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '{nl}', $10, $11, $12, $13, 10, $14, $15) RETURNING id`,
      [regionId, organisationId, newPseudonym(), dob, y.pc4, y.education.level, y.education, y.skills.filter((c) => known.has(c)), y.interests.filter((c) => known.has(c)),
        JSON.stringify(availability), env.from, env.to, y.kinds, y.motivation, createdBy],
    ),
    'the new demo youth',
  );
  const identity = cipher.encrypt({ firstName: y.firstName, lastName: y.lastName, preferredContact: 'via_coach' }, `youth_identity:${id}`);
  await m.query(`INSERT INTO youth_identity (youth_id, key_id, data) VALUES ($1, $2, $3)`, [id, identity.keyId, identity.data]);
  // Only a coach writes a sealed record; a youth from open intake has none, so never priority.
  if (organisationId) {
    const sealed = cipher.encrypt(
      { priorityReason: y.priority ? 'risk_of_criminal_recruitment' : null, riskFactors: [], notes: y.priority ? 'Voorbeeldnotitie (fictief).' : '', vogConcern: { level: 'none' } },
      `youth_sealed:${id}`,
    );
    await m.query(`INSERT INTO youth_sealed (youth_id, priority, key_id, data, updated_by) VALUES ($1, $2, $3, $4, $5)`, [id, y.priority, sealed.keyId, sealed.data, createdBy]);
  } else if (y.priority) {
    throw new Error(`demo seed: ${y.firstName} comes from open intake and cannot have priority`);
  }
  await m.query(`INSERT INTO youth_consent (youth_id, scope, given_by, given_at, recorded_by) VALUES ($1, 'matching', $2, now(), $3)`, [
    id, y.age < 16 ? 'parent_guardian' : 'youth', createdBy,
  ]);
  return id;
}

const NO_TRAITS: WorkTraits = {
  worksAlone: false, movesAround: false, handlesCash: false, logisticsHub: false, eveningWork: false,
  machines: false, servesAlcohol: false, heavyLifting: false, dangerousSubstances: false,
};

export type DemoVacancy = DemoEmployer['vacancy'];

interface DemoEmployer {
  kvk: string;
  sector: string;
  pc4: string;
  contact: string;
  vacancy: { kind: VacancyKind; title: string; description: string; hoursPerWeek: number; hoursPerDay: number; weekdays: string[]; start: string; end: string;
    wage: number | null; minimumAge: number; traits: Partial<WorkTraits>; vog: VacancyVog; skills: string[]; mentor: string; weeks: number;
    leerbedrijfId?: string; crebo?: string };
}

/** One open vacancy per demo employer, each with a different VOG situation. */
const DEMO_EMPLOYERS: Record<string, DemoEmployer> = {
  'Bakkerij Het Gouden Korstje': {
    kvk: '90000001', sector: 'C', pc4: '3072', contact: 'Petra Smit',
    vacancy: { kind: 'summer_job', title: 'Zomerhulp in de bakkerij', description: 'Broodjes smeren, de winkel bijvullen en klanten helpen. Je begint om 8 uur.',
      hoursPerWeek: 24, hoursPerDay: 6, weekdays: ['mon', 'tue', 'wed', 'thu'], start: '08:00', end: '14:00', wage: 7.5, minimumAge: 16,
      traits: {}, vog: { basis: 'not_asked', functionAspects: [], paidBy: 'employer' }, skills: ['customer_contact'], mentor: 'Petra', weeks: 4 },
  },
  'Fietsenmakerij Trapvast': {
    kvk: '90000002', sector: 'G', pc4: '3081', contact: 'Kees Jansen',
    vacancy: { kind: 'bbl_place', title: 'BBL fietstechnicus (niveau 2)', description: 'Vier dagen in de werkplaats: banden, remmen, versnellingen. Eén dag naar school. Kees leert je het vak.',
      hoursPerWeek: 32, hoursPerDay: 8, weekdays: ['mon', 'tue', 'wed', 'thu'], start: '08:00', end: '16:30', wage: 8, minimumAge: 16,
      traits: { machines: true }, vog: { basis: 'not_asked', functionAspects: [], paidBy: 'employer' }, skills: ['order_picking'], mentor: 'Kees', weeks: 52,
      leerbedrijfId: '100200300', crebo: '25230' },
  },
  'Buurtsuper De Hoek': {
    kvk: '90000003', sector: 'G', pc4: '3011', contact: 'Mehmet Yilmaz',
    vacancy: { kind: 'job', title: 'Kassamedewerker', description: 'Je helpt klanten aan de kassa en vult de schappen. Rustige buurtwinkel.',
      hoursPerWeek: 16, hoursPerDay: 8, weekdays: ['thu', 'fri'], start: '12:00', end: '20:00', wage: 9.5, minimumAge: 16,
      traits: { handlesCash: true }, vog: { basis: 'employer_choice', functionAspects: [21], paidBy: 'employer' }, skills: ['customer_contact'], mentor: 'Mehmet', weeks: 26 },
  },
};

async function seedDemoEmployer(m: EntityManager, regionId: string, orgId: string, name: string, userId: string): Promise<void> {
  const d = DEMO_EMPLOYERS[name];
  if (!d) return;
  await m.query(
    `INSERT INTO employer (id, region_id, kvk, sector, locations, size_class, contact_name, status) VALUES ($1, $2, $3, $4, $5, '1-9', $6, 'active')
     ON CONFLICT (id) DO NOTHING`,
    [orgId, regionId, d.kvk, d.sector, [d.pc4], d.contact],
  );
  await m.query(`INSERT INTO pledge_acceptance (employer_id, version, accepted_by) SELECT $1, max(version), $2 FROM pledge_version ON CONFLICT DO NOTHING`, [orgId, userId]);
  if ((await m.query<unknown[]>(`SELECT 1 FROM vacancy WHERE employer_id = $1`, [orgId])).length) return;
  await insertDemoVacancy(m, regionId, orgId, userId, d.sector, d.pc4, d.vacancy, 2);
}

/** An open vacancy of a demo employer, from next year's 6 July for `v.weeks` weeks. Returns its id. */
export async function insertDemoVacancy(m: EntityManager, regionId: string, orgId: string, userId: string, sector: string, pc4: string, v: DemoVacancy, places: number): Promise<string> {
  const year = new Date().getUTCFullYear() + 1;
  const startDate = `${year}-07-06`;
  const endDate = new Date(Date.parse(`${startDate}T00:00:00Z`) + (v.weeks * 7 - 1) * 86_400_000).toISOString().slice(0, 10);
  const schedule = { weekdays: v.weekdays, earliestStart: v.start, latestEnd: v.end, weekends: v.weekdays.includes('sat') };
  const traits = { ...NO_TRAITS, ...v.traits };
  const workload = { kind: v.kind, startDate, endDate, hoursPerWeek: v.hoursPerWeek, hoursPerDay: v.hoursPerDay, schedule, traits, duringSchoolWeeks: v.kind !== 'summer_job' } as Parameters<typeof minimumLegalAge>[0];
  const legal = minimumLegalAge(workload);
  const { id } = onlyRow<{ id: string }>(
    await m.query(
      `INSERT INTO vacancy (region_id, employer_id, kind, title, description, sector, pc4, start_date, end_date, hours_per_week, hours_per_day, schedule, traits,
         during_school_weeks, places, hourly_wage, skills, languages, employer_min_age, min_legal_age, min_legal_age_reasons, mentor_name, first_week, vog, vog_basis,
         status, created_by, opened_at, leerbedrijf_id, crebo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $26, $15, $16, '{nl}', $17, $18, $19, $20, 'De eerste dag loop je mee met je begeleider.', $21, $22, 'open', $23, now(), $24, $25)
       RETURNING id`,
      [regionId, orgId, v.kind, v.title, v.description, sector, pc4, startDate, endDate, v.hoursPerWeek, v.hoursPerDay, schedule, traits, workload.duringSchoolWeeks,
        v.wage, v.skills, Math.max(v.minimumAge, legal.age), legal.age, JSON.stringify(legal.reasons), v.mentor, v.vog, v.vog.basis, userId, v.leerbedrijfId ?? null, v.crebo ?? null, places],
    ),
    'the new demo vacancy',
  );
  return id;
}

/**
 * Safe to run again: finds what exists and resets the demo passwords. With a cipher it also
 * registers three made-up youths for the first coach (once).
 */
export async function seedDemo(ds: DataSource, cipher?: DataCipher): Promise<{ email: string; role: Role; organisation: string }[]> {
  return ds.transaction(async (m) => {
    const region = await ensureRegion(m, DEMO_REGION.code, DEMO_REGION.name);
    const logins: { email: string; role: Role; organisation: string }[] = [];
    for (const o of DEMO_ORGS) {
      const org = await ensureOrganisation(m, region, o.kind, o.name);
      for (const u of o.users) {
        const account = await ensureAccount(m, org, { ...u, password: DEMO_PASSWORD });
        logins.push({ email: u.email, role: u.role, organisation: o.name });
        if (o.kind === 'employer') await seedDemoEmployer(m, region.id, org.id, o.name, account.id);
        if (cipher && u.role === 'coach' && o === DEMO_ORGS.find((d) => d.kind === 'coaching')) {
          await seedDemoYouths(m, cipher, region.id, org.id, account.id);
        }
      }
    }
    return logins;
  });
}
