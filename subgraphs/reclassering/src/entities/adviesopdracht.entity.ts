import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * OM's opdracht to a reclassering organisation to advise on one person, kept as OM's melding says
 * it: whose, which day, what OM asks, and OM's reference. Work for the organisation's adviseurs.
 */
@Entity('adviesopdracht')
export class AdviesopdrachtEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  justitiabeleId: string;

  /** The reclassering organisation asked (`reclassering:RN`): the owner of this record. */
  @Column()
  organisatie: string;

  /** Who asked: `om`. */
  @Column()
  opdrachtgever: string;

  @Column({ type: 'date' })
  datum: string;

  /** What OM asks the reclassering to advise on. */
  @Column()
  vraag: string;

  /** OM's record of the opdracht (`opdracht-tot-advies/<uuid>`). */
  @Column()
  referentie: string;

  @CreateDateColumn({ type: 'timestamptz' })
  ontvangenOp: Date;
}
