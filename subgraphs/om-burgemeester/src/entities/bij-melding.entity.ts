import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Delictcategorie } from './delictcategorie';

/** Whether the melding announces the return itself or a verlof. */
export enum BijMeldingSoort {
  TERUGKEER = 'TERUGKEER',
  VERLOF = 'VERLOF',
}

/**
 * Why Justid counts the person to the BIJ target group (art. 11a Bjsg). Only a final conviction
 * for a sexual or serious violent offence or arson, tbs met dwangverpleging or an extendable
 * PIJ-maatregel qualifies; the other values exist so an ineligible melding can be named and refused.
 */
export enum BijGrondslag {
  VEROORDELING = 'VEROORDELING',
  TBS_MET_DWANGVERPLEGING = 'TBS_MET_DWANGVERPLEGING',
  TBS_MET_VOORWAARDEN = 'TBS_MET_VOORWAARDEN',
  PIJ_VERLENGBAAR = 'PIJ_VERLENGBAAR',
  PIJ_NIET_VERLENGBAAR = 'PIJ_NIET_VERLENGBAAR',
}

/**
 * A BIJ-melding as received from Justid: a person of the BIJ target group returns (or goes on
 * verlof) to a gemeente. Owned by the burgemeester of that gemeente, in schema `burgemeester`;
 * never changed: a new date comes as a new melding.
 */
@Entity({ name: 'bij_melding', schema: 'burgemeester' })
export class BijMeldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Justid's reference of the melding: a melding delivered twice is received once. */
  @Column()
  kenmerk: string;

  @Column()
  justitiabeleId: string;

  @Column({ type: 'text' })
  soort: BijMeldingSoort;

  /** The day of return, or of the verlof. */
  @Column({ type: 'date' })
  terugkeerdatum: string;

  @Column({ type: 'char', length: 4 })
  terugkeergemeente: string;

  @Column({ type: 'text' })
  delictcategorie: Delictcategorie;

  @Column({ type: 'text' })
  grondslag: BijGrondslag;

  @Column()
  onherroepelijk: boolean;

  /** Whether the terugkeergemeente takes part in BIJ; the 60-day norm is theirs. */
  @Column()
  gemeenteNeemtDeel: boolean;

  @Column({ type: 'date' })
  ontvangenOp: string;

  /** Days between receipt and return; negative when it arrived after. Computed by PostgreSQL. */
  @Column({ type: 'int', insert: false, update: false, select: true })
  dagenVoorTerugkeer: number;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}
