import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** The kinds of bijzondere voorwaarde a court or OM imposes and the reclassering supervises. */
export enum BijzondereVoorwaardeType {
  MELDPLICHT = 'MELDPLICHT',
  LOCATIEVERBOD = 'LOCATIEVERBOD',
  CONTACTVERBOD = 'CONTACTVERBOD',
  GEDRAGSINTERVENTIE = 'GEDRAGSINTERVENTIE',
  BEHANDELING = 'BEHANDELING',
  MIDDELENVERBOD = 'MIDDELENVERBOD',
  ELEKTRONISCHE_MONITORING = 'ELEKTRONISCHE_MONITORING',
}

/**
 * One bijzondere voorwaarde supervised under a toezicht, with the details its type needs (a
 * locatieverbod its gebied, a contactverbod whom it concerns, …). Changed under its own version.
 */
@Entity('bijzondere_voorwaarde')
export class BijzondereVoorwaardeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  toezichtId: string;

  @Column({ type: 'text' })
  type: BijzondereVoorwaardeType;

  @Column()
  omschrijving: string;

  /** LOCATIEVERBOD (required) and ELEKTRONISCHE_MONITORING: the area concerned. */
  @Column({ type: 'text', nullable: true })
  gebied: string | null;

  /** CONTACTVERBOD: whom the person may not contact. */
  @Column({ type: 'text', nullable: true })
  contactMet: string | null;

  /** MELDPLICHT: how often the person reports. */
  @Column({ type: 'text', nullable: true })
  meldfrequentie: string | null;

  /** BEHANDELING (required) and GEDRAGSINTERVENTIE: who provides it. */
  @Column({ type: 'text', nullable: true })
  instelling: string | null;

  @Column({ type: 'date' })
  begindatum: string;

  /** Null while it lasts as long as the toezicht. */
  @Column({ type: 'date', nullable: true })
  einddatum: string | null;

  @VersionColumn()
  versie: number;
}
