import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { asEmployerReader, type DistanceBand } from '@startbaan/platform';
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

interface CardRow {
  youth_id: string;
  pseudonym: string;
  age_years: number;
  education_level: string | null;
  skills: string[];
  interests: string[];
  languages: string[];
  availability: AvailabilityWindow[];
  motivation: string | null;
  distance_band: DistanceBand | null;
}

/**
 * The one way employer-facing code reads youths: the `employer_candidate_card` view, under
 * the database role that can read nothing else. A card exists only for a youth proposed to the
 * employer. Cards come back in the order of `youthIds`, which the caller takes from something
 * priority cannot influence (e.g. proposal time).
 */
@Injectable()
export class CandidateCardReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  cards(employer: { regionId: string; employerId: string }, youthIds: string[], vacancyPc4: string | null): Promise<CandidateCard[]> {
    if (youthIds.length === 0) return Promise.resolve([]);
    return asEmployerReader(this.dataSource, async (m) => {
      const rows: CardRow[] = await m.query(
        `SELECT c.youth_id, c.pseudonym, c.age_years, c.education_level, c.skills, c.interests, c.languages, c.availability, c.motivation,
                CASE WHEN $4::char(4) IS NULL THEN NULL ELSE candidate_distance_band(c.youth_id, $4::char(4)) END AS distance_band
         FROM employer_candidate_card c WHERE c.region_id = $1 AND c.employer_id = $2 AND c.youth_id = ANY($3::uuid[])`,
        [employer.regionId, employer.employerId, youthIds, vacancyPc4],
      );
      const byId = new Map(rows.map((r) => [r.youth_id, r]));
      return youthIds.flatMap((id) => {
        const r = byId.get(id);
        return r
          ? [{
              youthId: r.youth_id,
              pseudonym: r.pseudonym,
              ageYears: r.age_years,
              educationLevel: r.education_level,
              skills: r.skills,
              interests: r.interests,
              languages: r.languages,
              availability: r.availability,
              motivation: r.motivation,
              distanceBand: r.distance_band,
            }]
          : [];
      });
    });
  }
}
