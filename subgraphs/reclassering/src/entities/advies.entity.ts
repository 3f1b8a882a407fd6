import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

import { BijzondereVoorwaardeType } from './bijzondere-voorwaarde.entity';

/** A reclassering organisation's advies to its opdrachtgever (OM, the court) on one person. */
@Entity('advies')
export class AdviesEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  justitiabeleId: string;

  /** The advising reclassering organisation (`reclassering:SVG`). */
  @Column()
  organisatie: string;

  /** Organisation identifier of whoever asked for the advies, usually `om`. */
  @Column()
  opdrachtgever: string;

  @Column({ type: 'date' })
  datum: string;

  /** The DJI inrichting (`dji:PI-VUGHT`) where the person was held when advised; null when not detained. */
  @Column({ type: 'text', nullable: true })
  inrichting: string | null;

  @Column()
  zienswijzeBurgemeesterMeegewogen: boolean;

  @Column({ type: 'text', nullable: true })
  zienswijzeBurgemeesterToelichting: string | null;

  @Column()
  slachtofferbelangenMeegewogen: boolean;

  @Column()
  slachtofferbelangenToelichting: string;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}

/** One condition an advies proposes, in the order the advies gives them. */
@Entity('advies_voorwaarde')
export class GeadviseerdeVoorwaardeEntity {
  @PrimaryColumn({ type: 'uuid' })
  adviesId: string;

  @PrimaryColumn({ type: 'int' })
  volgnummer: number;

  @Column({ type: 'text' })
  type: BijzondereVoorwaardeType;

  @Column()
  toelichting: string;
}
