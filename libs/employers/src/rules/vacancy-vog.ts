/**
 * The VOG part of every representation of a vacancy, whoever reads it and wherever it is shown
 * (a vacancy, a list item, a suggestion, a proposal, a match, an inbox entry): the basis, the
 * one-line summary in the reader's language and the route of the full guidance; for the youth's
 * own coach, also the indication for that youth. One shape, built here only. Pure.
 */
import type { VogBasis } from '../vacancy.model.js';
import { vogSummary } from './vog-guidance.js';
import type { VogIndication } from './vog-indication.js';

export type ReaderLanguage = 'nl' | 'en';

export interface VacancyVogRef {
  basis: VogBasis;
  /** One line, in the reader's language. */
  summary: string;
  /** The route of the full guidance in both languages: `/vacancies/<id>/vog-guidance`. */
  guidance: string;
  /** Coach only, about one of the coach's own youths: never a verdict, only Justis decides. */
  indication?: { code: VogIndication['code']; reason: string };
}

/** Where the full guidance of a vacancy is: every reader who may see the vacancy may read it. */
export const vogGuidancePath = (vacancyId: string): string => `/vacancies/${vacancyId}/vog-guidance`;

/**
 * The VOG of one vacancy for one reader, from the vacancy's id and its `vog` column (only the
 * basis is read). `indication` only for the youth's own coach (vogIndicationForYouth).
 */
export function vacancyVog(vacancy: { id: string; vog: { basis: VogBasis } }, language: ReaderLanguage, indication?: VogIndication): VacancyVogRef {
  const ref: VacancyVogRef = { basis: vacancy.vog.basis, summary: vogSummary(vacancy.vog.basis)[language], guidance: vogGuidancePath(vacancy.id) };
  if (indication) ref.indication = { code: indication.code, reason: indication.reason[language] };
  return ref;
}

/**
 * The summary as a line of an e-mail about a vacancy a youth might take, in both languages: the
 * notifier picks the recipient's (e-mails follow the recipient's language, not a token's). With
 * `moreAt`, the address of a page with the full guidance the reader can open.
 */
export function vogSummaryLine(vog: { basis: VogBasis }, moreAt?: string): { nl: string; en: string } {
  const s = vogSummary(vog.basis);
  return moreAt ? { nl: `VOG: ${s.nl} Meer uitleg: ${moreAt}`, en: `VOG: ${s.en} More about it: ${moreAt}` } : { nl: `VOG: ${s.nl}`, en: `VOG: ${s.en}` };
}
