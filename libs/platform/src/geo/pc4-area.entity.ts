import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A PC4 area as the database keeps it (reference data, filled by the migrations from the
 * GeoNames data): youths and vacancies point at it. Distances are computed in SQL from
 * `position` (kilometres on a plane, see the Youth migration), never read here.
 */
@Entity('pc4_area')
@Index('pc4_area_position_idx', ['position'], { type: 'gist' })
export class Pc4AreaRow {
  @PrimaryColumn({ type: 'char', length: 4 }) pc4: string;
  @Column({ type: 'text' }) places: string;
  @Column({ type: 'text' }) municipality: string;
  @Column({ type: 'double precision' }) lat: number;
  @Column({ type: 'double precision' }) lon: number;
  @Column({ type: 'point', select: false, insert: false, update: false }) position: string;
}
