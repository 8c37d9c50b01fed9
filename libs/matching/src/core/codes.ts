/**
 * Codes (vocabulary terms, languages) as small numbers, so that "does this youth have this
 * skill" is one bit test in a flat array when thousands of youths are ranked against one vacancy.
 * Pure; numbers are given out in order of first use and mean something only inside this process.
 */
export class Numbering {
  private readonly numbers = new Map<string, number>();

  /** How many codes have a number so far. */
  get size(): number {
    return this.numbers.size;
  }

  of(code: string): number {
    let n = this.numbers.get(code);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(code, n);
    }
    return n;
  }
}

/**
 * Sets `codes` as bits into `words` words of `into` from `at`; a code numbered at or beyond the
 * words' bits is left out (readers of such a code must assume the youth may have it).
 */
export function setCodeBits(into: Uint32Array, at: number, words: number, numbering: Numbering, codes: readonly string[]): void {
  into.fill(0, at, at + words);
  for (let i = 0; i < codes.length; i++) {
    const n = numbering.of(codes[i]!);
    if (n < words * 32) into[at + (n >>> 5)]! |= 1 << (n & 31);
  }
}

/** True when bit `n` is set in the words from `at`; a number beyond the words counts as set (see setCodeBits). */
export function mayHaveCode(bits: Uint32Array, at: number, words: number, n: number): boolean {
  return n >= words * 32 || (bits[at + (n >>> 5)]! & (1 << (n & 31))) !== 0;
}

/** One numbering per kind of code, shared by everything that keeps code bits in this process. */
export const SKILL_NUMBERS = new Numbering();
export const LANGUAGE_NUMBERS = new Numbering();

/** The words needed for a bit per code numbered so far (and one to spare). */
export const wordsFor = (numbering: Numbering): number => (numbering.size >>> 5) + 1;
