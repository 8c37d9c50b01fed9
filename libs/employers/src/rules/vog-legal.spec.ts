import { LEGAL_VOG_RULES, type LegalVogInput, legalVogDuty, legalVogSuggestions, sbiSectionOf } from './vog-legal.js';

const bakery: LegalVogInput = { sector: 'I', sbiCode: null, kind: 'summer_job', functionAspects: [], title: 'Hulp in de bakkerij', description: 'Broodjes smeren.' };

describe('LEGAL_VOG_RULES', () => {
  it('has a source and a start date for each field where the law requires a VOG', () => {
    expect(LEGAL_VOG_RULES.map((r) => r.field)).toEqual(['childcare', 'education', 'taxi']);
    for (const r of LEGAL_VOG_RULES) {
      expect(r.source).toMatch(/Wet|Besluit/);
      expect(r.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each<[string, Partial<LegalVogInput>, string | null]>([
    ['a bakery', {}, null],
    ['childcare by SBI code', { sector: 'Q', sbiCode: '88.91' }, 'childcare'],
    ['childcare by the task', { functionAspects: [86] }, 'childcare'],
    ['care for minors alone (not the childcare task)', { functionAspects: [84] }, null],
    ['youth care (88.99), not childcare', { sector: 'Q', sbiCode: '88.99' }, null],
    ['a school', { sector: 'P' }, 'education'],
    ['an internship at a school', { sector: 'P', kind: 'internship' }, 'education'],
    ['a taxi company', { sector: 'H', sbiCode: '49.32' }, 'taxi'],
    ['a bus company (49.31)', { sector: 'H', sbiCode: '49.31' }, null],
  ])('%s: %s', (_what, over, field) => {
    expect(legalVogDuty({ ...bakery, ...over })?.field ?? null).toBe(field);
  });

  it('suggests a field from the words only when the data does not show it', () => {
    expect(legalVogSuggestions({ ...bakery, title: 'Pedagogisch medewerker BSO' }).map((r) => r.field)).toEqual(['childcare']);
    expect(legalVogSuggestions({ ...bakery, sector: 'Q', sbiCode: '88.91', title: 'Pedagogisch medewerker BSO' })).toEqual([]);
    expect(legalVogSuggestions({ ...bakery, description: 'Je rijdt in de taxi van de zaak naar klanten.' }).map((r) => r.field)).toEqual(['taxi']);
    expect(legalVogSuggestions({ ...bakery, description: 'Na school kun je bij ons werken.' })).toEqual([]);
  });

  it('knows the section of an SBI code', () => {
    expect([sbiSectionOf('88.91'), sbiSectionOf('49.32'), sbiSectionOf('85'), sbiSectionOf('01.1'), sbiSectionOf('04')]).toEqual(['Q', 'H', 'P', 'A', undefined]);
  });
});
