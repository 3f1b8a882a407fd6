import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum MeldingStatus {
  TE_VERZENDEN = 'TE_VERZENDEN',
  VERZONDEN = 'VERZONDEN',
  ONBESTELBAAR = 'ONBESTELBAAR',
}

/**
 * The melding to OM of an overtreding of a bijzondere voorwaarde: written in the same
 * transaction as the naleving that records the overtreding, with its melding in the party's
 * outbox (`meldingId`), which delivers it to OM's inbox.
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

  /** As recorded when made; once a melding carries it (`meldingId`), the outbox row says where it is. */
  @Column({ type: 'text' })
  status: MeldingStatus;

  /** Its melding in `melding_outbox`; null for meldingen sent before the outbox delivered them. */
  @Column({ type: 'uuid', nullable: true })
  meldingId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  aangemaaktOp: Date;
}
