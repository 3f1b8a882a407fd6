import { Basisvoorwaarde } from '@ketengraaf/subgraph-kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The intake screening on the basisvoorwaarden and sociaal netwerk, with the instruments used. */
@Entity('screening')
export class ScreeningEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  verblijfId: string;

  @Column({ type: 'date' })
  datum: string;

  @Column()
  reflectorAfgenomen: boolean;

  @Column({ type: 'text', nullable: true })
  taaltoetsNiveau: string | null;

  @Column({ type: 'int', nullable: true })
  scilScore: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}

@Entity('screening_hulpvraag')
export class HulpvraagEntity {
  @PrimaryColumn()
  screeningId: string;

  @PrimaryColumn({ type: 'text' })
  domein: Basisvoorwaarde;

  @Column()
  hulpvraag: boolean;

  @Column({ type: 'text', nullable: true })
  toelichting: string | null;
}
