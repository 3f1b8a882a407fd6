import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum NalevingUitkomst {
  NAGELEEFD = 'NAGELEEFD',
  OVERTREDEN = 'OVERTREDEN',
  NIET_GECONTROLEERD = 'NIET_GECONTROLEERD',
}

/** One check of a bijzondere voorwaarde: on which day, and whether it was kept. Never changed. */
@Entity('naleving')
export class NalevingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  voorwaardeId: string;

  @Column({ type: 'date' })
  datum: string;

  @Column({ type: 'text' })
  uitkomst: NalevingUitkomst;

  /** Required for an overtreding. */
  @Column({ type: 'text', nullable: true })
  toelichting: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}
