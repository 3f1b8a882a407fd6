import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

import { Delictcategorie } from './delictcategorie';

/** Whether a victim (or surviving relatives) lives in the person's direct surroundings, and in which gemeente. */
export class SlachtofferomgevingColumns {
  /** Null until OM has recorded it. */
  @Column({ type: 'boolean', nullable: true })
  inDirecteWoonomgeving: boolean | null;

  @Column({ type: 'char', length: 4, nullable: true })
  gemeentecode: string | null;
}

/**
 * OM's case (strafzaak) against a person, by parketnummer: its delictcategorie and the victims'
 * surroundings. OM's own record, in schema `om`.
 */
@Entity({ name: 'strafzaak', schema: 'om' })
export class StrafzaakEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The strafrechtsketennummer of the person the case is against. */
  @Column()
  justitiabeleId: string;

  @Column()
  parketnummer: string;

  @Column({ type: 'text' })
  delictcategorie: Delictcategorie;

  @Column(() => SlachtofferomgevingColumns, { prefix: 'slachtoffer' })
  slachtofferomgeving: SlachtofferomgevingColumns;

  /** The day the sentence's voorwaardelijke invrijheidstelling falls, as OM computed it; null while unknown. */
  @Column({ type: 'date', nullable: true })
  viDatum: string | null;

  /** The day OM recorded `viDatum`: a VI-beslissing due before it could not be decided in time. */
  @Column({ type: 'date', nullable: true })
  viDatumVastgesteldOp: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;

  @VersionColumn()
  versie: number;
}
