import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A labour-market region (arbeidsmarktregio): the tenant. Nothing crosses a region. */
@Entity('region')
@Check('region_youth_age_band_check', `"youth_min_age" >= 13 AND "youth_min_age" <= "youth_max_age" AND "youth_max_age" <= 30`)
@Check('region_proposal_sla_working_days_check', `"proposal_sla_working_days" >= 1 AND "proposal_sla_working_days" <= 60`)
@Check('region_check_in_weeks_check', `cardinality("check_in_weeks") <= 12 AND 0 < ALL ("check_in_weeks") AND 53 > ALL ("check_in_weeks")`)
export class Region {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short stable code, e.g. "voorbeeld"; used by the demo seed and admin commands. */
  @Column({ type: 'varchar', length: 40, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  // A region's settings, owned by the libs that read them (in SQL): never read or written through this entity.
  /** The age band of the region's youths (youth). */
  @Column({ name: 'youth_min_age', type: 'smallint', default: 15, select: false, insert: false, update: false })
  youthMinAge: number;

  @Column({ name: 'youth_max_age', type: 'smallint', default: 27, select: false, insert: false, update: false })
  youthMaxAge: number;

  /** Working days an employer has to answer a proposal (placements). */
  @Column({ name: 'proposal_sla_working_days', type: 'smallint', default: 10, select: false, insert: false, update: false })
  proposalSlaWorkingDays: number;

  /** The weeks of a placement with a check-in (placements). */
  @Column({ name: 'check_in_weeks', type: 'smallint', array: true, default: () => "'{1,2,4}'", select: false, insert: false, update: false })
  checkInWeeks: number[];
}
