import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A multidisciplinair overleg on one verblijf. */
@Entity('mdo')
export class MdoEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  verblijfId: string;

  @Column({ type: 'date' })
  datum: string;

  @Column({ type: 'text', array: true })
  deelnemers: string[];

  @Column()
  justitiabeleAanwezig: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}
