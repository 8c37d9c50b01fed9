import { MAX_TEXTS, preparedCall, statementName } from './prepared-statements.js';

describe('prepared statements', () => {
  it('gives a text the same name every time, and another text another name', () => {
    const a = statementName('SELECT 1 WHERE $1::int > 0 -- a');
    expect(statementName('SELECT 1 WHERE $1::int > 0 -- a')).toBe(a);
    expect(statementName('SELECT 1 WHERE $1::int > 0 -- b')).not.toBe(a);
  });

  it('names only statements with parameters: transaction control and several statements in one text stay unnamed', () => {
    const kept = new Set<string>();
    expect(preparedCall(kept, 10, 'BEGIN', undefined)).toBeNull();
    expect(preparedCall(kept, 10, 'SET ROLE x; SET y = 1', [])).toBeNull();
    expect(preparedCall(kept, 10, { text: 'SELECT $1' }, [1])).toBeNull();
    expect(kept.size).toBe(0);
    const call = preparedCall(kept, 10, 'SELECT $1::int AS n', [7]);
    expect(call).toEqual({ name: statementName('SELECT $1::int AS n'), text: 'SELECT $1::int AS n', values: [7] });
    expect(kept.size).toBe(1);
  });

  it('keeps at most the given number of texts on a connection, and still names those it keeps', () => {
    const kept = new Set<string>();
    const texts = ['SELECT $1::int + 1', 'SELECT $1::int + 2', 'SELECT $1::int + 3'];
    expect(texts.map((t) => preparedCall(kept, 2, t, [1])?.name ?? null)).toEqual([statementName(texts[0]!), statementName(texts[1]!), null]);
    expect(preparedCall(kept, 2, texts[0], [2])?.name).toBe(statementName(texts[0]!));
    expect(kept.size).toBe(2);
  });

  it('names at most MAX_TEXTS texts per process; beyond that a new text runs unnamed', () => {
    for (let i = 0; i < MAX_TEXTS; i++) statementName(`SELECT $1::int + ${i} -- fill`);
    expect(statementName('SELECT $1::int -- one too many')).toBeNull();
    expect(preparedCall(new Set(), 10, 'SELECT $1::int -- one too many', [1])).toBeNull();
    // Texts named before the bound keep their names.
    expect(statementName('SELECT $1::int + 0 -- fill')).toMatch(/^sb\d+$/);
  });
});
