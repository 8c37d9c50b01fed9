import { type DataCipher, Clock } from '@startbaan/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { MonitoringService } from '@startbaan/programmes';
import { DEMO_REGION, type DemoVacancy, type DemoYouth, insertDemoVacancy, insertDemoYouth } from './demo-seed.js';

const YEAR = new Date().getUTCFullYear() + 1;

/** The demo's summer programme, in the summer of the demo vacancies. */
export const DEMO_PROGRAMME_NAME = `Zomerbanen ${YEAR}`;

const DAY_MS = 86_400_000;

/** Summer jobs two demo employers add for the programme (the bakery's summer job is the third). */
const PROGRAMME_VACANCIES: { employer: string; sector: string; pc4: string; places: number; vacancy: DemoVacancy }[] = [
  {
    employer: 'Fietsenmakerij Trapvast', sector: 'G', pc4: '3081', places: 3,
    vacancy: { kind: 'summer_job', title: 'Zomerhulp fietsverhuur', description: 'Fietsen uitgeven en innemen, banden oppompen, klanten de weg wijzen.',
      hoursPerWeek: 24, hoursPerDay: 6, weekdays: ['mon', 'tue', 'wed', 'thu'], start: '09:00', end: '15:00', wage: 7.5, minimumAge: 15,
      traits: {}, vog: { basis: 'not_asked', functionAspects: [], paidBy: 'employer' }, skills: ['customer_contact'], mentor: 'Kees', weeks: 6 },
  },
  {
    employer: 'Buurtsuper De Hoek', sector: 'G', pc4: '3011', places: 3,
    vacancy: { kind: 'summer_job', title: 'Vakkenvuller in de zomer', description: 'Schappen vullen, houdbaarheid controleren en de winkel netjes houden.',
      hoursPerWeek: 20, hoursPerDay: 5, weekdays: ['mon', 'tue', 'wed', 'thu'], start: '08:00', end: '13:00', wage: 7.5, minimumAge: 15,
      traits: {}, vog: { basis: 'not_asked', functionAspects: [], paidBy: 'employer' }, skills: [], mentor: 'Mehmet', weeks: 6 },
  },
];

type Stage = 'proposed' | 'viewed' | 'declined' | 'withdrawn' | 'introduced' | 'no_show' | 'showed_up' | 'offered' | 'placed';

interface ProgrammeYouth {
  who: 'brug' | 'nieuwekans' | 'intake';
  name: [string, string];
  age: number;
  pc4: string;
  priority: boolean;
  /** Indexes into the programme's vacancies: the bakery (0), the bike rental (1), the shop (2). */
  choices: number[];
  /** How far the proposal for the first choice got; none when absent. */
  stage?: Stage;
}

/**
 * Made-up youths: enrolled by the two coaching organisations before the programme opened, and from
 * open intake after. Youths from open intake have no coach, so no sealed record and never priority.
 */
const PROGRAMME_YOUTHS: ProgrammeYouth[] = [
  { who: 'brug', name: ['Noah', 'Zomer'], age: 16, pc4: '3072', priority: true, choices: [0, 2], stage: 'placed' },
  { who: 'brug', name: ['Sara', 'Fictief'], age: 17, pc4: '3072', priority: false, choices: [1], stage: 'offered' },
  { who: 'brug', name: ['Ilias', 'Verzonnen'], age: 15, pc4: '3081', priority: true, choices: [2, 1], stage: 'no_show' },
  { who: 'brug', name: ['Emma', 'Demo'], age: 18, pc4: '3081', priority: false, choices: [1, 0], stage: 'showed_up' },
  { who: 'brug', name: ['Lucas', 'Proefmans'], age: 16, pc4: '3011', priority: false, choices: [0], stage: 'declined' },
  { who: 'brug', name: ['Fenna', 'Bedacht'], age: 19, pc4: '3111', priority: true, choices: [2], stage: 'viewed' },
  { who: 'brug', name: ['Mo', 'Steekproef'], age: 17, pc4: '3111', priority: false, choices: [1], stage: 'proposed' },
  { who: 'brug', name: ['Lina', 'Oefen'], age: 16, pc4: '3072', priority: false, choices: [0, 1, 2] },
  { who: 'nieuwekans', name: ['Jayden', 'Voorbeeldt'], age: 18, pc4: '3131', priority: true, choices: [2], stage: 'placed' },
  { who: 'nieuwekans', name: ['Aya', 'Schets'], age: 17, pc4: '3111', priority: true, choices: [1], stage: 'showed_up' },
  { who: 'nieuwekans', name: ['Tim', 'Ontwerp'], age: 20, pc4: '3131', priority: false, choices: [0], stage: 'withdrawn' },
  { who: 'nieuwekans', name: ['Zoë', 'Kladblok'], age: 16, pc4: '3072', priority: false, choices: [2], stage: 'introduced' },
  { who: 'intake', name: ['Sem', 'Aanmelding'], age: 16, pc4: '3072', priority: false, choices: [1, 2] },
  { who: 'intake', name: ['Nora', 'Inschrijving'], age: 15, pc4: '3081', priority: false, choices: [0] },
  { who: 'intake', name: ['Daan', 'Zelfstart'], age: 17, pc4: '3011', priority: false, choices: [2] },
  { who: 'intake', name: ['Hiba', 'Openluik'], age: 18, pc4: '3111', priority: false, choices: [1] },
  { who: 'intake', name: ['Rayan', 'Webformulier'], age: 16, pc4: '3072', priority: false, choices: [] },
  { who: 'intake', name: ['Mila', 'Loket'], age: 19, pc4: '3011', priority: false, choices: [0, 1] },
  { who: 'intake', name: ['Ravi', 'Balie'], age: 17, pc4: '3081', priority: false, choices: [2] },
  { who: 'intake', name: ['Liv', 'Startpunt'], age: 15, pc4: '3131', priority: false, choices: [1] },
];

/** The proposal's path to each stage, as the transition table allows it. */
const PATH: Record<Stage, string[]> = {
  proposed: ['proposed'],
  viewed: ['proposed', 'viewed'],
  declined: ['proposed', 'viewed', 'declined'],
  withdrawn: ['proposed', 'viewed', 'withdrawn'],
  introduced: ['proposed', 'viewed', 'invited', 'introduced'],
  no_show: ['proposed', 'viewed', 'invited', 'introduced', 'interview_planned'],
  showed_up: ['proposed', 'viewed', 'invited', 'introduced', 'interview_planned', 'interviewed'],
  offered: ['proposed', 'viewed', 'invited', 'introduced', 'interview_planned', 'interviewed', 'offered'],
  placed: ['proposed', 'viewed', 'invited', 'introduced', 'interview_planned', 'interviewed', 'offered', 'accepted', 'placed'],
};

const INTERVIEW_OUTCOME: Partial<Record<Stage, string>> = { no_show: 'no_show', showed_up: 'showed_up', offered: 'showed_up', placed: 'showed_up' };

const id = async (m: EntityManager, sql: string, params: unknown[]): Promise<string> => {
  const [row]: { id: string }[] = await m.query(sql, params);
  if (!row) throw new Error(`demo programme: nothing found for ${sql} ${JSON.stringify(params)}; run the demo seed first`);
  return row.id;
};

/**
 * The demo's summer programme, open for two weeks: youths from both coaching organisations and
 * from open intake, three summer jobs, proposals at every stage, a baseline snapshot from the
 * day it opened and this week's snapshot. Runs once: a second call finds the programme and stops.
 */
export async function seedDemoProgramme(ds: DataSource, cipher: DataCipher, clock = new Clock()): Promise<boolean> {
  const monitoring = new MonitoringService(ds, clock);
  return ds.transaction(async (m) => {
    const regionId = await id(m, `SELECT id FROM region WHERE code = $1`, [DEMO_REGION.code]);
    if ((await m.query<unknown[]>(`SELECT 1 FROM programme WHERE region_id = $1 AND name = $2`, [regionId, DEMO_PROGRAMME_NAME])).length) return false;
    const user = (email: string) => id(m, `SELECT id FROM user_account WHERE email = $1`, [email]);
    const org = (name: string) => id(m, `SELECT id FROM organisation WHERE region_id = $1 AND name = $2`, [regionId, name]);
    const wspUser = await user('wsp@voorbeeld.startbaan.test');
    const coaches = {
      brug: { org: await org('Jongerenwerk De Brug'), user: await user('coach@debrug.startbaan.test') },
      nieuwekans: { org: await org('Stichting Nieuwe Kans'), user: await user('coach@nieuwekans.startbaan.test') },
      intake: { org: null, user: wspUser },
    };

    const bakery = await org('Bakkerij Het Gouden Korstje');
    const vacancies = [{ id: await id(m, `SELECT id FROM vacancy WHERE employer_id = $1 AND kind = 'summer_job'`, [bakery]), employerId: bakery, places: 2 }];
    for (const v of PROGRAMME_VACANCIES) {
      const employerId = await org(v.employer);
      const postedBy = await id(m, `SELECT id FROM user_account WHERE organisation_id = $1 ORDER BY created_at LIMIT 1`, [employerId]);
      vacancies.push({ id: await insertDemoVacancy(m, regionId, employerId, postedBy, v.sector, v.pc4, v.vacancy, v.places), employerId, places: v.places });
    }

    const now = clock.now();
    const openedAt = new Date(now.getTime() - 14 * DAY_MS);
    const programmeId = await id(
      m,
      `INSERT INTO programme (region_id, name, min_age, max_age, apply_from, apply_to, work_from, work_to, max_choices, summer_jobs_only, status, created_by, opened_at)
       VALUES ($1, $2, 15, 21, $3, $4, $5, $6, 3, true, 'open', $7, $8) RETURNING id`,
      [regionId, DEMO_PROGRAMME_NAME, openedAt.toISOString().slice(0, 10), `${YEAR}-05-31`, `${YEAR}-07-06`, `${YEAR}-08-28`, wspUser, openedAt.toISOString()],
    );
    for (const v of vacancies) {
      await m.query(`INSERT INTO programme_vacancy (programme_id, vacancy_id, places, enlisted_by) VALUES ($1, $2, $3, $4)`, [programmeId, v.id, v.places, wspUser]);
    }

    const enter = async (y: ProgrammeYouth): Promise<string> => {
      const coach = coaches[y.who];
      const youth: DemoYouth = {
        firstName: y.name[0], lastName: y.name[1], age: y.age, pc4: y.pc4, education: { level: 'vmbo', status: 'enrolled' }, skills: ['customer_contact'],
        interests: ['interest_selling'], kinds: ['summer_job'], motivation: 'Ik wil deze zomer werken en iets nieuws leren.', priority: y.priority,
      };
      const youthId = await insertDemoYouth(m, cipher, regionId, coach.org, coach.user, youth);
      await m.query(`INSERT INTO programme_entry (programme_id, youth_id, source, choices, entered_by) VALUES ($1, $2, $3, $4, $5)`, [
        programmeId, youthId, y.who === 'intake' ? 'intake' : 'coach', y.choices.map((i) => vacancies[i]!.id), coach.user,
      ]);
      return youthId;
    };

    // The coaches enrolled their youths while the programme was a draft: they are the baseline.
    const enrolled = new Map<ProgrammeYouth, string>();
    for (const y of PROGRAMME_YOUTHS.filter((x) => x.who !== 'intake')) enrolled.set(y, await enter(y));
    await monitoring.takeSnapshot(m, programmeId, 'baseline', openedAt);
    for (const y of PROGRAMME_YOUTHS.filter((x) => x.who === 'intake')) await enter(y);

    // Since then the coaches proposed their youths for their first choice.
    for (const [y, youthId] of enrolled) {
      if (!y.stage) continue;
      const coach = coaches[y.who];
      const vacancy = vacancies[y.choices[0]!]!;
      await m.query(`INSERT INTO youth_consent (youth_id, scope, given_by, given_at, recorded_by) VALUES ($1, 'introductions', 'youth', $2, $3)`, [youthId, openedAt, coach.user]);
      const path = PATH[y.stage];
      const outcome = INTERVIEW_OUTCOME[y.stage];
      const interview = outcome ? { at: new Date(now.getTime() - 3 * DAY_MS).toISOString(), place: 'Op de werkplek', outcome, history: [] } : null;
      const offer = path.includes('offered') ? { startDate: `${YEAR}-07-06`, endDate: `${YEAR}-08-14`, hoursPerWeek: 20, hourlyWage: 7.5 } : null;
      const proposalId = await id(
        m,
        `INSERT INTO proposal (region_id, vacancy_id, employer_id, youth_id, coach_organisation_id, proposed_by, note, state, interview, offer)
         VALUES ($1, $2, $3, $4, $5, $6, 'Gemotiveerd en betrouwbaar.', $7, $8, $9) RETURNING id`,
        [regionId, vacancy.id, vacancy.employerId, youthId, coach.org, coach.user, path[path.length - 1], interview, offer],
      );
      for (let i = 0; i < path.length; i++) {
        await m.query(`INSERT INTO proposal_transition (proposal_id, from_state, to_state, by_role) VALUES ($1, $2, $3, 'system')`, [proposalId, path[i - 1] ?? null, path[i]]);
      }
      if (y.stage === 'placed') {
        await m.query(
          `INSERT INTO placement (region_id, proposal_id, vacancy_id, employer_id, youth_id, start_date, end_date, hours_per_week, hourly_wage) VALUES ($1, $2, $3, $4, $5, $6, $7, 20, 7.5)`,
          [regionId, proposalId, vacancy.id, vacancy.employerId, youthId, offer!.startDate, offer!.endDate],
        );
      }
    }
    await monitoring.takeSnapshot(m, programmeId, 'weekly', now);
    return true;
  });
}
