import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a reclassering organisation told OM: an overtreding of a voorwaarde, or an advies OM asked for. */
export enum ReclasseringsmeldingSoort {
  OVERTREDING = 'OVERTREDING',
  ADVIES = 'ADVIES',
}

/**
 * A melding a reclassering organisation sent OM on OM's opdracht, kept as the melding says it: whose,
 * from which organisation, which day, and the reclassering's reference; the rest the officier reads
 * from the reclassering through the graph. OM's own record, in schema `om`.
 */
@Entity({ name: 'reclasseringsmelding', schema: 'om' })
export class ReclasseringsmeldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  justitiabeleId: string;

  @Column({ type: 'text' })
  soort: ReclasseringsmeldingSoort;

  /** The reclassering organisation that sent it (`reclassering:RN`). */
  @Column()
  organisatie: string;

  /** The day of the overtreding, or of the advies. */
  @Column({ type: 'date' })
  datum: string;

  /** The reclassering's record it is about (`overtredingsmelding/<uuid>`, `advies/<uuid>`). */
  @Column()
  referentie: string;

  @CreateDateColumn({ type: 'timestamptz' })
  ontvangenOp: Date;
}
