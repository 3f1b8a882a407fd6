import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** OM's order to a reclassering organisation to advise in one case. OM's own record, in schema `om`. */
@Entity({ name: 'opdracht_tot_advies', schema: 'om' })
export class OpdrachtTotAdviesEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  zaakId: string;

  @Column()
  justitiabeleId: string;

  /** The reclassering organisation asked: `reclassering:RN`, `reclassering:SVG` or `reclassering:LJ&R`. */
  @Column()
  organisatie: string;

  @Column({ type: 'date' })
  datum: string;

  @Column()
  vraag: string;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}
