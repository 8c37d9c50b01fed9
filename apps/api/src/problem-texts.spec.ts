import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { ERROR_TEXTS, errorText, FIELD_TEXTS, languageFromAcceptLanguage, PROBLEM_TEXTS, problemText } from '@startbaan/platform';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'web') out.push(...sources(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) out.push(path);
  }
  return out;
}

const files = [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps'))];
const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');

/** Every problem slug the code can answer, read from the code itself. */
function slugsInCode(): Set<string> {
  const found = new Set<string>();
  const patterns = [
    /Problem\.(?:badRequest|conflict|gone)\(\s*'([a-z0-9-]+)'/g,
    /new Problem\(\s*\d+,\s*'([a-z0-9-]+)'/g,
    /problemType\('([a-z0-9-]+)'\)/g,
    /(?:badInput\(\s*\d+,|unavailable\()\s*'([a-z0-9-]+)'/g,
  ];
  for (const p of patterns) for (const m of text.matchAll(p)) found.add(m[1]!);
  for (const fixed of ['validation', 'unauthorized', 'forbidden', 'not-found', 'conflict']) found.add(fixed);
  return found;
}

/** Every error code set in the code: Problem.invalid's third argument and `code: '…'` in an error. */
function codesInCode(): Set<string> {
  const found = new Set<string>();
  // The third argument: a code, or a choice of two (`cond ? 'a' : 'b'`), last in the call.
  for (const call of text.matchAll(/Problem\.invalid\(([\s\S]*?)\);/g)) {
    const last = /,\s*(?:[^,]*?\?\s*'([a-zA-Z0-9]+)'\s*:\s*)?'([a-zA-Z0-9]+)'\s*$/.exec(call[1]!);
    if (last?.[1]) found.add(last[1]);
    if (last?.[2]) found.add(last[2]);
  }
  for (const m of text.matchAll(/\bcode: '([a-zA-Z0-9]+)'/g)) found.add(m[1]!);
  return found;
}

/** Every validation rule a DTO of the API declares, from class-validator's own registry. */
async function validationRules(): Promise<Set<string>> {
  for (const f of files.filter((x) => x.includes(`${join('apps', 'api', 'src')}`) && x.endsWith('.dto.ts'))) await import(f);
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { type: string; name?: string }[]> };
  const rules = new Set<string>(['whitelistValidation', 'nestedValidation']);
  for (const list of storage.validationMetadatas.values()) {
    for (const m of list) {
      if (m.type === 'customValidation' && m.name) rules.add(m.name);
      else if (m.type === 'isDefined') rules.add('isDefined');
    }
  }
  return rules;
}

describe('problem texts', () => {
  it('has a Dutch and an English text for every problem type the code can answer', () => {
    const missing = [...slugsInCode()].filter((s) => !PROBLEM_TEXTS[s]);
    expect(missing).toEqual([]);
  });

  it('has a text for every validation rule a DTO declares and every error code the code sets', async () => {
    const rules = await validationRules();
    expect(rules.size).toBeGreaterThan(15);
    const codes = codesInCode();
    // `code: '…'` also matches other objects; only the ones that look like error codes count.
    const errorCodes = [...codes].filter((c) => /^[a-z]+[A-Z][a-zA-Z0-9]*$/.test(c));
    const missing = [...rules, ...errorCodes].filter((c) => !ERROR_TEXTS[c]);
    expect(missing).toEqual([]);
  });

  it('writes every text in both languages, each its own, without field names, codes or role names', () => {
    for (const [key, t] of Object.entries({ ...PROBLEM_TEXTS, ...ERROR_TEXTS, ...FIELD_TEXTS })) {
      expect({ key, nl: t.nl.length > 5, en: t.en.length > 5, differ: t.nl !== t.en }).toEqual({ key, nl: true, en: true, differ: true });
      for (const s of [t.nl, t.en]) {
        expect({ key, text: s, camelCase: /\b[a-z]+[A-Z]\w*\b/.test(s), snake: /\b[a-z]+_[a-z_]+\b/.test(s) }).toEqual({ key, text: s, camelCase: false, snake: false });
      }
    }
  });

  it('gives the public sign-up fields their own plain text, and specific rules theirs', () => {
    expect(errorText('pc4', 'matches').nl).toBe('Vul de 4 cijfers van de postcode in, bijvoorbeeld 3072.');
    expect(errorText('availability[2].hoursPerWeek', 'max').nl).toContain('uur per week');
    expect(errorText('dateOfBirth', 'ageBand').nl).toContain('eerste werkdag');
    expect(errorText('someOtherField', 'isInt').en).toBe('Please enter a whole number.');
    expect(errorText('someOtherField', 'unheardOf').nl).toBe(ERROR_TEXTS.invalid!.nl);
    expect(problemText('/problems/validation', 400).nl).toContain('Niet alles is goed ingevuld');
    expect(problemText('about:blank', 503).en).toContain('our side');
  });

  it('reads the language from Accept-Language: nl or en by weight, Dutch otherwise', () => {
    expect(languageFromAcceptLanguage(undefined)).toBe('nl');
    expect(languageFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(languageFromAcceptLanguage('de-DE, en;q=0.5, nl;q=0.8')).toBe('nl');
    expect(languageFromAcceptLanguage('fr, de')).toBe('nl');
    expect(languageFromAcceptLanguage('nl;q=0, en')).toBe('en');
    expect(languageFromAcceptLanguage('*')).toBe('nl');
  });
});
