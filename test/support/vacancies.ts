import type TestAgent from 'supertest/lib/agent.js';
import { bearer, type Tokens } from './fixtures.js';

export const NO_TRAITS = {
  worksAlone: false, movesAround: false, handlesCash: false, logisticsHub: false, eveningWork: false,
  machines: false, servesAlcohol: false, heavyLifting: false, dangerousSubstances: false,
};

/** A summer job in a bakery: holiday weekdays 09:00–15:00, open from 15, no VOG. */
export function vacancyBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'summer_job',
    title: 'Hulp in de bakkerij',
    description: 'Je helpt in de winkel en achter: broodjes smeren, vakken vullen, klanten helpen.',
    sector: 'I',
    pc4: '3072',
    startDate: '2027-07-05',
    endDate: '2027-08-13',
    hoursPerWeek: 24,
    hoursPerDay: 6,
    schedule: { weekdays: ['mon', 'tue', 'wed', 'thu'], earliestStart: '09:00', latestEnd: '15:00', weekends: false },
    traits: NO_TRAITS,
    duringSchoolWeeks: false,
    places: 2,
    hourlyWage: 8.5,
    skills: [],
    languages: ['nl'],
    minimumAge: 16,
    mentorName: 'Petra',
    firstWeek: 'De eerste dag loop je mee met Petra.',
    vog: { basis: 'not_asked', functionAspects: [], paidBy: 'employer' },
    ...overrides,
  };
}

export async function acceptPledge(http: () => TestAgent, employer: Tokens, employerId: string): Promise<void> {
  const p = await http().get('/pledge').set(...bearer(employer)).expect(200);
  await http().post(`/employers/${employerId}/pledge`).set(...bearer(employer)).send({ version: p.body.version }).expect(200);
}

/** Posts, submits and approves a vacancy; the employer must have accepted the pledge. */
export async function openVacancy(http: () => TestAgent, employer: Tokens, wsp: Tokens, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await http().post('/vacancies').set(...bearer(employer)).send(vacancyBody(overrides));
  if (res.status !== 201) throw new Error(`vacancy answered ${res.status}: ${JSON.stringify(res.body)}`);
  const id = res.body.id as string;
  await http().post(`/vacancies/${id}/submit`).set(...bearer(employer)).expect(200);
  await http().post(`/vacancies/${id}/approve`).set(...bearer(wsp)).send({}).expect(200);
  return id;
}
