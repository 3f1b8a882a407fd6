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

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;

  @VersionColumn()
  versie: number;
}
