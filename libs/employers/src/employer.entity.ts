import type { LegalAgeReason } from './rules/labour-law.js';
import { Organisation, Pc4AreaRow, Region, UserAccount } from '@startbaan/platform';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { VacancyKind, VacancySchedule, VacancyVog, WorkTraits } from './vacancy.model.js';

export const EMPLOYER_STATUSES = ['prospect', 'active', 'dormant', 'ended'] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];
export const SIZE_CLASSES = ['1-9', '10-49', '50-249', '250+'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** An SBI section (A–U): the sector of an employer and a vacancy. Reference data, filled by the migrations. */
@Entity('sbi_section')
export class SbiSection {
  @PrimaryColumn({ type: 'char', length: 1 }) code: string;
  @Column({ name: 'label_nl', type: 'varchar', length: 160 }) labelNl: string;
  @Column({ name: 'label_en', type: 'varchar', length: 160 }) labelEn: string;
}

/** An employer in the WSP's network; its id is the id of its organisation (kind employer). */
@Entity('employer')
@Check('employer_status_check', `"status" IN ('prospect', 'active', 'dormant', 'ended')`)
@Check('employer_size_class_check', `"size_class" IN ('1-9', '10-49', '50-249', '250+')`)
@Check('employer_kvk_check', `"kvk" ~ '^[0-9]{8}$' AND ("vestigingsnummer" IS NULL OR "vestigingsnummer" ~ '^[0-9]{12}$')`)
// One employer per KvK number and establishment in a region (an expression index: TypeORM leaves it be).
@Index('employer_region_kvk_key', { synchronize: false })
@Index('employer_region_created_idx', ['regionId', 'createdAt', 'id'])
export class Employer {
  @ForeignKey(() => Organisation, { name: 'employer_id_fkey', onDelete: 'RESTRICT' })
  @PrimaryColumn('uuid') id: string;
  @ForeignKey(() => Region, { name: 'employer_region_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ type: 'char', length: 8 }) kvk: string;
  @Column({ type: 'char', length: 12, nullable: true }) vestigingsnummer: string | null;
  @ForeignKey(() => SbiSection, { name: 'employer_sector_fkey' })
  @Column({ type: 'char', length: 1 }) sector: string;
  @Column('text', { array: true }) locations: string[];
  @Column({ name: 'size_class', type: 'varchar', length: 10 }) sizeClass: SizeClass;
  @Column({ name: 'contact_name', type: 'varchar', length: 120 }) contactName: string;
  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true }) contactEmail: string | null;
  @Column({ name: 'contact_phone', type: 'varchar', length: 20, nullable: true }) contactPhone: string | null;
  @ForeignKey(() => UserAccount, { name: 'employer_account_manager_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'account_manager_id', type: 'uuid', nullable: true }) accountManagerId: string | null;
  @Column({ type: 'varchar', length: 10, default: 'prospect' }) status: EmployerStatus;
  @Column({ type: 'text', default: '' }) notes: string;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

export const VACANCY_STATUSES = ['draft', 'submitted', 'open', 'filled', 'closed'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export interface ReviewComment {
  at: string;
  by: string;
  action: 'approved' | 'sent_back' | 'resubmitted';
  comment: string;
}


const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('vacancy')
@Check('vacancy_kind_check', `"kind" IN ('summer_job', 'job', 'internship', 'bbl_place', 'work_experience')`)
@Check('vacancy_status_check', `"status" IN ('draft', 'submitted', 'open', 'filled', 'closed')`)
@Check('vacancy_dates_check', `"end_date" >= "start_date"`)
@Check('vacancy_places_check', `"places" >= 1 AND "places" <= 500`)
@Check('vacancy_wage_check', `("kind" = 'work_experience') = ("hourly_wage" IS NULL)`)
@Check('vacancy_age_check', `"employer_min_age" >= "min_legal_age"`)
@Check('vacancy_sbi_code_check', `"sbi_code" ~ '^[0-9]{2}([.][0-9]{1,3})?$'`)
@Index('vacancy_region_status_idx', ['regionId', 'status', 'createdAt', 'id'])
@Index('vacancy_employer_idx', ['employerId', 'createdAt', 'id'])
@Index('vacancy_position_idx', ['position'], { type: 'gist' })
@Index('vacancy_open_region_idx', ['regionId'], { where: `"status" = 'open'` })
@Index('vacancy_region_submitted_idx', ['regionId', 'submittedAt'], { where: `"status" = 'submitted'` })
export class Vacancy {
  @PrimaryGeneratedColumn('uuid') id: string;
  @ForeignKey(() => Region, { name: 'vacancy_region_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @ForeignKey(() => Employer, { name: 'vacancy_employer_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'employer_id', type: 'uuid' }) employerId: string;
  @Column({ type: 'varchar', length: 20 }) kind: VacancyKind;
  @Column({ type: 'varchar', length: 120 }) title: string;
  @Column({ type: 'varchar', length: 4000 }) description: string;
  @ForeignKey(() => SbiSection, { name: 'vacancy_sector_fkey' })
  @Column({ type: 'char', length: 1 }) sector: string;
  @ForeignKey(() => Pc4AreaRow, { name: 'vacancy_pc4_fkey' })
  @Column({ type: 'char', length: 4 }) pc4: string;
  /** Kept by the database from the PC4 (trigger), for nearest-neighbour search; never read or written here. */
  @Column({ type: 'point', nullable: true, select: false, insert: false, update: false }) position: string | null;
  @Column({ name: 'start_date', type: 'date' }) startDate: string;
  @Column({ name: 'end_date', type: 'date' }) endDate: string;
  @Column({ name: 'hours_per_week', type: 'numeric', precision: 4, scale: 1, transformer: numeric }) hoursPerWeek: number;
  @Column({ name: 'hours_per_day', type: 'numeric', precision: 4, scale: 1, transformer: numeric }) hoursPerDay: number;
  @Column({ type: 'jsonb' }) schedule: VacancySchedule;
  @Column({ type: 'jsonb' }) traits: WorkTraits;
  @Column({ name: 'during_school_weeks', type: 'boolean' }) duringSchoolWeeks: boolean;
  @Column({ type: 'int' }) places: number;
  @Column({ name: 'hourly_wage', type: 'numeric', precision: 6, scale: 2, nullable: true, transformer: numeric }) hourlyWage: number | null;
  @Column('text', { array: true, default: [] }) skills: string[];
  @Column('text', { array: true, default: [] }) languages: string[];
  @Column({ name: 'employer_min_age', type: 'smallint' }) employerMinAge: number;
  @Column({ name: 'min_legal_age', type: 'smallint' }) minLegalAge: number;
  @Column({ name: 'min_legal_age_reasons', type: 'jsonb', default: [] }) minLegalAgeReasons: LegalAgeReason[];
  @Column({ name: 'mentor_name', type: 'varchar', length: 120, nullable: true }) mentorName: string | null;
  @Column({ name: 'first_week', type: 'varchar', length: 1000, nullable: true }) firstWeek: string | null;
  @Column({ name: 'leerbedrijf_id', type: 'varchar', length: 20, nullable: true }) leerbedrijfId: string | null;
  @Column({ type: 'char', length: 5, nullable: true }) crebo: string | null;
  @Column({ name: 'sbi_code', type: 'varchar', length: 6, nullable: true }) sbiCode: string | null;
  @Column({ type: 'jsonb' }) vog: VacancyVog;
  @Column({ name: 'vog_basis', type: 'varchar', length: 20 }) vogBasis: string;
  @Column({ type: 'varchar', length: 12, default: 'draft' }) status: VacancyStatus;
  @Column({ name: 'review_comments', type: 'jsonb', default: [] }) reviewComments: ReviewComment[];
  @Column({ type: 'int', default: 1 }) version: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  // The database stamps these three on every status change (trigger vacancy_status_times).
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true }) openedAt: Date | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  /** When the vacancy last stopped being open; while its status is open, it is open now. */
  @Column({ name: 'last_open_at', type: 'timestamptz', nullable: true }) lastOpenAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

export const EMPLOYER_ENTITIES = [SbiSection, Employer, Vacancy];
