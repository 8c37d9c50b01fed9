import fc from 'fast-check';
import { mayHaveCode, Numbering, setCodeBits, wordsFor } from './codes.js';

describe('code bits', () => {
  const code = fc.stringMatching(/^[a-z_]{1,8}$/);

  it('hold the codes they were given, and any code beyond their width may be there', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.array(code, { maxLength: 40 }), fc.array(code, { maxLength: 40 }), (words, codes, probes) => {
        const numbering = new Numbering();
        const bits = new Uint32Array(2 + words * 2).fill(0xffffffff);
        setCodeBits(bits, words, words, numbering, codes);
        for (const c of [...codes, ...probes]) {
          const n = numbering.of(c);
          expect(mayHaveCode(bits, words, words, n)).toBe(codes.includes(c) || n >= words * 32);
        }
        // Only its own words are written.
        expect(bits[0]).toBe(0xffffffff);
        expect(bits[words * 2]).toBe(0xffffffff);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers each code once', () => {
    const numbering = new Numbering();
    expect(numbering.of('bicycle_repair')).toBe(0);
    expect(numbering.of('cooking')).toBe(1);
    expect(numbering.of(['bicycle', 'repair'].join('_'))).toBe(0);
  });

  it('counts the codes numbered so far', () => {
    const numbering = new Numbering();
    expect(numbering.size).toBe(0);
    numbering.of('a');
    numbering.of('b');
    numbering.of('a');
    expect(numbering.size).toBe(2);
  });

  it('numbers exactly the codes it sets, no more', () => {
    const numbering = new Numbering();
    setCodeBits(new Uint32Array(1), 0, 1, numbering, ['a', 'b', 'c']);
    expect(numbering.size).toBe(3);
  });

  // Examples at the edges of the words, with zeroed neighbours (a write outside its words shows).
  const codesNumbered = (count: number): { numbering: Numbering; codes: string[] } => {
    const numbering = new Numbering();
    const codes = Array.from({ length: count }, (_, i) => `c${i}`);
    for (const c of codes) numbering.of(c);
    return { numbering, codes };
  };

  it('sets the bit of each code in its own word, and none outside its words', () => {
    const { numbering, codes } = codesNumbered(70);
    const bits = new Uint32Array(6);
    // Codes 0, 31, 32, 63 go into words 2 and 3 (from 2, two words); 64 and up do not fit.
    setCodeBits(bits, 2, 2, numbering, [codes[0]!, codes[31]!, codes[32]!, codes[63]!, codes[64]!, codes[69]!]);
    expect([...bits]).toEqual([0, 0, (1 | (1 << 31)) >>> 0, (1 | (1 << 31)) >>> 0, 0, 0]);
  });

  it('clears its own words before setting, and only those', () => {
    const { numbering, codes } = codesNumbered(40);
    const bits = new Uint32Array(4).fill(0xffffffff);
    setCodeBits(bits, 1, 2, numbering, [codes[33]!]);
    expect([...bits]).toEqual([0xffffffff, 0, 2, 0xffffffff]);
  });

  it('reads the bit of a code from its own word; a code past the words counts as had', () => {
    const bits = new Uint32Array([0xffffffff, 0, 2, 0xffffffff]);
    // From word 1, two words: code 33 is bit 1 of word 2.
    expect(mayHaveCode(bits, 1, 2, 33)).toBe(true);
    expect(mayHaveCode(bits, 1, 2, 32)).toBe(false);
    expect(mayHaveCode(bits, 1, 2, 1)).toBe(false);
    expect(mayHaveCode(bits, 1, 2, 0)).toBe(false);
    expect(mayHaveCode(bits, 1, 2, 63)).toBe(false);
    // 64 is the first number past two words: the words cannot say, so the youth may have it.
    expect(mayHaveCode(new Uint32Array(3), 0, 2, 64)).toBe(true);
    expect(mayHaveCode(new Uint32Array(3), 0, 2, 200)).toBe(true);
  });

  it('gives one word per 32 codes numbered, and one to spare', () => {
    const numbering = new Numbering();
    expect(wordsFor(numbering)).toBe(1);
    for (let i = 0; i < 31; i++) numbering.of(`c${i}`);
    expect(wordsFor(numbering)).toBe(1);
    numbering.of('c31');
    expect(wordsFor(numbering)).toBe(2);
    for (let i = 32; i < 64; i++) numbering.of(`c${i}`);
    expect(wordsFor(numbering)).toBe(3);
  });
});
