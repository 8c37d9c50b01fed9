import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn , ForeignKey } from 'typeorm';
import { Region } from './region.entity.js';

export const ORGANISATION_KINDS = ['wsp', 'coaching', 'employer'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

@Entity('organisation')
@Check('organisation_kind_check', `"kind" IN ('wsp', 'coaching', 'employer')`)
@Index('organisation_region_name_key', ['regionId', 'name'], { unique: true })
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('organisation_region_idx')
  @ForeignKey(() => Region, { name: 'organisation_region_fk', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OrganisationKind;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
