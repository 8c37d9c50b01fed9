import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { asEmployerReader, type DistanceBand, rowsAsJson } from '@startbaan/platform';
import { DataSource } from 'typeorm';
import type { AvailabilityWindow } from './youth.model.js';

/**
 * The anonymous candidate card: everything an employer may ever learn about a youth. No
 * name, no contact, no date of birth, no home area, no coach or organisation, no priority. The
 * pseudonym is the employer's own for the youth: another employer knows the youth by another.
 */
export interface CandidateCard {
  youthId: string;
  pseudonym: string;
  ageYears: number;
  educationLevel: string | null;
  skills: string[];
  interests: string[];
  languages: string[];
  availability: AvailabilityWindow[];
  motivation: string | null;
  distanceBand: DistanceBand | null;
}

/**
 * The one way employer-facing code reads youths: the `employer_candidate_card` view, under
 * the database role that can read nothing else. A card exists only for a youth proposed to the
 * employer. Cards come back in the order asked for, which the caller takes from something
 * priority cannot influence (e.g. proposal time).
 */
@Injectable()
export class CandidateCardReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The cards of `youthIds`, each with its distance band to `vacancyPc4`; a youth without a card is left out. */
  async cards(employer: { regionId: string; employerId: string }, youthIds: string[], vacancyPc4: string | null): Promise<CandidateCard[]> {
    const found = await this.cardsFor(employer, youthIds.map((youthId) => ({ youthId, vacancyPc4 })));
    return found.filter((c): c is CandidateCard => c !== null);
  }

  /**
   * One card per wanted youth and vacancy postcode (the same youth may be proposed for vacancies
   * in different places), in the order asked, null where the employer has no card for the youth:
   * a whole page in one statement under the employer role (read-only, in a transaction of its own
   * where the request is not an employer's own).
   */
  cardsFor(employer: { regionId: string; employerId: string }, wanted: readonly { youthId: string; vacancyPc4: string | null }[]): Promise<(CandidateCard | null)[]> {
    if (wanted.length === 0) return Promise.resolve([]);
    return asEmployerReader(this.dataSource, async (m) => {
      // One JSON array (as rowsAsJson): the arrays and the availability without the driver's per-column parsers.
      const rows = await rowsAsJson<CandidateCard & { n: number }>(
        m,
        `SELECT w.n, c.youth_id AS "youthId", c.pseudonym, c.age_years AS "ageYears", c.education_level AS "educationLevel", c.skills, c.interests, c.languages,
                c.availability, c.motivation, CASE WHEN w.pc4 IS NULL THEN NULL ELSE candidate_distance_band(c.youth_id, w.pc4) END AS "distanceBand"
         FROM unnest($3::uuid[], $4::char(4)[]) WITH ORDINALITY AS w(youth_id, pc4, n)
         JOIN employer_candidate_card c ON c.youth_id = w.youth_id
         WHERE c.region_id = $1 AND c.employer_id = $2`,
        [employer.regionId, employer.employerId, wanted.map((w) => w.youthId), wanted.map((w) => w.vacancyPc4)],
      );
      const byPosition = new Map(rows.map((r) => [r.n - 1, r]));
      return wanted.map((_w, i) => {
        const r = byPosition.get(i);
        // The card's fields, named one by one: nothing else of the row can reach an employer.
        return r
          ? {
              youthId: r.youthId,
              pseudonym: r.pseudonym,
              ageYears: r.ageYears,
              educationLevel: r.educationLevel,
              skills: r.skills,
              interests: r.interests,
              languages: r.languages,
              availability: r.availability,
              motivation: r.motivation,
              distanceBand: r.distanceBand,
            }
          : null;
      });
    }, { oneStatement: true });
  }
}
