import { LEGAL_VOG_RULES, VOG_BASES, VOG_GUIDES, VOG_PAYERS, type VacancyVog, vogGuidance, vogSummary } from '@startbaan/employers';
import { renderIntakeCodeEmail, renderIntakeCodeSms } from '@startbaan/notifications';
import { youthContactLine } from '@startbaan/placements';
import { ERROR_TEXTS, FIELD_TEXTS, MAX_SENTENCE_WORDS, PROBLEM_TEXTS, plainLanguageFindings, sentencesOf, wordsIn } from '@startbaan/platform';
import { signupConfirmedMessage } from '@startbaan/programmes';

/**
 * Plain Dutch (B1) in every text a young person reads: the VOG guidance of every kind of vacancy,
 * the sign-up messages, whom to tell about an interview and the problems a sign-up can meet. Each
 * sentence is measured: at most MAX_SENTENCE_WORDS words, no legal term a youth needs explained,
 * no code in parentheses.
 */
const vogs: VacancyVog[] = [
  ...VOG_BASES.flatMap((basis) => VOG_PAYERS.map((paidBy): VacancyVog => ({ basis, paidBy, functionAspects: basis === 'not_asked' ? [] : [21, 61, 84] }))),
  ...LEGAL_VOG_RULES.map((r): VacancyVog => ({ basis: 'legal_requirement', legalSector: r.field, paidBy: 'youth', functionAspects: [] })),
  { basis: 'employer_choice', paidBy: 'youth_reimbursed', functionAspects: [], screeningProfile: 45 },
];
const contacts = [
  null,
  { kind: 'person' as const, name: 'Fatima de Vries', email: 'f.devries@wsp.example', phone: '010 123 4567' },
  { kind: 'organisation' as const, name: 'Werkgeversservicepunt Rijnmond' },
];

function youthTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const vog of vogs)
    for (const guide of VOG_GUIDES)
      for (const wspContact of contacts)
        for (const onDate of ['2023-08-31', '2027-06-01']) {
          const g = vogGuidance(vog, { onDate, wspContact, guide });
          out.push({ where: `VOG summary ${vog.basis}`, text: g.nl.summary });
          for (const s of g.nl.sections) out.push({ where: `VOG ${vog.basis}/${vog.legalSector ?? ''} ${guide}: ${s.title}`, text: `${s.title}\n${s.body}` });
        }
  for (const basis of VOG_BASES) out.push({ where: `summary ${basis}`, text: vogSummary(basis).nl });
  const facts = { programmeName: 'Zomerbanen Rotterdam 2027', expiresAt: '2027-03-01T10:15:00Z' };
  const email = renderIntakeCodeEmail(facts, 'Sam', '048213');
  out.push({ where: 'code e-mail', text: email.text.split('\n').filter((l) => !l.startsWith('English:')).join('\n') });
  out.push({ where: 'code SMS', text: renderIntakeCodeSms(facts, '048213').split(' Your code')[0]! });
  out.push({ where: 'sign-up confirmed', text: signupConfirmedMessage(facts.programmeName).nl });
  for (const contact of ['coach', 'wsp'] as const) out.push({ where: `interview reminder, contact ${contact}`, text: youthContactLine(contact).nl });
  for (const [key, t] of Object.entries({ ...PROBLEM_TEXTS, ...ERROR_TEXTS, ...FIELD_TEXTS })) out.push({ where: `problem text ${key}`, text: t.nl });
  return out;
}

describe('plain Dutch for young people', () => {
  const texts = youthTexts();

  it(`keeps every sentence at ${MAX_SENTENCE_WORDS} words or fewer, without unexplained legal terms or codes in parentheses`, () => {
    const findings = texts.flatMap(({ where, text }) => plainLanguageFindings(text).map((f) => `${where}: ${f.problem} — ${f.sentence}`));
    expect([...new Set(findings)]).toEqual([]);
  });

  it('measures what it promises: many sentences, short on average', () => {
    const sentences = [...new Set(texts.flatMap((t) => sentencesOf(t.text)))];
    expect(sentences.length).toBeGreaterThan(150);
    const mean = sentences.reduce((n, s) => n + wordsIn(s), 0) / sentences.length;
    expect(mean).toBeLessThan(10);
  });

  it('finds what it looks for', () => {
    expect(plainLanguageFindings('Bij zedenfeiten is er geen termijn.').map((f) => f.problem)).toHaveLength(2);
    expect(plainLanguageFindings('Je werkt met geld (21).').map((f) => f.problem)).toEqual(['a code in parentheses']);
    expect(plainLanguageFindings('een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien.')).toHaveLength(1);
    expect(sentencesOf('Mail naar a.b@c.nl. Of bel 010 123. Klaar? Ja.')).toEqual(['Mail naar a.b@c.nl.', 'Of bel 010 123.', 'Klaar?', 'Ja.']);
  });
});
