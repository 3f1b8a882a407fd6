import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum Risiconiveau {
  LAAG = 'LAAG',
  GEMIDDELD = 'GEMIDDELD',
  HOOG = 'HOOG',
}

/** A reclassering organisation's assessment of the risk of recidive and of danger to others. */
@Entity('risicotaxatie')
export class RisicotaxatieEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  justitiabeleId: string;

  /** The reclassering organisation that made it. */
  @Column()
  organisatie: string;

  @Column({ type: 'date' })
  datum: string;

  /** The instrument used, e.g. RISc. */
  @Column()
  instrument: string;

  @Column({ type: 'text' })
  recidiverisico: Risiconiveau;

  @Column({ type: 'text' })
  gevaarrisico: Risiconiveau;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}
