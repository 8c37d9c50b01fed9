import type { VacancyVog, VogBasis, VogPayer } from '../vacancy.model.js';
import { VOG_BASES, VOG_PAYERS } from '../vacancy.model.js';
import { employerVogNudge, formatDay, formatEur, renderFact, VOG_GUIDANCE_SECTION_COUNT, VOG_GUIDANCE_VERSION, vogGuidance, years } from './vog-guidance.js';
import { vogIndicationForYouth } from './vog-indication.js';
import {
  FUNCTION_ASPECTS,
  VOG_DECISION,
  VOG_FEE_UNCONFIRMED,
  VOG_FEES,
  VOG_LOOK_BACK,
  fieldLookBackOn,
  functionAspect,
  isKnownFunctionAspect,
  lookBackExceptionsOn,
  lookBackStart,
  lookBackYears,
  vogFeeOn,
  vogLookBackOn,
  vogRoute,
} from './vog-rules.js';

const ON = '2027-06-01';

function vacancy(basis: VogBasis, paidBy: VogPayer = 'employer', extra: Partial<VacancyVog> = {}): VacancyVog {
  return { basis, paidBy, functionAspects: basis === 'not_asked' ? [] : [21, 61], ...extra };
}

describe('VOG rule tables', () => {
  it('gives every row a source and a validFrom', () => {
    const rows = [...VOG_FEES, ...VOG_LOOK_BACK, ...FUNCTION_ASPECTS, VOG_DECISION];
    for (const row of rows) {
      expect(row.source.length).toBeGreaterThan(5);
      expect(row.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('returns the fee that applies on a date, from 1 March 2016, with the day it was confirmed', () => {
    expect(vogFeeOn('2016-03-01')).toMatchObject({ digitalEur: 33.85, paperEur: 41.35, confirmedOn: '2016-03-01' });
    expect(vogFeeOn(ON).digitalEur).toBe(33.85);
    expect(() => vogFeeOn('2016-02-29')).toThrow(RangeError);
    expect(() => vogFeeOn('1 juni 2027')).toThrow(RangeError);
    expect(VOG_FEE_UNCONFIRMED?.digitalEur).toBe(43.35);
  });

  it('looks back 2 years under 23 and 4 years from 23', () => {
    expect(lookBackYears(17, undefined, ON)).toBe(2);
    expect(lookBackYears(22, 'property', ON)).toBe(2);
    expect(lookBackYears(23, undefined, ON)).toBe(4);
    expect(lookBackYears(30, 'traffic', ON)).toBe(4);
  });

  it('keeps the exceptions: sexual unlimited, serious violence 4, drugs 4 only from 2023-09-01', () => {
    expect(lookBackYears(18, 'sexual', ON)).toBeNull();
    expect(lookBackYears(40, 'sexual', ON)).toBeNull();
    expect(lookBackYears(18, 'violence', ON)).toBe(2);
    expect(lookBackYears(18, 'violence', ON, { serious: true })).toBe(4);
    expect(lookBackYears(18, 'drugs', '2023-08-31')).toBe(2);
    expect(lookBackYears(18, 'drugs', '2023-09-01')).toBe(4);
    expect(lookBackYears(25, 'drugs', '2023-08-31')).toBe(4);
    expect(() => lookBackYears(18, undefined, '2012-12-31')).toThrow(RangeError);
  });

  it('counts the look-back start back in calendar years', () => {
    expect(lookBackStart('2027-06-01', 2)).toBe('2025-06-01');
    expect(lookBackStart('2028-02-29', 1)).toBe('2027-02-28');
  });

  it('says what is wrong with a day or an age, and which table has no row', () => {
    expect(() => vogFeeOn('2016-02-29')).toThrow('VOG_FEES: no rule applies on 2016-02-29');
    expect(() => vogLookBackOn('2013-02-28')).toThrow('VOG_LOOK_BACK: no rule applies on 2013-02-28');
    expect(() => fieldLookBackOn('taxi', '2013-02-28')).toThrow('VOG_FIELD_LOOK_BACK: no rule applies on 2013-02-28');
    expect(() => vogFeeOn('1 juni 2027')).toThrow("date must be a day as YYYY-MM-DD, got '1 juni 2027'");
    expect(() => vogFeeOn('x2027-06-01')).toThrow(RangeError);
    expect(() => vogFeeOn('2027-06-01x')).toThrow(RangeError);
    expect(() => vogFeeOn('2027-02-30')).toThrow("date is not a calendar day: '2027-02-30'");
    expect(() => vogFeeOn('2027-13-01')).toThrow('not a calendar day');
    expect(() => vogFeeOn('2027-00-10')).toThrow('not a calendar day');
    // A year below 100 is not read as 19xx.
    expect(() => lookBackStart('0099-05-06', 1)).toThrow("onDate is not a calendar day: '0099-05-06'");
    expect(() => lookBackStart('2027-6-01', 2)).toThrow("onDate must be a day as YYYY-MM-DD, got '2027-6-01'");
    expect(() => lookBackYears(-1, undefined, ON)).toThrow('invalid age: -1');
    expect(() => lookBackYears(Number.NaN, undefined, ON)).toThrow(RangeError);
    expect(lookBackYears(0, undefined, ON)).toBe(2);
  });

  it('takes the row in force on the day, and the exceptions in force on it', () => {
    expect(vogLookBackOn('2013-03-01')).toBe(VOG_LOOK_BACK[0]);
    expect(lookBackExceptionsOn('2023-08-31').map((e) => e.category)).toEqual(['sexual', 'violence']);
    expect(lookBackExceptionsOn('2023-09-01').map((e) => e.category)).toEqual(['sexual', 'violence', 'drugs']);
  });

  it('looks back 5 years for taxi work at any age, with no limit for sexual offences still', () => {
    expect(fieldLookBackOn('taxi', ON)?.years).toBe(5);
    expect(fieldLookBackOn('taxi', '2013-03-01')?.screeningProfiles).toEqual([65, 70]);
    expect(fieldLookBackOn('childcare', ON)).toBeUndefined();
    expect(fieldLookBackOn(undefined, ON)).toBeUndefined();
    expect(fieldLookBackOn('', ON)).toBeUndefined();
    expect(lookBackYears(17, undefined, ON, { field: 'taxi' })).toBe(5);
    expect(lookBackYears(30, 'violence', ON, { field: 'taxi', serious: true })).toBe(5);
    expect(lookBackYears(17, 'sexual', ON, { field: 'taxi' })).toBeNull();
    expect(lookBackYears(17, 'drugs', ON, { field: 'childcare' })).toBe(4);
  });

  it('knows the routes: the youth applies on both, online with DigiD, on paper at the municipality', () => {
    expect(vogRoute('digital')).toMatchObject({ route: 'digital', login: 'DigiD', where: 'justis_online', applicantApplies: true });
    expect(vogRoute('paper')).toMatchObject({ route: 'paper', login: null, where: 'municipality', applicantApplies: true });
  });

  it('counts the look-back start back from any day, the first day of a month and the last of February', () => {
    expect(lookBackStart('2027-03-01', 4)).toBe('2023-03-01');
    expect(lookBackStart('2027-12-31', 2)).toBe('2025-12-31');
    expect(lookBackStart('2024-02-29', 4)).toBe('2020-02-29');
    expect(lookBackStart('2024-02-29', 5)).toBe('2019-02-28');
  });

  it('knows the general-profile function aspects', () => {
    expect(functionAspect(21)).toMatchObject({ code: 21, nl: 'omgaan met geld of waardevolle spullen', en: 'handling money or valuables', check: false });
    expect(functionAspect(45)).toBeUndefined();
    expect(FUNCTION_ASPECTS.map((a) => a.code)).toEqual([11, 12, 13, 21, 22, 36, 37, 38, 41, 43, 53, 61, 62, 63, 71, 84, 85, 86, 91]);
    expect(isKnownFunctionAspect(21)).toBe(true);
    expect(isKnownFunctionAspect(45)).toBe(false);
  });
});

describe('how the guidance writes figures', () => {
  it('writes amounts, days, years, weeks and days in each language, one and many', () => {
    expect([formatEur(33.85, 'nl'), formatEur(33.85, 'en'), formatEur(41, 'nl')]).toEqual(['€ 33,85', '€33.85', '€ 41,00']);
    expect([formatDay('2023-09-01', 'nl'), formatDay('2016-03-01', 'en'), formatDay('2027-12-31', 'nl')]).toEqual(['1 september 2023', '1 March 2016', '31 december 2027']);
    expect([years(1, 'nl'), years(4, 'nl'), years(1, 'en'), years(4, 'en')]).toEqual(['1 jaar', '4 jaar', '1 year', '4 years']);
    const render = (value: number | string | null, unit: 'years' | 'weeks' | 'days' | 'eur' | 'day' | 'text') => [renderFact({ value, unit }, 'nl'), renderFact({ value, unit }, 'en')];
    expect(render(null, 'years')).toEqual(['', '']);
    expect(render(2, 'years')).toEqual(['2 jaar', '2 years']);
    expect(render(1, 'weeks')).toEqual(['1 week', '1 week']);
    expect(render(6, 'weeks')).toEqual(['6 weken', '6 weeks']);
    expect(render(7, 'days')).toEqual(['een week', 'a week']);
    expect(render(14, 'days')).toEqual(['2 weken', '2 weeks']);
    expect(render(1, 'days')).toEqual(['1 dag', '1 day']);
    expect(render(3, 'days')).toEqual(['3 dagen', '3 days']);
    expect(render(33.85, 'eur')).toEqual(['€ 33,85', '€33.85']);
    expect(render('2016-03-01', 'day')).toEqual(['1 maart 2016', '1 March 2016']);
    expect(render('childcare', 'text')).toEqual(['', '']);
  });
});

describe('VOG guidance', () => {
  const wsp = { kind: 'person' as const, name: 'Fatima de Vries', email: 'f.devries@wsp.example', phone: '010 123 4567' };
  const all: VacancyVog[] = VOG_BASES.flatMap((basis) =>
    VOG_PAYERS.map((paidBy) => vacancy(basis, paidBy, basis === 'legal_requirement' ? { legalSector: 'childcare', functionAspects: [84, 86] } : {})),
  );

  it('has every section, with a title and a body, in Dutch and English', () => {
    for (const vog of all) {
      const g = vogGuidance(vog, { onDate: ON, wspContact: null });
      expect(g.version).toBe(VOG_GUIDANCE_VERSION);
      expect(g.asked).toBe(vog.basis !== 'not_asked');
      for (const text of [g.nl, g.en]) {
        expect(text.summary.length).toBeGreaterThan(10);
        expect(text.sections).toHaveLength(VOG_GUIDANCE_SECTION_COUNT);
        for (const s of text.sections) {
          expect(s.title.length).toBeGreaterThan(3);
          expect(s.body.length).toBeGreaterThan(20);
        }
      }
      expect(g.nl.sections[0]?.body).toContain('Justis');
      expect(g.nl.sections[0]?.body).toContain('familie');
      expect(g.en.sections[0]?.body).toContain("relative's record never counts");
    }
  });

  it('names a fee only with the day it applies from, and the unconfirmed newer one as "about", to check at Justis', () => {
    const g = vogGuidance(vacancy('employer_choice'), { onDate: ON, wspContact: null });
    const cost = (lang: 'nl' | 'en') => g[lang].sections.find((x) => /kost|cost/i.test(x.title))!.body;
    expect(cost('nl')).toMatch(/^Vanaf 1 maart 2016 kost een VOG bij Justis € 33,85 online\. Via de gemeente kost hij € 41,35\. Misschien is het nu meer, ongeveer € 43,35 online\. Kijk op justis\.nl wat hij nu kost\./);
    expect(cost('en')).toMatch(/^From 1 March 2016 Justis charges €33\.85 for a VOG online and €41\.35 through the municipality\. It may cost more now, about €43\.35 online: check justis\.nl for today's fee\./);
  });

  it('says who pays', () => {
    const paid = (p: VogPayer): { nl: string; en: string } => {
      const g = vogGuidance(vacancy('employer_choice', p), { onDate: ON, wspContact: null });
      return { nl: JSON.stringify(g.nl), en: JSON.stringify(g.en) };
    };
    expect(paid('employer').nl).toContain('De werkgever betaalt de VOG');
    expect(paid('employer').en).toContain('The employer pays for the VOG');
    expect(paid('youth_reimbursed').nl).toContain('Daarna krijg je het geld terug');
    expect(paid('youth_reimbursed').en).toContain('the employer pays you back');
    expect(paid('youth').nl).toContain('Je betaalt de VOG zelf');
    expect(paid('youth').en).toContain('You pay for the VOG yourself');
  });

  it('names the WSP contact when given, and always the coach', () => {
    const withWsp = vogGuidance(vacancy('employer_choice'), { onDate: ON, wspContact: wsp });
    const help = (g: typeof withWsp, lang: 'nl' | 'en'): string => g[lang].sections[VOG_GUIDANCE_SECTION_COUNT - 1]?.body ?? '';
    expect(help(withWsp, 'nl')).toContain('Fatima de Vries');
    expect(help(withWsp, 'nl')).toContain('010 123 4567');
    expect(help(withWsp, 'en')).toContain('Fatima de Vries');
    expect(help(withWsp, 'en')).toContain('f.devries@wsp.example');
    const without = vogGuidance(vacancy('not_asked'), { onDate: ON, wspContact: null });
    expect(help(without, 'nl')).toContain('coach');
    expect(help(without, 'nl')).not.toContain('Fatima');
    const notAsked = vogGuidance(vacancy('not_asked'), { onDate: ON, wspContact: wsp });
    expect(help(notAsked, 'en')).toContain('Fatima de Vries');
  });

  it('says no VOG is needed when the vacancy does not ask for one', () => {
    const g = vogGuidance(vacancy('not_asked'), { onDate: ON, wspContact: null });
    expect(g.asked).toBe(false);
    expect(g.nl.summary).toContain('geen VOG nodig');
    expect(g.en.summary).toContain('No VOG is needed');
    expect(g.nl.sections[1]?.body).toContain('geen VOG nodig');
  });

  it('explains the legal duty with its sector, and the employer choice', () => {
    const legal = vogGuidance(vacancy('legal_requirement', 'employer', { legalSector: 'taxi' }), { onDate: ON, wspContact: null });
    expect(legal.nl.sections[1]?.body).toContain('taxivervoer');
    expect(legal.en.sections[1]?.body).toContain('taxi transport');
    const choice = vogGuidance(vacancy('employer_choice'), { onDate: ON, wspContact: null });
    expect(choice.nl.sections[1]?.body).toContain('zelf gekozen');
    expect(choice.en.sections[1]?.body).toContain('The employer chose');
  });

  it("lists the vacancy's function aspects and the look-back figures of the date", () => {
    const g = vogGuidance(vacancy('employer_choice'), { onDate: ON, wspContact: null });
    expect(g.nl.sections[2]?.body).toContain('omgaan met geld of waardevolle spullen');
    expect(g.en.sections[2]?.body).toContain('operating machines or vehicles');
    expect(g.nl.sections[2]?.body).not.toMatch(/\(\d+\)/);
    expect(g.nl.sections[3]?.body).toContain('jonger dan 23');
    expect(g.nl.sections[3]?.body).toContain('1 september 2023');
    expect(g.en.sections[3]?.body).toContain('1 September 2023');
    const before = vogGuidance(vacancy('employer_choice'), { onDate: '2023-08-31', wspContact: null });
    expect(before.en.sections[3]?.body).not.toContain('drugs');
    expect(g.en.sections[6]?.body).toContain(`${VOG_DECISION.legalWeeks} weeks`);
    expect(g.en.sections[7]?.body).toContain('about 3 in 1,000');
    expect(g.nl.sections[7]?.body).toContain('zienswijze');
  });

  it('nudges an employer only for employer_choice', () => {
    expect(employerVogNudge(vacancy('employer_choice'))?.nl).toContain('Geen VOG vragen is prima');
    expect(employerVogNudge(vacancy('employer_choice'))?.en).toContain('widens');
    expect(employerVogNudge(vacancy('legal_requirement'))).toBeNull();
    expect(employerVogNudge(vacancy('not_asked'))).toBeNull();
  });
});

describe('VOG indication for a youth', () => {
  const base = { vog: vacancy('employer_choice'), youthAgeAtApplication: 19, onDate: ON };

  it('needs no VOG when the vacancy does not ask for one', () => {
    const r = vogIndicationForYouth({ ...base, vog: vacancy('not_asked'), concern: { level: 'likely', offenceCategory: 'sexual' } });
    expect(r.code).toBe('no_vog_needed');
  });

  it('takes the taxi look-back only where the law requires the VOG, not from a field left on an employer choice', () => {
    const concern = { level: 'possible' as const, offenceCategory: 'traffic' as const, lastOffenceDate: '2023-06-01' };
    const legal = vogIndicationForYouth({ ...base, vog: vacancy('legal_requirement', 'employer', { legalSector: 'taxi' }), concern });
    expect(legal.code).toBe('talk_it_through');
    expect(legal.reason.en).toContain('For taxi work it is 5 years');
    const chosen = vogIndicationForYouth({ ...base, vog: vacancy('employer_choice', 'employer', { legalSector: 'taxi' }), concern });
    expect(chosen.code).toBe('likely_fine');
    expect(chosen.reason.en).not.toContain('taxi');
  });

  it('is likely fine without a concern', () => {
    expect(vogIndicationForYouth({ ...base, concern: { level: 'none' } }).code).toBe('likely_fine');
  });

  it('is likely fine when the offence lies before the look-back', () => {
    const r = vogIndicationForYouth({ ...base, concern: { level: 'possible', offenceCategory: 'property', lastOffenceDate: '2025-05-31' } });
    expect(r.code).toBe('likely_fine');
    expect(r.reason.nl).toContain('buiten de terugkijktermijn');
    expect(r.reason.en).toContain('outside the look-back period');
  });

  it('talks it through when the offence lies within the look-back', () => {
    const r = vogIndicationForYouth({ ...base, vog: vacancy('employer_choice', 'employer', { functionAspects: [61] }), concern: { level: 'possible', offenceCategory: 'traffic', lastOffenceDate: '2025-06-01' } });
    expect(r.code).toBe('talk_it_through');
    expect(r.reason.nl).toContain('Het feit is van minder dan 2 jaar geleden: dat valt binnen de terugkijktermijn.');
    expect(r.reason.en).toContain('The offence is less than 2 years ago: within the look-back period.');
    expect(r.reason.nl).not.toContain('(21)');
  });

  it('uses 4 years for a youth of 23 and for exceptions', () => {
    const older = vogIndicationForYouth({ ...base, youthAgeAtApplication: 23, concern: { level: 'possible', offenceCategory: 'property', lastOffenceDate: '2024-01-01' } });
    expect(older.code).toBe('talk_it_through');
    expect(older.reason.en).toContain('less than 4 years ago');
    const drugs = vogIndicationForYouth({ ...base, concern: { level: 'likely', offenceCategory: 'drugs', lastOffenceDate: '2024-01-01' } });
    expect(drugs.code).toBe('talk_it_through');
    const drugsBefore = vogIndicationForYouth({ ...base, onDate: '2023-08-31', concern: { level: 'likely', offenceCategory: 'drugs', lastOffenceDate: '2021-06-01' } });
    expect(drugsBefore.code).toBe('likely_fine');
  });

  it('mentions function aspect 21 for property or fraud within the look-back', () => {
    const r = vogIndicationForYouth({ ...base, concern: { level: 'likely', offenceCategory: 'fraud', lastOffenceDate: '2026-01-01' } });
    expect(r.code).toBe('talk_it_through');
    expect(r.reason.nl).toContain('omgaan met geld of waardevolle spullen (21)');
    expect(r.reason.en).toContain('Justis will weigh this');
  });

  it('talks it through for an unlimited look-back, whatever the date', () => {
    const r = vogIndicationForYouth({ ...base, concern: { level: 'possible', offenceCategory: 'sexual', lastOffenceDate: '2015-01-01' } });
    expect(r.code).toBe('talk_it_through');
    expect(r.reason.en).toContain('without a time limit');
  });

  it('talks it through when the date of the last offence is unknown', () => {
    const r = vogIndicationForYouth({ ...base, concern: { level: 'possible' } });
    expect(r.code).toBe('talk_it_through');
    expect(r.reason.en).toContain('date of the last offence is unknown');
  });

  it('never gives a legal verdict', () => {
    const cases = [
      vogIndicationForYouth({ ...base, vog: vacancy('not_asked'), concern: { level: 'none' } }),
      vogIndicationForYouth({ ...base, concern: { level: 'none' } }),
      vogIndicationForYouth({ ...base, concern: { level: 'possible' } }),
    ];
    for (const r of cases) {
      expect(r.reason.nl).toContain('geen beslissing van Justis');
      expect(r.reason.en).toContain("not Justis' decision");
    }
  });
});
