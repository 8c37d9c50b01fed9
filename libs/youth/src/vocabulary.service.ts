import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SKILLS_VOCABULARY_VERSION } from './vocabulary/skills-vocabulary.js';

export interface VocabularyTermRow {
  code: string;
  sector: string;
  kind: 'skill' | 'interest';
  labelNl: string;
  labelEn: string;
  since: number;
}

export interface VocabularySectorRow {
  code: string;
  labelNl: string;
  labelEn: string;
}

export interface RiskFactorRow {
  code: string;
  kind: 'risk' | 'protective';
  category: string;
  labelNl: string;
  labelEn: string;
  evidence: string;
}

/** The seeded lists, read from the database (the migrations are their source). */
@Injectable()
export class VocabularyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async skills(): Promise<{ version: number; sectors: VocabularySectorRow[]; terms: VocabularyTermRow[] }> {
    const [sectors, terms] = await Promise.all([
      this.dataSource.query<VocabularySectorRow[]>(`SELECT code, label_nl AS "labelNl", label_en AS "labelEn" FROM vocabulary_sector ORDER BY code`),
      this.dataSource.query<VocabularyTermRow[]>(
        `SELECT code, sector, kind, label_nl AS "labelNl", label_en AS "labelEn", since FROM vocabulary_term WHERE retired_in IS NULL ORDER BY sector, kind, code`,
      ),
    ]);
    return { version: SKILLS_VOCABULARY_VERSION, sectors, terms };
  }

  riskFactors(): Promise<RiskFactorRow[]> {
    return this.dataSource.query(
      `SELECT code, kind, category, label_nl AS "labelNl", label_en AS "labelEn", evidence FROM risk_factor ORDER BY kind, category, code`,
    );
  }
}
