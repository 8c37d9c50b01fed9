import type { VacancyVog } from '../vacancy.model.js';
import { VOG_BASES, VOG_PAYERS } from '../vacancy.model.js';
import { employerVogNudge, formatDay, renderFact, VOG_GUIDANCE_VERSION, VOG_GUIDES, type GuidanceFact, vogGuidance, vogGuidanceSentences } from './vog-guidance.js';
import { vogIndicationForYouth } from './vog-indication.js';
import { LEGAL_VOG_RULES } from './vog-legal.js';
import {
  FUNCTION_ASPECTS,
  VOG_DECISION,
  VOG_FEE_UNCONFIRMED,
  VOG_FIELD_LOOK_BACK,
  VOG_LOOK_BACK,
  VOG_ROUTES,
  lookBackYears,
  vogFeeOn,
  vogLookBackOn,
} from './vog-rules.js';

/**
 * Every fact a guidance sentence states is read here from the rule tables themselves (never from
 * the prose): the sentence must carry the table's value, written as the value's unit says, and
 * the source and start date of the row it comes from.
 */
type Row = { value: unknown; source: string; validFrom: string; words?: { nl: string; en: string } };

function fromTable(key: string, onDate: string): Row {
  const [table, ...path] = key.split('.');
  switch (table) {
    case 'VOG_FEES': {
      const row = vogFeeOn(onDate);
      return { value: row[path[0] as 'digitalEur' | 'paperEur' | 'validFrom'], source: row.source, validFrom: row.validFrom };
    }
    case 'VOG_FEE_UNCONFIRMED':
      return { value: VOG_FEE_UNCONFIRMED?.digitalEur, source: `${VOG_FEE_UNCONFIRMED?.seenIn} (unconfirmed)`, validFrom: vogFeeOn(onDate).validFrom };
    case 'VOG_LOOK_BACK': {
      const row = vogLookBackOn(onDate);
      if (path[0] === 'exceptions') {
        const e = row.exceptions.find((x) => x.category === path[1])!;
        return { value: path[2] === 'years' ? e.years : e.validFrom, source: row.source, validFrom: row.validFrom };
      }
      return { value: row[path[0] as 'generalYears' | 'under23Years' | 'youngAgeLimit'], source: row.source, validFrom: row.validFrom };
    }
    case 'VOG_FIELD_LOOK_BACK': {
      const row = VOG_FIELD_LOOK_BACK.find((r) => r.field === path[0])!;
      return { value: row.years, source: row.source, validFrom: row.validFrom };
    }
    case 'VOG_DECISION':
      return { value: VOG_DECISION[path[0] as keyof typeof VOG_DECISION], source: VOG_DECISION.source, validFrom: VOG_DECISION.validFrom };
    case 'VOG_ROUTES': {
      const row = VOG_ROUTES.find((r) => r.route === path[0])!;
      return { value: row[path[1] as keyof typeof row], source: row.source, validFrom: row.validFrom };
    }
    case 'LEGAL_VOG_RULES': {
      const row = LEGAL_VOG_RULES.find((r) => r.field === path[0])!;
      return { value: row.field, source: row.source, validFrom: row.validFrom, ...(path[1] === 'screening' ? { words: row.screening } : {}) };
    }
    case 'FUNCTION_ASPECTS': {
      const row = FUNCTION_ASPECTS.find((a) => a.code === Number(path[0]))!;
      return { value: row.code, source: row.source, validFrom: row.validFrom, words: { nl: row.nl, en: row.en } };
    }
  }
  throw new Error(`no table for fact ${key}`);
}

const variants: VacancyVog[] = [
  ...VOG_BASES.flatMap((basis) => VOG_PAYERS.map((paidBy): VacancyVog => ({ basis, paidBy, functionAspects: basis === 'not_asked' ? [] : [21, 61] }))),
  ...LEGAL_VOG_RULES.map((r): VacancyVog => ({ basis: 'legal_requirement', legalSector: r.field, paidBy: 'employer', functionAspects: [] })),
  // A legal duty the table has no field for: its sentences carry no field's facts.
  { basis: 'legal_requirement', paidBy: 'employer', functionAspects: [] },
  { basis: 'employer_choice', paidBy: 'youth', functionAspects: [], screeningProfile: 45 },
];
const days = ['2023-08-31', '2023-09-01', '2027-06-01'];
const wsp = { kind: 'organisation' as const, name: 'Werkgeversservicepunt Rijnmond', email: 'wsp@rijnmond.example', phone: '010 123 4567' };

function* everySentence() {
  for (const vog of variants)
    for (const onDate of days)
      for (const guide of VOG_GUIDES)
        for (const section of vogGuidanceSentences(vog, { onDate, wspContact: wsp, guide }))
          for (const sentence of section.sentences) yield { vog, onDate, guide, section, sentence };
}

/** The unit a fact is written in follows from the table's column: a fact whose unit is lost would not be checked in its sentence. */
const UNIT_OF_COLUMN: [RegExp, GuidanceFact['unit']][] = [
  [/years$/i, 'years'],
  [/^validFrom$/, 'day'],
  [/Eur$/, 'eur'],
  [/Weeks$/, 'weeks'],
  [/Days/, 'days'],
];
const unitOf = (key: string): GuidanceFact['unit'] => UNIT_OF_COLUMN.find(([column]) => column.test(key.split('.').at(-1)!))?.[1] ?? 'text';

function expectFact(f: GuidanceFact, sentence: { nl: string; en: string }, onDate: string): void {
  const row = fromTable(f.key, onDate);
  expect({ key: f.key, value: f.value, unit: f.unit }).toEqual({ key: f.key, value: row.value, unit: unitOf(f.key) });
  expect({ key: f.key, source: f.source, validFrom: f.validFrom }).toEqual({ key: f.key, source: row.source, validFrom: row.validFrom });
  for (const lang of ['nl', 'en'] as const) {
    const written = renderFact({ value: row.value as GuidanceFact['value'], unit: f.unit }, lang);
    if (written) expect(sentence[lang]).toContain(written);
    if (row.words) expect(sentence[lang]).toContain(row.words[lang]);
  }
}

describe('VOG guidance facts come from the rule tables', () => {
  it('every fact of every sentence is the table value, written in the sentence, with its row’s source and date', () => {
    let checked = 0;
    for (const { sentence, onDate } of everySentence()) {
      for (const f of sentence.facts) {
        expectFact(f, sentence, onDate);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('names the day from which a look-back exception counts only where it came after its rule (drugs, 1 September 2023), and "no limit" once', () => {
    const vog: VacancyVog = { basis: 'employer_choice', paidBy: 'employer', functionAspects: [] };
    const sentences = vogGuidanceSentences(vog, { onDate: '2027-06-01', wspContact: null }).flatMap((x) => x.sentences);
    const keys = sentences.flatMap((x) => x.facts.map((f) => f.key)).filter((k) => k.startsWith('VOG_LOOK_BACK.exceptions.'));
    expect(keys.filter((k) => k.endsWith('.validFrom'))).toEqual(['VOG_LOOK_BACK.exceptions.drugs.validFrom']);
    expect(keys.filter((k) => k === 'VOG_LOOK_BACK.exceptions.sexual.years')).toHaveLength(1);
    const about = (key: string) => sentences.find((x) => x.facts.some((f) => f.key === key))!;
    expect(about('VOG_LOOK_BACK.exceptions.drugs.years').nl).toContain('Dat geldt sinds 1 september 2023.');
    expect(about('VOG_LOOK_BACK.exceptions.drugs.years').en).toContain('(since 1 September 2023)');
    expect(about('VOG_LOOK_BACK.exceptions.violence.years').nl).not.toMatch(/sinds/);
    expect(about('VOG_LOOK_BACK.exceptions.violence.years').en).not.toMatch(/since/);
  });

  it('writes a day with its month in words, every month in both languages', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}-03`);
    expect(months.map((d) => formatDay(d, 'nl'))).toEqual(
      ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'].map((m) => `3 ${m} 2027`),
    );
    expect(months.map((d) => formatDay(d, 'en'))).toEqual(
      ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((m) => `3 ${m} 2027`),
    );
  });

  it("names in the employer's nudge the function aspects the table knows, with their codes, and leaves out a code it does not know", () => {
    const nudge = employerVogNudge({ basis: 'employer_choice', paidBy: 'employer', functionAspects: [21, 999] })!;
    const aspect = FUNCTION_ASPECTS.find((a) => a.code === 21)!;
    expect(nudge.nl).toContain(`Je hebt gekozen voor: ${aspect.nl} (21).`);
    expect(nudge.en).toContain(`You picked: ${aspect.en} (21).`);
    expect(`${nudge.nl} ${nudge.en}`).not.toMatch(/999/);
    expect(employerVogNudge({ basis: 'employer_choice', paidBy: 'employer', functionAspects: [999] })!.nl).not.toMatch(/gekozen/);
  });

  it('a sentence with a figure in it carries the fact the figure comes from', () => {
    for (const { sentence } of everySentence()) {
      const figures = sentence.nl.replace(wsp.email, '').replace(wsp.phone, '').replace('justis.nl', '');
      if (/\d/.test(figures)) expect({ sentence: sentence.nl, hasFacts: sentence.facts.length > 0 }).toEqual({ sentence: sentence.nl, hasFacts: true });
    }
  });

  it('each section lists the sources of its facts', () => {
    const vog: VacancyVog = { basis: 'legal_requirement', legalSector: 'taxi', paidBy: 'employer', functionAspects: [] };
    const g = vogGuidance(vog, { onDate: '2027-06-01', wspContact: null });
    expect(g.version).toBe(VOG_GUIDANCE_VERSION);
    const lookBack = g.nl.sections[3]!;
    expect(lookBack.sources.map((s) => s.source)).toContain(VOG_FIELD_LOOK_BACK[0]!.source);
    expect(g.nl.sections[0]!.sources).toEqual([]);
  });

  it('says a youth applies, online or on paper, and never that a youth cannot apply', () => {
    for (const { section, sentence } of everySentence()) {
      expect(sentence.en).not.toMatch(/cannot start/i);
      expect(sentence.nl).not.toMatch(/zelf starten kan niet/i);
      if (section.title.en === 'How do you request a VOG?' && sentence.facts.some((f) => f.key === 'VOG_ROUTES.digital.applicantApplies')) {
        expect(sentence.nl).toContain('Je vraagt de VOG zelf aan');
      }
    }
  });

  it('gives taxi work the 5-year look-back at any age, from its own table row', () => {
    const taxi = VOG_FIELD_LOOK_BACK.find((r) => r.field === 'taxi')!;
    expect(lookBackYears(17, undefined, '2027-06-01', { field: 'taxi' })).toBe(taxi.years);
    expect(lookBackYears(30, undefined, '2027-06-01', { field: 'taxi' })).toBe(taxi.years);
    expect(lookBackYears(17, 'sexual', '2027-06-01', { field: 'taxi' })).toBeNull();
    const vog: VacancyVog = { basis: 'legal_requirement', legalSector: 'taxi', paidBy: 'employer', functionAspects: [] };
    const lookBack = vogGuidanceSentences(vog, { onDate: '2027-06-01', wspContact: null })[3]!;
    const text = lookBack.sentences.map((s) => s.nl).join(' ');
    expect(text).toContain(`Voor taxiwerk kijkt Justis ${taxi.years} jaar terug`);
    expect(text).not.toContain(`meestal ${VOG_LOOK_BACK[0]!.under23Years} jaar`);
  });

  it('says the law fixes the screening profile for a legal duty, instead of the employer picking tasks', () => {
    for (const rule of LEGAL_VOG_RULES) {
      const vog: VacancyVog = { basis: 'legal_requirement', legalSector: rule.field, paidBy: 'employer', functionAspects: [84] };
      const looksAt = vogGuidance(vog, { onDate: '2027-06-01', wspContact: null }).nl.sections[2]!.body;
      expect(looksAt).toContain(rule.screening.nl);
      expect(looksAt).toContain('staat in de wet');
      expect(looksAt).not.toContain('De werkgever noemt deze taken');
    }
  });

  it('sends the youth to their coach, the WSP or either, by guide; never to a coach for open intake', () => {
    const vog: VacancyVog = { basis: 'employer_choice', paidBy: 'youth', functionAspects: [21] };
    const all = (guide: (typeof VOG_GUIDES)[number]) => JSON.stringify(vogGuidance(vog, { onDate: '2027-06-01', wspContact: wsp, guide }));
    expect(all('wsp')).not.toMatch(/coach/i);
    expect(all('wsp')).toContain('Vraag het WSP');
    expect(all('coach')).toContain('Vraag het je coach');
    expect(all('any')).toContain('Heb je een coach?');
  });

  it('names an organisation as WSP contact once, as it calls itself', () => {
    const vog: VacancyVog = { basis: 'not_asked', paidBy: 'employer', functionAspects: [] };
    const named = vogGuidance(vog, { onDate: '2027-06-01', wspContact: { kind: 'organisation', name: 'Werkgeversservicepunt Regio Voorbeeld' } });
    const help = named.nl.sections[8]!.body;
    expect(help).toContain('Je kunt ook terecht bij Werkgeversservicepunt Regio Voorbeeld.');
    expect(help).not.toMatch(/Voorbeeld van het/);
    const person = vogGuidance(vog, { onDate: '2027-06-01', wspContact: { kind: 'person', name: 'Fatima de Vries' } });
    expect(person.nl.sections[8]!.body).toContain('Je kunt ook terecht bij Fatima de Vries van het WSP.');
  });
});

describe('VOG indication: serious violence only', () => {
  const vog: VacancyVog = { basis: 'employer_choice', paidBy: 'employer', functionAspects: [21] };
  const rule = VOG_LOOK_BACK[0]!;
  const serious = rule.exceptions.find((e) => e.category === 'violence')!;

  it('keeps the youth period for violence that is not serious and asks whether it was serious in between', () => {
    expect(lookBackYears(19, 'violence', '2027-06-01')).toBe(rule.under23Years);
    expect(lookBackYears(19, 'violence', '2027-06-01', { serious: true })).toBe(serious.years);
    const between = vogIndicationForYouth({ vog, youthAgeAtApplication: 19, onDate: '2027-06-01', concern: { level: 'possible', offenceCategory: 'violence', lastOffenceDate: '2024-06-01' } });
    expect(between.code).toBe('talk_it_through');
    expect(between.reason.nl).toContain('Was het ernstig geweld?');
    const old = vogIndicationForYouth({ vog, youthAgeAtApplication: 19, onDate: '2027-06-01', concern: { level: 'possible', offenceCategory: 'violence', lastOffenceDate: '2023-01-01' } });
    expect(old.code).toBe('likely_fine');
  });

  it('uses the taxi look-back for a taxi vacancy, also under 23', () => {
    const taxi: VacancyVog = { basis: 'legal_requirement', legalSector: 'taxi', paidBy: 'employer', functionAspects: [] };
    const r = vogIndicationForYouth({ vog: taxi, youthAgeAtApplication: 18, onDate: '2027-06-01', concern: { level: 'possible', offenceCategory: 'traffic', lastOffenceDate: '2023-06-01' } });
    expect(r.code).toBe('talk_it_through');
    expect(r.reason.en).toContain('less than 5 years ago');
  });
});
