/**
 * A coach-only indication of whether a VOG is likely to be a hurdle for one youth and one
 * vacancy. Never a legal verdict: only Justis decides. Pure.
 */
import type { VacancyVog } from '../vacancy.model.js';
import { formatDay, years } from './vog-guidance.js';
import { ASPECT_MONEY, functionAspect, lookBackStart, lookBackYears, type OffenceCategory } from './vog-rules.js';

export type VogIndication = {
  code: 'no_vog_needed' | 'likely_fine' | 'talk_it_through';
  reason: { nl: string; en: string };
};

export interface VogIndicationInput {
  vog: VacancyVog;
  concern: { level: 'none' | 'possible' | 'likely'; offenceCategory?: OffenceCategory; lastOffenceDate?: string };
  youthAgeAtApplication: number;
  onDate: string;
}

const DISCLAIMER = {
  nl: 'Dit is een indicatie om te bespreken, geen beslissing van Justis.',
  en: "This is an indication to discuss, not Justis' decision.",
};

function indication(code: VogIndication['code'], nl: string[], en: string[]): VogIndication {
  return { code, reason: { nl: [...nl, DISCLAIMER.nl].join(' '), en: [...en, DISCLAIMER.en].join(' ') } };
}

/** Mentions aspect 21 (money/valuables) for property and fraud offences. */
function moneyAspectNote(input: VogIndicationInput): { nl: string[]; en: string[] } {
  const category = input.concern.offenceCategory;
  if (!input.vog.functionAspects.includes(ASPECT_MONEY) || (category !== 'property' && category !== 'fraud')) return { nl: [], en: [] };
  const a = functionAspect(ASPECT_MONEY);
  const nl = a ? `${a.nl} (${ASPECT_MONEY})` : `functieaspect ${ASPECT_MONEY}`;
  const en = a ? `${a.en} (${ASPECT_MONEY})` : `function aspect ${ASPECT_MONEY}`;
  return {
    nl: [`Deze vacature heeft het functieaspect ${nl}: Justis weegt dat mee bij dit soort feit.`],
    en: [`This vacancy has the function aspect ${en}: Justis will weigh this for this kind of offence.`],
  };
}

export function vogIndicationForYouth(input: VogIndicationInput): VogIndication {
  const { vog, concern, youthAgeAtApplication, onDate } = input;
  if (vog.basis === 'not_asked') {
    return indication('no_vog_needed', ['Deze vacature vraagt geen VOG.'], ['This vacancy does not ask for a VOG.']);
  }
  if (concern.level === 'none') {
    return indication(
      'likely_fine',
      ['Er is geen zorg over een strafblad genoteerd. Zonder strafblad geeft Justis altijd een VOG.'],
      ['No concern about a record has been noted. With no record Justis always issues a VOG.'],
    );
  }
  const field = vog.basis === 'legal_requirement' ? vog.legalSector : undefined;
  const period = lookBackYears(youthAgeAtApplication, concern.offenceCategory, onDate, { field });
  // Only serious violence keeps the longer period for a youth under 23; the concern cannot say
  // whether the violence was serious, so when that decides it, the indication says so.
  const seriousPeriod = lookBackYears(youthAgeAtApplication, concern.offenceCategory, onDate, { field, serious: true });
  if (period === null || seriousPeriod === null) {
    return indication(
      'talk_it_through',
      ['Bij dit soort feit kijkt Justis zonder tijdsgrens terug.'],
      ['For this kind of offence Justis looks back without a time limit.'],
    );
  }
  const fieldNote = field === 'taxi' ? { nl: [`Voor taxiwerk geldt ${years(period, 'nl')}, ook onder de 23.`], en: [`For taxi work it is ${years(period, 'en')}, also under 23.`] } : { nl: [], en: [] };
  const last = concern.lastOffenceDate;
  if (!last) {
    const money = moneyAspectNote(input);
    const severity =
      seriousPeriod > period
        ? {
            nl: [`De datum van het laatste feit is onbekend. Justis kijkt hier ${years(period, 'nl')} terug, bij ernstig geweld ${years(seriousPeriod, 'nl')}.`],
            en: [`The date of the last offence is unknown. Justis looks back ${years(period, 'en')} here, ${years(seriousPeriod, 'en')} for serious violence.`],
          }
        : {
            nl: [`De datum van het laatste feit is onbekend. Justis kijkt hier ${years(period, 'nl')} terug.`],
            en: [`The date of the last offence is unknown. Justis looks back ${years(period, 'en')} here.`],
          };
    return indication('talk_it_through', [...severity.nl, ...fieldNote.nl, ...money.nl], [...severity.en, ...fieldNote.en, ...money.en]);
  }
  const start = lookBackStart(onDate, period);
  const seriousStart = lookBackStart(onDate, seriousPeriod);
  if (last < seriousStart) {
    return indication(
      'likely_fine',
      [
        `Het feit is van meer dan ${years(seriousPeriod, 'nl')} geleden (vóór ${formatDay(seriousStart, 'nl')}): dat valt buiten de terugkijktermijn. ` +
          'Let op: tijd in detentie maakt de termijn langer.',
        ...fieldNote.nl,
      ],
      [
        `The offence is more than ${years(seriousPeriod, 'en')} ago (before ${formatDay(seriousStart, 'en')}): outside the look-back period. ` +
          'Note: time in detention extends the period.',
        ...fieldNote.en,
      ],
    );
  }
  const money = moneyAspectNote(input);
  if (last < start) {
    // Between the youth period and the serious-violence period: it depends on how serious it was.
    return indication(
      'talk_it_through',
      [
        `Het feit is van ${years(period, 'nl')} tot ${years(seriousPeriod, 'nl')} geleden. ` +
          `Was het ernstig geweld? Dan valt het binnen de terugkijktermijn van ${years(seriousPeriod, 'nl')}; ander geweld valt erbuiten.`,
        ...money.nl,
      ],
      [
        `The offence is between ${years(period, 'en')} and ${years(seriousPeriod, 'en')} ago. ` +
          `If it was serious violence, it is within the ${years(seriousPeriod, 'en')} look-back period; other violence is outside it.`,
        ...money.en,
      ],
    );
  }
  return indication(
    'talk_it_through',
    [`Het feit is van minder dan ${years(period, 'nl')} geleden: dat valt binnen de terugkijktermijn.`, ...fieldNote.nl, ...money.nl],
    [`The offence is less than ${years(period, 'en')} ago: within the look-back period.`, ...fieldNote.en, ...money.en],
  );
}
