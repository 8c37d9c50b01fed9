import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A labour-market region (arbeidsmarktregio): the tenant. Nothing crosses a region. */
@Entity('region')
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
}
