import { VOG_BASES } from '../vacancy.model.js';
import { vacancyVog, vogGuidancePath, vogSummaryLine } from './vacancy-vog.js';
import { vogGuidance } from './vog-guidance.js';
import { vogIndicationForYouth } from './vog-indication.js';

const ID = '0b7c2a4e-5d6f-4a1b-9c8d-7e6f5a4b3c2d';

describe('the VOG of a vacancy, as every representation carries it', () => {
  it.each(VOG_BASES)('gives the basis, the summary in the reader\'s language and the guidance route (%s)', (basis) => {
    const guidance = vogGuidance({ basis, functionAspects: basis === 'not_asked' ? [] : [21], paidBy: 'employer', legalSector: basis === 'legal_requirement' ? 'childcare' : undefined }, { onDate: '2027-06-01', wspContact: null });
    for (const lang of ['nl', 'en'] as const) {
      expect(vacancyVog({ id: ID, vog: { basis } }, lang)).toEqual({ basis, summary: guidance[lang].summary, guidance: `/vacancies/${ID}/vog-guidance` });
    }
    expect(vacancyVog({ id: ID, vog: { basis } }, 'nl').summary).not.toBe(vacancyVog({ id: ID, vog: { basis } }, 'en').summary);
    expect(vogSummaryLine({ basis })).toEqual({ nl: `VOG: ${guidance.nl.summary}`, en: `VOG: ${guidance.en.summary}` });
    expect(vogSummaryLine({ basis }, 'https://startbaan.test/app/vacancies/v1')).toEqual({
      nl: `VOG: ${guidance.nl.summary} Meer uitleg: https://startbaan.test/app/vacancies/v1`,
      en: `VOG: ${guidance.en.summary} More about it: https://startbaan.test/app/vacancies/v1`,
    });
  });

  it('reads the basis only: the rest of the vog column changes nothing', () => {
    const full = { basis: 'employer_choice' as const, functionAspects: [21, 61], paidBy: 'youth', screeningProfile: 45 };
    expect(vacancyVog({ id: ID, vog: full }, 'en')).toEqual(vacancyVog({ id: ID, vog: { basis: 'employer_choice' } }, 'en'));
    expect(vogGuidancePath(ID)).toBe(`/vacancies/${ID}/vog-guidance`);
  });

  it("adds the coach's indication, its reason in the reader's language, only when given", () => {
    const vog = { basis: 'employer_choice' as const, functionAspects: [21], paidBy: 'employer' as const };
    const indication = vogIndicationForYouth({ vog, concern: { level: 'likely', offenceCategory: 'property', lastOffenceDate: '2026-11-01' }, youthAgeAtApplication: 17, onDate: '2027-06-01' });
    expect(vacancyVog({ id: ID, vog }, 'nl', indication).indication).toEqual({ code: 'talk_it_through', reason: indication.reason.nl });
    expect(vacancyVog({ id: ID, vog }, 'en', indication).indication).toEqual({ code: 'talk_it_through', reason: indication.reason.en });
    expect('indication' in vacancyVog({ id: ID, vog }, 'en')).toBe(false);
  });
});
