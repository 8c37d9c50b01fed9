import fc from 'fast-check';
import { mayHaveCode, Numbering, setCodeBits } from './codes.js';

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
});
