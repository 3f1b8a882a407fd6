import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ScreeningmeldingSoort {
  INFORMATIEVERZOEK = 'INFORMATIEVERZOEK',
  HULPVRAGEN = 'HULPVRAGEN',
}

/** One hulpvraag per basisvoorwaarde or sociaal netwerk, as DJI's melding told it. */
export interface GemeldeHulpvraagRow {
  readonly domein: string;
  readonly hulpvraag: boolean;
  readonly toelichting: string | null;
}

/**
 * DJI's casemanager's request for information for the screening, or the screening's hulpvragen,
 * kept as the melding says it by the reclassering organisation DJI recorded as involved: whose,
 * which DJI location, by when or on which day, the hulpvragen, and DJI's reference.
 */
@Entity('screeningmelding')
export class ScreeningmeldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  justitiabeleId: string;

  /** The receiving reclassering organisation (`reclassering:RN`): the owner of this record. */
  @Column()
  organisatie: string;

  /** The DJI location that sent it (`dji:PI-VUGHT`). */
  @Column()
  afzender: string;

  @Column({ type: 'text' })
  soort: ScreeningmeldingSoort;

  /** The day by which the screening is due (the request). */
  @Column({ type: 'date', nullable: true })
  screeningUiterlijk: string | null;

  /** The day of the screening (the hulpvragen). */
  @Column({ type: 'date', nullable: true })
  screeningdatum: string | null;

  @Column({ type: 'jsonb', nullable: true })
  hulpvragen: GemeldeHulpvraagRow[] | null;

  /** The day DJI sent it. */
  @Column({ type: 'date' })
  gemeldOp: string;

  /** DJI's reference to the stay (`verblijf/<uuid>`). */
  @Column()
  referentie: string;

  @CreateDateColumn({ type: 'timestamptz' })
  ontvangenOp: Date;
}
