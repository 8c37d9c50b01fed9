import { CRIMINAL_TIES_FACTORS, RISK_FACTORS } from './risk-factors.js';
import { VOCABULARY_SECTORS, VOCABULARY_TERMS } from './skills-vocabulary.js';

/** Data rows (without the header) of /work/shared/data/risk-and-protective-factors.tsv. */
const TSV_ROWS = 46;
const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

describe('skills vocabulary', () => {
  it('has unique snake_case sector and term codes', () => {
    expect(new Set(VOCABULARY_SECTORS.map((s) => s.code)).size).toBe(VOCABULARY_SECTORS.length);
    expect(new Set(VOCABULARY_TERMS.map((t) => t.code)).size).toBe(VOCABULARY_TERMS.length);
    for (const code of [...VOCABULARY_SECTORS, ...VOCABULARY_TERMS].map((x) => x.code)) {
      expect(code).toMatch(SNAKE);
      expect(code.length).toBeLessThanOrEqual(40);
    }
  });

  it('puts every term in a known sector, with labels and since 1', () => {
    const sectors = new Set(VOCABULARY_SECTORS.map((s) => s.code));
    for (const t of VOCABULARY_TERMS) {
      expect(sectors.has(t.sector)).toBe(true);
      expect(['skill', 'interest']).toContain(t.kind);
      expect(t.labelNl.trim()).not.toBe('');
      expect(t.labelEn.trim()).not.toBe('');
      expect(t.since).toBe(1);
    }
  });

  it('holds 60 to 120 terms, at least 3 per sector with skills and interests', () => {
    expect(VOCABULARY_TERMS.length).toBeGreaterThanOrEqual(60);
    expect(VOCABULARY_TERMS.length).toBeLessThanOrEqual(120);
    for (const s of VOCABULARY_SECTORS) {
      const terms = VOCABULARY_TERMS.filter((t) => t.sector === s.code);
      expect(terms.length).toBeGreaterThanOrEqual(3);
      expect(terms.some((t) => t.kind === 'skill')).toBe(true);
      expect(terms.some((t) => t.kind === 'interest')).toBe(true);
    }
  });
});

describe('risk factors', () => {
  it('has one entry per row of the source table, with unique snake_case codes', () => {
    expect(RISK_FACTORS).toHaveLength(TSV_ROWS);
    expect(new Set(RISK_FACTORS.map((f) => f.code)).size).toBe(RISK_FACTORS.length);
    for (const f of RISK_FACTORS) {
      expect(f.code).toMatch(SNAKE);
      expect(f.code.length).toBeLessThanOrEqual(60);
    }
  });

  it('grades risk factors only', () => {
    for (const f of RISK_FACTORS) expect(f.evidence === 'none').toBe(f.kind === 'protective');
  });

  it('names criminal ties by risk factor codes in the list', () => {
    expect(CRIMINAL_TIES_FACTORS.length).toBeGreaterThan(0);
    expect(new Set(CRIMINAL_TIES_FACTORS).size).toBe(CRIMINAL_TIES_FACTORS.length);
    for (const code of CRIMINAL_TIES_FACTORS) expect(RISK_FACTORS.find((f) => f.code === code)?.kind).toBe('risk');
  });
});
