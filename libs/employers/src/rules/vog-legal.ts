/**
 * Where the law itself requires a VOG, as a rule table: derived from what the vacancy is (its
 * SBI section and code, its kind and the function aspects of its tasks), never from what the
 * employer declares. A vacancy a rule covers must say the VOG is a legal requirement; a claimed
 * legal requirement no rule covers is refused. Pure: no Nest, no TypeORM.
 */
import type { RuleSource, VacancyKind } from '../vacancy.model.js';

export type LegalVogField = 'childcare' | 'education' | 'taxi';

/** What the rules look at. */
export interface LegalVogInput {
  sector: string;
  /** The SBI code of the activity, e.g. "88.91" (kinderopvang); optional, finer than the section. */
  sbiCode?: string | null;
  kind: VacancyKind;
  functionAspects: readonly number[];
  title: string;
  description: string;
}

export interface LegalVogRule extends RuleSource {
  field: LegalVogField;
  /** In words: what in the vacancy brings the duty. */
  when: { nl: string; en: string };
  applies: (v: LegalVogInput) => boolean;
  /** Words in a title or description that suggest the field when the data does not show it (a warning for WSP review). */
  suggestedBy: RegExp;
  /**
   * The screening profile the law fixes for this field: the employer does not pick the tasks
   * Justis screens for. `code` is Justis' profile number (check), for staff only, never in a youth's text.
   */
  screening: { code: number | null; nl: string; en: string };
}

const sbi = (v: LegalVogInput, ...prefixes: string[]): boolean => !!v.sbiCode && prefixes.some((p) => v.sbiCode === p || v.sbiCode!.startsWith(`${p}`));

export const LEGAL_VOG_RULES: readonly LegalVogRule[] = [
  {
    field: 'childcare',
    when: { nl: 'werk in de kinderopvang (SBI 88.91, of de taak kinderopvang, functieaspect 86)', en: 'work in childcare (SBI 88.91, or the task childcare, function aspect 86)' },
    applies: (v) => sbi(v, '88.91') || v.functionAspects.includes(86),
    suggestedBy: /kinderopvang|kinderdagverblijf|\bkdv\b|\bbso\b|buitenschoolse opvang|gastouder|peuterspeel|pedagogisch medewerker/i,
    screening: { code: null, nl: 'het vaste profiel voor de kinderopvang', en: 'the fixed profile for childcare' },
    source:
      'Wet kinderopvang art. 1.50 lid 2 en 1.56b (VOG en inschrijving in het Personenregister kinderopvang, ook voor stagiairs en ' +
      'uitzendkrachten, met continue screening)',
    validFrom: '2018-03-01',
  },
  {
    field: 'education',
    when: { nl: 'werk in het onderwijs (SBI-sectie P), ook als stagiair', en: 'work in education (SBI section P), interns included' },
    applies: (v) => v.sector === 'P' || sbi(v, '85'),
    screening: { code: 60, nl: 'het vaste profiel voor het onderwijs', en: 'the fixed profile for education' },
    suggestedBy: /onderwijsassistent|klassenassistent|\bleraar|\blerares|\bdocent|\bconci[eë]rge|op (een|de) (basis)?school|schoolkantine/i,
    source:
      'Wet op het primair onderwijs art. 32; Wet voortgezet onderwijs 2020 art. 4.12; Wet op de expertisecentra art. 32 ' +
      '(een VOG voor wie op school werkt, stagiairs inbegrepen)',
    // The first of these duties as far as our sources go (check).
    validFrom: '2003-08-01',
  },
  {
    field: 'taxi',
    when: { nl: 'taxivervoer (SBI 49.32): een taxichauffeur heeft een chauffeurskaart nodig, met een VOG', en: 'taxi transport (SBI 49.32): a taxi driver needs a chauffeurskaart, which needs a VOG' },
    applies: (v) => sbi(v, '49.32'),
    screening: { code: 65, nl: 'het vaste profiel voor taxichauffeurs', en: 'the fixed profile for taxi drivers' },
    suggestedBy: /\btaxi|chauffeurskaart|personenvervoer|leerlingenvervoer|zorgvervoer|doelgroepenvervoer/i,
    source: 'Wet personenvervoer 2000 art. 76; Besluit personenvervoer 2000 art. 75 (chauffeurskaart, met een VOG voor taxivervoer)',
    validFrom: '2000-01-01',
  },
];

/** The rule that makes a VOG a legal duty for this vacancy, or null. */
export function legalVogRule(field: LegalVogField): LegalVogRule {
  return LEGAL_VOG_RULES.find((r) => r.field === field)!;
}

export function legalVogDuty(v: LegalVogInput): LegalVogRule | null {
  return LEGAL_VOG_RULES.find((r) => r.applies(v)) ?? null;
}

/** Fields the vacancy's words suggest but its data does not show: for the WSP to check in review. */
export function legalVogSuggestions(v: LegalVogInput): LegalVogRule[] {
  const text = `${v.title}\n${v.description}`;
  return LEGAL_VOG_RULES.filter((r) => !r.applies(v) && r.suggestedBy.test(text));
}

/**
 * The SBI section letter of an SBI code's division (its first two digits), by the sections'
 * division ranges (SBI 2008, CBS). Undefined for a division no section has.
 */
const SECTION_DIVISIONS: readonly [section: string, from: number, to: number][] = [
  ['A', 1, 3], ['B', 6, 9], ['C', 10, 33], ['D', 35, 35], ['E', 36, 39], ['F', 41, 43], ['G', 45, 47], ['H', 49, 53], ['I', 55, 56], ['J', 58, 63],
  ['K', 64, 66], ['L', 68, 68], ['M', 69, 75], ['N', 77, 82], ['O', 84, 84], ['P', 85, 85], ['Q', 86, 88], ['R', 90, 93], ['S', 94, 96], ['T', 97, 98], ['U', 99, 99],
];

export function sbiSectionOf(code: string): string | undefined {
  const division = Number(code.slice(0, 2));
  return SECTION_DIVISIONS.find(([, from, to]) => division >= from && division <= to)?.[0];
}
