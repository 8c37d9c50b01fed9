/**
 * Measures for plain Dutch (taalniveau B1) in what young people read: sentence length and words a
 * 15-year-old does not know without an explanation. Pure.
 */

/** The longest sentence we aim for, in words. */
export const MAX_SENTENCE_WORDS = 14;

/**
 * Legal and official words that need an explanation a youth-facing text does not give; write the
 * plain words instead (left), never the term (right).
 */
export const BANNED_TERMS: readonly { term: RegExp; instead: string }[] = [
  { term: /\bfeit(en)?\b/i, instead: 'iets wat je gedaan hebt, iets uit je verleden' },
  { term: /zedenfeit/i, instead: 'seksuele misdrijven' },
  { term: /vermogensfeit/i, instead: 'diefstal of iets anders met geld of spullen' },
  { term: /termijn/i, instead: 'hoe lang, binnen … weken' },
  { term: /functieaspect/i, instead: 'de taken in het werk' },
  { term: /screeningsprofiel/i, instead: 'het vaste profiel voor dit werk' },
  { term: /\bjusti[tc]iabele\b/i, instead: 'iemand met een strafblad' },
  { term: /\bdetentie\b/i, instead: 'vastzitten' },
  { term: /\bschriftelijk\b/i, instead: 'in een brief' },
  { term: /\bconform\b|\bdienaangaande\b|\bbetreffende\b|\bd\.?m\.?v\.?\b/i, instead: 'gewone woorden' },
];

/** A code in parentheses, such as "(21)" or "(SBI 49.32)": not for a youth. */
export const CODE_IN_PARENTHESES = /\((?:[A-Z]{2,}\s*)?\d[\d.,/ -]*\)/;

/**
 * The sentences of a text: split after . ? ! or : followed by a capital, and at line breaks.
 * Numbers with a decimal point and e-mail addresses do not end a sentence.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.?!])\s+(?=[A-Z"'‘“(€0-9])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Words in a sentence: anything between spaces that holds a letter or digit. */
export function wordsIn(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export interface PlainLanguageFinding {
  sentence: string;
  problem: string;
}

/** What keeps a Dutch text from plain language: long sentences, banned terms, codes in parentheses. */
export function plainLanguageFindings(text: string, maxWords = MAX_SENTENCE_WORDS): PlainLanguageFinding[] {
  const out: PlainLanguageFinding[] = [];
  for (const sentence of sentencesOf(text)) {
    const n = wordsIn(sentence);
    if (n > maxWords) out.push({ sentence, problem: `${n} words (at most ${maxWords})` });
    for (const b of BANNED_TERMS) if (b.term.test(sentence)) out.push({ sentence, problem: `term ${b.term.source}: write "${b.instead}"` });
    if (CODE_IN_PARENTHESES.test(sentence)) out.push({ sentence, problem: 'a code in parentheses' });
  }
  return out;
}
