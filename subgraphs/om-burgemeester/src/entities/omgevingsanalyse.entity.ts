import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/**
 * A burgemeester's analysis of the surroundings a person returns to. Owned by the burgemeester
 * that made it, in schema `burgemeester`; OM reads it once it was sent.
 */
@Entity({ name: 'omgevingsanalyse', schema: 'burgemeester' })
export class OmgevingsanalyseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  justitiabeleId: string;

  /** The owner: `burgemeester:<gemeentecode>`. */
  @Column()
  burgemeester: string;

  @Column({ type: 'date' })
  datum: string;

  @Column()
  bevindingen: string;

  @Column({ type: 'date', nullable: true })
  verzondenAanOmOp: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;

  @VersionColumn()
  versie: number;
}
