import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person as DJI registered them at intake, keyed by the strafrechtsketennummer. */
@Entity('justitiabele')
export class JustitiabeleEntity {
  /** The strafrechtsketennummer (SKN): the chain's `id` of a Justitiabele. */
  @PrimaryColumn()
  id: string;

  @Column({ type: 'char', length: 9, unique: true })
  bsn: string;

  @Column()
  voornamen: string;

  @Column()
  achternaam: string;

  @Column({ type: 'date' })
  geboortedatum: string;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}
