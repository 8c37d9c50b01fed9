import { MAX_TEXTS, preparable, preparedCall, statementName } from './prepared-statements.js';

describe('prepared statements', () => {
  it('names only texts marked preparable, each text its own name, the same every time', () => {
    expect(statementName('SELECT $1::int AS unmarked')).toBeNull();
    const text = preparable('SELECT json_agg($1::int) -- a');
    expect(text).toBe('SELECT json_agg($1::int) -- a');
    const a = statementName(text);
    expect(a).toMatch(/^sb\d+$/);
    expect(statementName(preparable('SELECT json_agg($1::int) -- a'))).toBe(a);
    expect(statementName(preparable('SELECT json_agg($1::int) -- b'))).not.toBe(a);
  });

  it('runs a marked statement with parameters under its name; one without parameters, an unmarked one or a config object as they came', () => {
    const kept = new Set<string>();
    const marked = preparable('SELECT json_agg($1::int) AS n');
    expect(preparedCall(kept, 10, preparable('BEGIN'), undefined)).toBeNull();
    expect(preparedCall(kept, 10, preparable('SET ROLE x; SET y = 1'), [])).toBeNull();
    expect(preparedCall(kept, 10, 'SELECT $1::int AS unmarked', [1])).toBeNull();
    expect(preparedCall(kept, 10, { text: marked }, [1])).toBeNull();
    expect(kept.size).toBe(0);
    expect(preparedCall(kept, 10, marked, [7])).toEqual({ name: statementName(marked), text: marked, values: [7] });
    expect(kept.size).toBe(1);
  });

  it('keeps at most the given number of texts on a connection, and still names those it keeps', () => {
    const kept = new Set<string>();
    const texts = ['SELECT json_agg($1::int + 1)', 'SELECT json_agg($1::int + 2)', 'SELECT json_agg($1::int + 3)'].map(preparable);
    expect(texts.map((t) => preparedCall(kept, 2, t, [1])?.name ?? null)).toEqual([statementName(texts[0]!), statementName(texts[1]!), null]);
    expect(preparedCall(kept, 2, texts[0], [2])?.name).toBe(statementName(texts[0]!));
    expect(kept.size).toBe(2);
  });

  it('names at most MAX_TEXTS texts per process; beyond that a new text runs unnamed', () => {
    for (let i = 0; i < MAX_TEXTS; i++) preparable(`SELECT json_agg($1::int + ${i}) -- fill`);
    expect(statementName(preparable('SELECT json_agg($1::int) -- one too many'))).toBeNull();
    expect(preparedCall(new Set(), 10, 'SELECT json_agg($1::int) -- one too many', [1])).toBeNull();
    // Texts named before the bound keep their names.
    expect(statementName('SELECT json_agg($1::int + 0) -- fill')).toMatch(/^sb\d+$/);
  });
});
