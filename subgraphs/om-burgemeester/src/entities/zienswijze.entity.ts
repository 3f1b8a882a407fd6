import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/**
 * A burgemeester's zienswijze on the conditions of a voorwaardelijke invrijheidstelling, e.g. a
 * suggested gebiedsverbod (a bijzondere voorwaarde only once OM imposes it). Owned by the
 * burgemeester that gave it, in schema `burgemeester`; OM reads it once it was sent.
 */
@Entity({ name: 'zienswijze', schema: 'burgemeester' })
export class ZienswijzeEntity {
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
  tekst: string;

  /** A suggested gebiedsverbod, described. */
  @Column({ type: 'text', nullable: true })
  gebiedsverbod: string | null;

  @Column({ type: 'date', nullable: true })
  verzondenAanOmOp: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;

  @VersionColumn()
  versie: number;
}
