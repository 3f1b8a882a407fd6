import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { StukSoort } from '../domain/stuk-soort';

/**
 * OM's receipt of a burgemeester's zienswijze or omgevingsanalyse, kept as the melding says it:
 * which, whose, from which burgemeester. The document itself stays the burgemeester's record, which
 * OM reads once sent. OM's own record, in schema `om`.
 */
@Entity({ name: 'ontvangen_stuk', schema: 'om' })
export class OntvangenStukEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  justitiabeleId: string;

  @Column({ type: 'text' })
  soort: StukSoort;

  /** The sending burgemeester (`burgemeester:0363`). */
  @Column()
  burgemeester: string;

  /** The burgemeester's record (`zienswijze/<uuid>`, `omgevingsanalyse/<uuid>`). */
  @Column({ unique: true })
  referentie: string;

  @CreateDateColumn({ type: 'timestamptz' })
  ontvangenOp: Date;
}
