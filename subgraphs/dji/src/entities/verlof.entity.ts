import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The kinds of verlof the Wet straffen en beschermen knows: "verlening van kortdurend en langdurend
 * re-integratieverlof en re-integratieverlof voor extramurale arbeid" (seed 001 l. 476–477), granted
 * "alleen … in de laatste fase van detentie en … gekoppeld aan functionele re-integratiedoelen"
 * (l. 481–483).
 */
export enum VerlofSoort {
  KORTDUREND_REINTEGRATIEVERLOF = 'KORTDUREND_REINTEGRATIEVERLOF',
  LANGDUREND_REINTEGRATIEVERLOF = 'LANGDUREND_REINTEGRATIEVERLOF',
  REINTEGRATIEVERLOF_EXTRAMURALE_ARBEID = 'REINTEGRATIEVERLOF_EXTRAMURALE_ARBEID',
}

/** One verlof granted during a stay, from its first to its last day. */
@Entity('verlof')
export class VerlofEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  verblijfId: string;

  @Column({ type: 'text' })
  soort: VerlofSoort;

  @Column({ type: 'date' })
  van: string;

  @Column({ type: 'date' })
  tot: string;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}
