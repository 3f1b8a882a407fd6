import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The ways part of a detention is served outside the walls, for which "Gemeenten zijn bij plaatsingen
 * o.g.v. art. 43.3 Pbw, het penitentiair programma en de extramurale fase van de ISD verantwoordelijk
 * voor het verstrekken van sociale uitkeringen" (seed 001 l. 628–632).
 */
export enum ExtramuraleFaseSoort {
  ART_43_3_PBW = 'ART_43_3_PBW',
  PENITENTIAIR_PROGRAMMA = 'PENITENTIAIR_PROGRAMMA',
  ISD_EXTRAMURAAL = 'ISD_EXTRAMURAAL',
}

/**
 * The extramural phase of a stay: "DJI is eindverantwoordelijk voor de extramurale tenuitvoerlegging
 * van detentie" (seed 001 l. 634–636), with the organisation whose toezichthouder supervises it
 * (l. 612–618) and, only when the director asked for them, how often that toezichthouder reports
 * to the director (l. 636–640).
 */
@Entity('extramurale_fase')
export class ExtramuraleFaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  verblijfId: string;

  @Column({ type: 'text' })
  soort: ExtramuraleFaseSoort;

  @Column({ type: 'date' })
  van: string;

  /** The reclassering organisation that supervises the phase (`reclassering:RN`). */
  @Column({ type: 'text' })
  toezichthouder: string;

  /** Every how many days the director asked the toezichthouder to report; null when the director asked for none. */
  @Column({ type: 'int', nullable: true })
  rapportageIntervalDagen: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}

/** One periodic report of the toezichthouder to the director on how the extramural phase goes. */
@Entity('extramurale_rapportage')
export class ExtramuraleRapportageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  verblijfId: string;

  @Column({ type: 'date' })
  datum: string;

  /** The reclassering organisation whose toezichthouder filed it. */
  @Column({ type: 'text' })
  organisatie: string;

  @Column({ type: 'text' })
  verloop: string;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}
