import type TestAgent from 'supertest/lib/agent.js';
import { bearer, type Tokens } from './fixtures.js';

/** A date of birth that makes the youth `age` today (birthday a month ago). */
export function birthDateForAge(age: number, now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() - age, now.getUTCMonth(), now.getUTCDate()));
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 10);
}

export interface Vocab {
  skills: string[];
  interests: string[];
  riskFactors: string[];
}

export async function vocabulary(http: () => TestAgent, coach: Tokens): Promise<Vocab> {
  const v = await http().get('/vocabulary/skills').set(...bearer(coach)).expect(200);
  const terms = v.body.terms as { code: string; kind: string }[];
  const r = await http().get('/vocabulary/risk-factors').set(...bearer(coach)).expect(200);
  return {
    skills: terms.filter((t) => t.kind === 'skill').map((t) => t.code),
    interests: terms.filter((t) => t.kind === 'interest').map((t) => t.code),
    riskFactors: (r.body as { code: string }[]).map((f) => f.code),
  };
}

export function youthBody(vocab: Vocab, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dateOfBirth: birthDateForAge(17),
    pc4: '3072',
    education: { level: 'mbo_2', status: 'enrolled', school: 'Zadkine', track: 'Medewerker horeca', crebo: '25180' },
    skills: vocab.skills.slice(0, 2),
    interests: vocab.interests.slice(0, 1),
    otherSkills: 'kan goed met mensen',
    languages: ['nl', 'en'],
    availability: [{ from: '2027-07-05', to: '2027-08-13', hoursPerWeek: 24, weekdays: ['mon', 'tue', 'wed'], period: 'holiday' }],
    wishedKinds: ['summer_job', 'job'],
    maxTravelKm: 10,
    motivation: 'Ik wil graag werken en geld verdienen voor mijn rijbewijs.',
    identity: { firstName: 'Sami', lastName: 'de Boer', phone: '+31612345678', email: 'sami@example.test', preferredContact: 'phone' },
    ...overrides,
  };
}

export async function registerYouth(http: () => TestAgent, coach: Tokens, vocab: Vocab, overrides: Record<string, unknown> = {}): Promise<{ id: string; version: number; pseudonym: string }> {
  const res = await http().post('/youths').set(...bearer(coach)).send(youthBody(vocab, overrides));
  if (res.status !== 201) throw new Error(`register answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; pseudonym: string };
}

export async function consent(http: () => TestAgent, coach: Tokens, youthId: string, scope: 'matching' | 'introductions' = 'matching'): Promise<string> {
  const res = await http().post(`/youths/${youthId}/consents`).set(...bearer(coach)).send({ scope, givenBy: 'youth' });
  if (res.status !== 201) throw new Error(`consent answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}
