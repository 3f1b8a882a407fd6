import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum MeldingStatus {
  TE_VERZENDEN = 'TE_VERZENDEN',
  VERZONDEN = 'VERZONDEN',
}

/**
 * The melding to OM of an overtreding of a bijzondere voorwaarde: written in the same
 * transaction as the naleving that records the overtreding (transactional outbox), delivered
 * from here.
 */
@Entity('overtredingsmelding')
export class OvertredingsmeldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  nalevingId: string;

  @Column({ type: 'uuid' })
  toezichtId: string;

  @Column()
  justitiabeleId: string;

  /** The organisation the melding goes to: OM, which decides on the consequences. */
  @Column()
  gemeldAan: string;

  /** The day of the overtreding it reports. */
  @Column({ type: 'date' })
  datum: string;

  @Column({ type: 'text' })
  status: MeldingStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  aangemaaktOp: Date;
}
