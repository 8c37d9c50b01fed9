/** Small plain-language helpers for the reasons and failures of the matching core. Pure. */
import type { PlacementKind } from '../match.model.js';

export interface Text {
  nl: string;
  en: string;
}

export const KIND_NAME: Readonly<Record<PlacementKind, Text>> = {
  summer_job: { nl: 'zomerbaan', en: 'summer job' },
  job: { nl: 'bijbaan', en: 'job' },
  internship: { nl: 'stage', en: 'internship' },
  bbl_place: { nl: 'BBL-plek (werken en leren)', en: 'BBL work-study place' },
  work_experience: { nl: 'werkervaringsplek', en: 'work-experience place' },
};

export function kindName(kind: string): Text {
  return (KIND_NAME as Readonly<Record<string, Text>>)[kind] ?? { nl: kind, en: kind };
}

/** 'a job', 'an internship'. */
export const withArticle = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

/** At most one decimal; a decimal comma in Dutch: 12,5 / 12.5; 24 stays 24. */
export function formatNumber(n: number, lang: 'nl' | 'en'): string {
  const r = Math.round(n * 10) / 10;
  const s = String(r);
  return lang === 'nl' ? s.replace('.', ',') : s;
}

/** '3 km' / 'minder dan 1 km' (nl) / 'less than 1 km' (en). */
export function formatKm(km: number, lang: 'nl' | 'en'): string {
  const r = Math.round(km);
  if (r < 1) return lang === 'nl' ? 'minder dan 1 km' : 'less than 1 km';
  return `${r} km`;
}

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '5 juli 2027' / '5 July 2027'; anything that is not a day as YYYY-MM-DD is returned as it is. */
export function formatDay(day: string, lang: 'nl' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = m ? (lang === 'nl' ? MONTHS_NL : MONTHS_EN)[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : day;
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Reasons and failure texts are few and repeat across vacancies: they are built once per key and
 * shared (frozen). The cache is bounded: past `limit` entries it starts afresh.
 */
export class TextCache<K> {
  private readonly map = new Map<K, Text>();

  constructor(private readonly limit = 5_000) {}

  get(key: K): Text | undefined {
    return this.map.get(key);
  }

  set(key: K, text: Text): Text {
    if (this.map.size >= this.limit) this.map.clear();
    const frozen = Object.freeze(text);
    this.map.set(key, frozen);
    return frozen;
  }
}
