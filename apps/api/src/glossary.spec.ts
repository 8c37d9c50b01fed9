import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The texts follow docs/glossary.md: the words it marks "not" do not appear in what people read,
 * in Dutch or English — the portal's catalogues and the texts the libs write (every `nl:` and
 * `en:` string).
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !path.includes('migrations')) out.push(path);
  }
  return out;
}

function texts(lang: 'nl' | 'en'): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const catalogue = JSON.parse(readFileSync(join(ROOT, 'apps', 'web', 'src', 'i18n', `${lang}.json`), 'utf8')) as Record<string, unknown>;
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') out.push({ where: `${lang}.json ${key}`, text: value });
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
  };
  walk(catalogue, '');
  const literal = new RegExp(`\\b${lang}:\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|"((?:[^"\\\\]|\\\\.)*)"|\`([^\`]*)\`)`, 'g');
  for (const file of [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps', 'api', 'src'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(literal)) out.push({ where: file.slice(ROOT.length + 1), text: m[1] ?? m[2] ?? m[3] ?? '' });
  }
  return out;
}

const RULES: { lang: 'nl' | 'en'; not: RegExp; why: string }[] = [
  { lang: 'nl', not: /(^|[\s"'(])(u|uw|U|Uw)(?=[\s,.!?:)]|$)/, why: 'je, not u' },
  { lang: 'nl', not: /voorgesteld aan/i, why: '"in contact gebracht" for an introduction; "voorgesteld" is for proposing' },
  { lang: 'nl', not: /\bGemeente [A-Z']/, why: 'a municipality by its name alone' },
  { lang: 'en', not: /\b\d+ youths\b|\byouths\b(?! ?[=(])/i, why: '"young people" in running text, and "Young people" in a label' },
  { lang: 'en', not: /Kandidaat/, why: '"Candidate" inside English' },
  { lang: 'en', not: /[Cc]heck-in last week/, why: '"in the final week"' },
  { lang: 'en', not: /declined \(/, why: '"declined: reason"' },
];

describe('the glossary', () => {
  it('holds in every text people read', () => {
    const found: string[] = [];
    for (const rule of RULES) for (const t of texts(rule.lang)) if (rule.not.test(t.text)) found.push(`${t.where}: ${rule.why} — ${t.text.slice(0, 120)}`);
    expect(found).toEqual([]);
  });

  it('reads the texts it checks', () => {
    expect(texts('nl').length).toBeGreaterThan(500);
    expect(texts('en').some((t) => t.text.includes('in the final week'))).toBe(true);
    expect(texts('nl').some((t) => t.text.includes('in contact gebracht met de werkgever'))).toBe(true);
  });
});
