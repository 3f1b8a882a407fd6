import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/**
 * OM's decision on voorwaardelijke invrijheidstelling in one case: its conditions, proeftijd and,
 * when it came to that, its herroeping. At most one per case. OM's own record, in schema `om`.
 */
@Entity({ name: 'vi_beslissing', schema: 'om' })
export class ViBeslissingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  zaakId: string;

  @Column()
  justitiabeleId: string;

  /** The day OM decided. */
  @Column({ type: 'date' })
  datum: string;

  /** The day of the conditional release: the proeftijd starts here. */
  @Column({ type: 'date' })
  ingangsdatum: string;

  /** The conditions, in order, as OM wrote them. */
  @Column({ type: 'text', array: true })
  voorwaarden: string[];

  /** Set when the proeftijd was given in months; the end date is then computed from it. */
  @Column({ type: 'int', nullable: true })
  proeftijdMaanden: number | null;

  @Column({ type: 'date' })
  proeftijdEinddatum: string;

  @Column({ type: 'date', nullable: true })
  herroepingDatum: string | null;

  @Column({ type: 'text', nullable: true })
  herroepingReden: string | null;

  /**
   * The reclassering organisation OM assigned to supervise the conditions; its toezichthouders
   * read this decision. Null when OM assigned none.
   */
  @Column({ type: 'text', nullable: true })
  toezichthoudendeOrganisatie: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;

  @VersionColumn()
  versie: number;
}
