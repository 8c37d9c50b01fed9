/**
 * The rules core's answers, pinned: what a youth, a coach and an employer read (the VOG guidance
 * of every basis, legal field, payer, helper and WSP contact; the guidance by kind; the employer's
 * nudge; the coach's indication over a grid of concerns, ages and dates), the labour-law age with
 * its reasons for a fixed sample of workloads (drawn by a small generator of its own, so the
 * sample never changes with a library), the holiday weeks of a year, and the legal VOG duty and
 * suggestions. A change to a sentence, a figure, a boundary or a source changes the answers; when
 * the change is meant, write them again with `UPDATE_GOLDEN=1` and review the difference.
 * Texts are kept once in `texts` and referred to by number, so the file stays readable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VACANCY_KINDS, VOG_BASES, WEEKDAYS, type VacancyVog, type VacancyWorkload, type WorkTraits } from '../vacancy.model.js';
import { holidayWeeksProblem, LABOUR_RULES_VERSION, minimumLegalAge, SCHOOL_HOURS_COUNTED, YOUTH_LABOUR_RULES } from './labour-law.js';
import { employerVogNudge, offenceCategoryLabel, type VogGuide, vogGuidance, vogGuidanceForKind, type WspContact, vogSummary } from './vog-guidance.js';
import { vogIndicationForYouth } from './vog-indication.js';
import { LEGAL_VOG_RULES, type LegalVogInput, legalVogDuty, legalVogSuggestions, sbiSectionOf } from './vog-legal.js';
import {
  FUNCTION_ASPECTS,
  OFFENCE_CATEGORIES,
  type OffenceCategory,
  VOG_DECISION,
  VOG_FEE_UNCONFIRMED,
  VOG_FEES,
  VOG_FIELD_LOOK_BACK,
  VOG_LOOK_BACK,
  VOG_ROUTES,
} from './vog-rules.js';
import { vacancyVog, vogSummaryLine } from './vacancy-vog.js';

const GOLDEN = fileURLToPath(new URL('./golden.json', import.meta.url));

/** A small seeded generator (a linear congruential one): the same picks in every version. */
function picker(seed: number): <T>(xs: readonly T[]) => T {
  let s = seed >>> 0;
  return (xs) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return xs[s % xs.length]!;
  };
}

function answers(): { texts: string[]; answers: Record<string, unknown> } {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const t = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = texts.length;
      texts.push(text);
      index.set(text, i);
    }
    return i;
  };
  const out: Record<string, unknown> = {};

  // The rule tables themselves, with their sources and dates (the words that suggest a legal field are tested by what they match, below).
  out.tables = JSON.parse(
    JSON.stringify({
      LABOUR_RULES_VERSION,
      SCHOOL_HOURS_COUNTED,
      YOUTH_LABOUR_RULES,
      LEGAL_VOG_RULES: LEGAL_VOG_RULES.map(({ suggestedBy: _words, applies: _applies, ...rule }) => rule),
      VOG_FEES,
      VOG_FEE_UNCONFIRMED,
      VOG_LOOK_BACK,
      VOG_FIELD_LOOK_BACK,
      VOG_ROUTES,
      FUNCTION_ASPECTS,
      VOG_DECISION,
    }),
  ) as unknown;

  // VOG guidance of a vacancy.
  const vogs: [string, VacancyVog][] = [
    ['legal childcare', { basis: 'legal_requirement', legalSector: 'childcare', functionAspects: [86], paidBy: 'employer' }],
    ['legal education', { basis: 'legal_requirement', legalSector: 'education', functionAspects: [], paidBy: 'youth_reimbursed' }],
    ['legal taxi', { basis: 'legal_requirement', legalSector: 'taxi', functionAspects: [63], paidBy: 'youth' }],
    ['legal, no field', { basis: 'legal_requirement', functionAspects: [], paidBy: 'employer' }],
    ['choice, no tasks', { basis: 'employer_choice', functionAspects: [], paidBy: 'youth' }],
    ['choice, one task', { basis: 'employer_choice', functionAspects: [21], paidBy: 'employer' }],
    ['choice, tasks and an unknown one', { basis: 'employer_choice', functionAspects: [21, 84, 99], paidBy: 'youth_reimbursed' }],
    ['choice, a profile', { basis: 'employer_choice', functionAspects: [], screeningProfile: 45, paidBy: 'employer' }],
    ['not asked', { basis: 'not_asked', functionAspects: [], paidBy: 'employer' }],
  ];
  const contacts: (WspContact | null)[] = [
    null,
    { kind: 'person', name: 'Sanne de Vries', email: 'sanne@wsp.example', phone: '010 123 45 67' },
    { kind: 'organisation', name: 'WSP Rijnmond', email: 'vog@wsp.example' },
    { kind: 'organisation', name: 'Werkgeversservicepunt Noord', phone: '050 765 43 21' },
    { kind: 'person', name: 'Ali Yilmaz', phone: '06 12 34 56 78' },
    { kind: 'organisation', name: 'Servicepunt Werk' },
  ];
  const guides: (VogGuide | undefined)[] = ['coach', 'wsp', 'any', undefined];
  const guidance = (vog: VacancyVog, onDate: string, wspContact: WspContact | null, guide: VogGuide | undefined) => {
    const g = vogGuidance(vog, { onDate, wspContact, guide });
    const lang = (x: typeof g.nl) => [t(x.summary), ...x.sections.map((s) => [t(`${s.title}: ${s.body}`), s.sources.map((src) => t(`${src.validFrom} ${src.source}`))])];
    return { version: g.version, asked: g.asked, guide: g.guide, nl: lang(g.nl), en: lang(g.en) };
  };
  vogs.forEach(([name, vog], i) => {
    for (const onDate of ['2023-06-01', '2027-05-01']) {
      out[`guidance ${name} ${onDate}`] = guidance(vog, onDate, contacts[i % contacts.length]!, guides[i % guides.length]);
    }
  });
  contacts.forEach((c, i) => guides.forEach((g) => (out[`guidance help ${i} ${g}`] = guidance(vogs[6]![1], '2027-05-01', c, g))));
  for (const kind of VACANCY_KINDS) {
    for (const onDate of ['2023-06-01', '2027-05-01']) {
      const g = vogGuidanceForKind(kind, onDate);
      out[`guidance for ${kind} ${onDate}`] = [g.nl, g.en].map((x) => [t(x.summary), ...x.sections.map((s) => [t(`${s.title}: ${s.body}`), s.sources.map((src) => t(`${src.validFrom} ${src.source}`))])]);
    }
  }
  out.summaries = VOG_BASES.map((b) => [vogSummary(b), vogSummaryLine({ basis: b }), vacancyVog({ id: 'v1', vog: { basis: b } }, 'nl'), vacancyVog({ id: 'v1', vog: { basis: b } }, 'en')]);
  out.nudges = vogs.map(([name, vog]) => [name, employerVogNudge(vog)]);
  out.categories = OFFENCE_CATEGORIES.map((c) => [offenceCategoryLabel(c, 'nl'), offenceCategoryLabel(c, 'en')]);

  // The coach's indication.
  const indicationVogs = vogs.filter(([name]) => ['legal childcare', 'legal taxi', 'choice, no tasks', 'choice, one task'].includes(name));
  const categories: (OffenceCategory | undefined)[] = [undefined, 'property', 'violence', 'drugs', 'sexual', 'fraud', 'traffic'];
  const last = (onDate: string, yearsAgo: number) => `${Number(onDate.slice(0, 4)) - Math.floor(yearsAgo)}-${yearsAgo % 1 ? '01' : onDate.slice(5, 7)}-${onDate.slice(8, 10)}`;
  const indications: string[] = [];
  for (const [name, vog] of indicationVogs) {
    for (const onDate of ['2023-06-01', '2027-05-01']) {
      for (const age of [17, 23]) {
        for (const level of ['none', 'possible'] as const) {
          for (const category of level === 'none' ? [undefined] : categories) {
            for (const ago of level === 'none' ? [null] : [null, 1, 2, 3.5, 4, 6]) {
              const concern = { level, offenceCategory: category, lastOffenceDate: ago === null ? undefined : last(onDate, ago) };
              const r = vogIndicationForYouth({ vog, concern, youthAgeAtApplication: age, onDate });
              indications.push(`${name} ${onDate} ${age} ${level} ${category ?? '-'} ${concern.lastOffenceDate ?? '-'}: ${r.code} ${t(r.reason.nl)} ${t(r.reason.en)}`);
            }
          }
        }
      }
    }
  }
  // 'possible' and 'likely' are one to the indication, and a vacancy that asks for no VOG needs none whatever the concern.
  for (const [level, vog] of [['likely', vogs[5]![1]], ['likely', vogs[8]![1]], ['none', vogs[8]![1]]] as const) {
    const r = vogIndicationForYouth({ vog, concern: { level, offenceCategory: 'property', lastOffenceDate: '2026-01-01' }, youthAgeAtApplication: 19, onDate: '2027-05-01' });
    indications.push(`${vog.basis} ${level}: ${r.code} ${t(r.reason.nl)} ${t(r.reason.en)}`);
  }
  out.indications = indications;

  // The labour-law age of a fixed sample of workloads.
  const pick = picker(20261203);
  const traitNames: (keyof WorkTraits)[] = ['worksAlone', 'movesAround', 'handlesCash', 'logisticsHub', 'eveningWork', 'machines', 'servesAlcohol', 'heavyLifting', 'dangerousSubstances'];
  const times: [string, string][] = [
    ['09:00', '13:00'], ['09:00', '13:00'], ['10:00', '17:00'], ['07:00', '12:00'], ['06:30', '12:00'], ['18:30', '19:00'], ['20:30', '21:00'], ['13:00', '07:30'], ['07:00', '19:00'], ['08:00', '20:00'], ['18:00', '21:00'], ['18:00', '22:00'], ['16:00', '23:30'],
    ['22:00', '02:00'], ['05:00', '09:00'], ['23:00', '06:00'], ['06:00', '23:00'], ['12:00', '24:00'], ['19:00', '21:00'], ['00:00', '06:00'],
  ];
  const weekdaySets: (typeof WEEKDAYS)[number][][] = [['mon', 'tue', 'wed', 'thu', 'fri'], ['sat'], ['sat'], ['mon', 'wed'], ['mon', 'tue', 'wed', 'thu', 'fri', 'fri'], [...WEEKDAYS], ['mon', 'tue', 'wed', 'thu', 'sun'], ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], ['sat', 'sun'], ['wed'], []];
  const workloads: string[] = [];
  for (let n = 0; n < 500; n++) {
    const [earliestStart, latestEnd] = pick(times);
    const weekdays = pick(weekdaySets);
    const traits = Object.fromEntries(traitNames.map((k) => [k, false])) as unknown as WorkTraits;
    const trait = pick([null, null, null, null, null, null, null, null, ...traitNames]);
    if (trait) traits[trait] = true;
    const startDate = pick(['2026-07-06', '2026-09-01', '2027-01-04']);
    const days = pick([1, 12, 21, 28, 29, 35, 42, 120]);
    let w: VacancyWorkload = {
      kind: pick(VACANCY_KINDS),
      startDate,
      endDate: new Date(Date.parse(`${startDate}T00:00:00Z`) + (days - 1) * 86_400_000).toISOString().slice(0, 10),
      hoursPerDay: pick([0, 1.5, 2, 2, 2.5, 3, 4, 4, 6, 7, 7.5, 8, 8.5, 9, 9.5, 10, 12, 12.25, 13]),
      hoursPerWeek: pick([0, 6, 8, 10, 12, 12, 12.5, 15, 20, 20, 30, 35, 37, 40, 41, 45, 46, 48, 50, 55, 56, 60, 61]),
      schedule: { weekdays, earliestStart, latestEnd, weekends: weekdays.includes('sat') || weekdays.includes('sun') },
      traits,
      duringSchoolWeeks: pick([false, true]),
    };
    // The second half: light work a 13-year-old may do, with one thing drawn heavier.
    if (n >= 250) {
      const light: VacancyWorkload = { ...w, kind: 'summer_job', startDate: '2026-07-06', endDate: '2026-07-17', hoursPerDay: 4, hoursPerWeek: 20, duringSchoolWeeks: false, schedule: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], earliestStart: '09:00', latestEnd: '13:00', weekends: false }, traits: Object.fromEntries(traitNames.map((k) => [k, false])) as unknown as WorkTraits };
      const which = pick(['day', 'week', 'times', 'days', 'trait', 'period', 'school', 'school'] as const);
      w = which === 'day' ? { ...light, hoursPerDay: w.hoursPerDay } : which === 'week' ? { ...light, hoursPerWeek: w.hoursPerWeek } : which === 'times' ? { ...light, schedule: { ...light.schedule, earliestStart, latestEnd } }
        : which === 'days' ? { ...light, schedule: { ...light.schedule, weekdays, weekends: w.schedule.weekends } } : which === 'trait' ? { ...light, traits: w.traits } : which === 'period' ? { ...light, endDate: w.endDate, startDate: w.startDate }
        : { ...light, duringSchoolWeeks: true, kind: w.kind, hoursPerDay: pick([0, 1.5, 2, 2.5, 4]), hoursPerWeek: pick([8, 12, 12.5, 20, 37, 40, 45, 46]), schedule: { ...light.schedule, weekdays, weekends: w.schedule.weekends } };
    }
    const { age, reasons } = minimumLegalAge(w);
    const heavy = traitNames.filter((k) => w.traits[k]).join(',') || 'light';
    const input = `${w.kind} ${w.startDate}..${w.endDate} ${w.hoursPerDay}h/d ${w.hoursPerWeek}h/w ${w.schedule.earliestStart}-${w.schedule.latestEnd} ${w.schedule.weekdays.join(',') || 'no days'} ${heavy} ${w.duringSchoolWeeks ? 'school weeks' : 'holidays'}`;
    workloads.push(`${input} => ${age} ${reasons.map((r) => `[${r.age} ${r.code} ${t(r.text.nl)} ${t(r.text.en)} ${t(r.source)}]`).join(' ')}`);
  }
  out.workloads = workloads;
  const summer = (start: string, end: string, age: number) => ({ startDate: start, endDate: end, age });
  out.holidayWeeks = [
    [summer('2026-07-06', '2026-07-26', 14), summer('2026-08-03', '2026-08-16', 14)],
    [summer('2026-07-06', '2026-07-26', 14), summer('2026-08-03', '2026-08-09', 14)],
    [summer('2026-07-06', '2026-07-26', 14), summer('2026-08-03', '2026-08-23', 15)],
    [summer('2026-07-06', '2026-08-09', 15), summer('2026-08-10', '2026-08-23', 15)],
    [summer('2026-07-06', '2026-08-09', 15), summer('2026-10-12', '2026-10-18', 16)],
    [summer('2026-07-06', '2026-08-09', 16), summer('2026-08-10', '2026-08-23', 14)],
    [summer('2026-07-06', '2026-08-02', 14), summer('2027-07-05', '2027-08-01', 14)],
    [summer('2026-07-06', '2026-08-30', 17)],
  ].map((periods) => holidayWeeksProblem(periods));

  // Where the law requires a VOG, and what the words suggest.
  const bakery: LegalVogInput = { sector: 'I', sbiCode: null, kind: 'summer_job', functionAspects: [], title: 'Hulp', description: 'Broodjes smeren.' };
  const phrases = [
    'kinderopvang', 'kinderdagverblijf', 'de kdv', 'kdvs', 'de bso', 'bsoer', 'buitenschoolse opvang', 'gastouder', 'peuterspeelzaal', 'pedagogisch medewerker',
    'onderwijsassistent', 'klassenassistent', 'leraar', 'oudleraar', 'lerares', 'docent', 'concierge', 'conciërge', 'op een school', 'op de basisschool', 'op de school', 'schoolkantine',
    'taxi', 'Rotaxi', 'chauffeurskaart', 'personenvervoer', 'leerlingenvervoer', 'zorgvervoer', 'doelgroepenvervoer', 'broodjes', 'na school',
  ];
  out.suggestions = phrases.flatMap((p) => [
    `${p} (title): ${legalVogSuggestions({ ...bakery, title: `Wij zoeken: ${p}.` }).map((r) => r.field).join(',')}`,
    `${p} (description, with the data of every field): ${legalVogSuggestions({ ...bakery, sector: 'P', sbiCode: '49.32', functionAspects: [86], description: p }).map((r) => r.field).join(',')}`,
  ]);
  const duties: [string, Partial<LegalVogInput>][] = [
    ['88.91', { sbiCode: '88.91' }], ['88.911', { sbiCode: '88.911' }], ['88.9', { sbiCode: '88.9' }], ['aspect 86', { functionAspects: [86] }], ['aspect 84', { functionAspects: [84] }],
    ['P', { sector: 'P' }], ['85', { sbiCode: '85' }], ['85.31', { sbiCode: '85.31' }], ['8', { sbiCode: '8' }], ['49.32', { sbiCode: '49.32' }], ['49.321', { sbiCode: '49.321' }],
    ['49.3', { sbiCode: '49.3' }], ['empty code', { sbiCode: '' }], ['no code', { sbiCode: null }],
  ];
  out.duties = duties.map(([name, over]) => `${name}: ${legalVogDuty({ ...bakery, ...over })?.field ?? '-'}`);
  out.sections = Array.from({ length: 100 }, (_, d) => `${String(d).padStart(2, '0')}:${sbiSectionOf(`${String(d).padStart(2, '0')}.1`) ?? '-'}`).join(' ');
  return { texts, answers: out };
}

describe('the rules core, pinned', () => {
  it('gives the same texts, ages, reasons and duties as written in golden.json', () => {
    const got = answers();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(got, null, 1)}\n`);
    const want = JSON.parse(readFileSync(GOLDEN, 'utf8')) as typeof got;
    expect(got.texts).toHaveLength(want.texts.length);
    for (let i = 0; i < want.texts.length; i++) expect([i, got.texts[i]]).toEqual([i, want.texts[i]]);
    for (const key of Object.keys(want.answers)) expect([key, got.answers[key]]).toEqual([key, want.answers[key]]);
    expect(Object.keys(got.answers)).toEqual(Object.keys(want.answers));
  });
});
