import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createIntl } from 'react-intl';

/**
 * The portal's texts: Dutch first, English second, one catalogue each. Every key in both, every
 * message valid ICU with the same placeholders in both languages, and every key the source asks
 * for present (keys made at run time, such as `aspect.${code}`, are listed by their family).
 */
const dir = new URL('../src/i18n/', import.meta.url);
const nl = JSON.parse(readFileSync(new URL('nl.json', dir), 'utf8')) as Record<string, string>;
const en = JSON.parse(readFileSync(new URL('en.json', dir), 'utf8')) as Record<string, string>;

function sources(path: string): string[] {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [readFileSync(full, 'utf8')] : [];
  });
}

/** Placeholder names of an ICU message (`{count, plural, …}`, `{name}`), sorted. */
const placeholders = (message: string): string[] => [...new Set([...message.matchAll(/\{\s*([A-Za-z][\w]*)\s*[,}]/g)].map((m) => m[1]!))].sort();

describe('portal message catalogues', () => {
  it('has every key in Dutch and in English, none of them empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.entries(nl).filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    expect(Object.entries(en).filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const differ = Object.keys(nl).filter((k) => JSON.stringify(placeholders(nl[k]!)) !== JSON.stringify(placeholders(en[k]!)));
    expect(differ).toEqual([]);
  });

  it('has messages that format in their locale with sample values', () => {
    const errors: string[] = [];
    for (const [locale, messages] of [['nl-NL', nl], ['en-GB', en]] as const) {
      const intl = createIntl({ locale, messages, onError: (e) => errors.push(`${locale}: ${e.message}`) });
      for (const [id, message] of Object.entries(messages)) {
        const values = Object.fromEntries(placeholders(message).map((p) => [p, p === 'count' ? 2 : 'x']));
        intl.formatMessage({ id }, values);
      }
    }
    expect(errors).toEqual([]);
  });

  it('has every key the portal asks for', () => {
    const code = sources(new URL('../src/', import.meta.url).pathname).join('\n');
    const literal = [...code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.+-]+)'/g)].map((m) => m[1]!);
    const labelled = [...code.matchAll(/:\s*'((?:kind|status|day|trait|vog|state|decline|distance|nav|vacancy|candidate|interview|placement|offer|role)\.[a-zA-Z0-9_.+-]+)'/g)].map((m) => m[1]!);
    const families: Record<string, string[]> = {
      aspect: ['11', '12', '13', '21', '22', '36', '37', '38', '41', '43', '53', '61', '62', '63', '71', '84', '85', '86', '91'],
      language: ['nl', 'en', 'ar', 'tr', 'pl', 'de', 'fr', 'es', 'pap', 'so', 'ti', 'uk'],
      education: ['primary', 'vso_pro', 'vmbo', 'havo', 'vwo', 'mbo_1', 'mbo_2', 'mbo_3', 'mbo_4', 'hbo', 'wo', 'none', 'unknown'],
      endReason: ['youth_stopped', 'employer_stopped', 'mutual', 'other_work', 'education', 'circumstances', 'other'],
      'placement.state': ['active', 'completed', 'ended_early'],
      'candidate.contact': ['email', 'phone', 'whatsapp'],
    };
    const made = Object.entries(families).flatMap(([family, members]) => members.map((m) => `${family}.${m}`));
    const missing = [...new Set([...literal, ...labelled, ...made])].filter((k) => !(k in nl));
    expect(literal.length).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });
});
