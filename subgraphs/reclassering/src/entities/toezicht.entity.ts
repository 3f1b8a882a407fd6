import { ContactpersoonColumns } from '@ketengraaf/subgraph-kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

export enum ToezichtStatus {
  LOPEND = 'LOPEND',
  BEEINDIGD = 'BEEINDIGD',
}

/**
 * A reclassering organisation's toezicht on one person. One deployment holds the toezichten of
 * all three organisations, each owned by its `organisatie`; an organisation has at most one
 * lopend toezicht per person. `ketenpartners` is the reclassering's own record of whom it works
 * with on the person's D&R: the access policy decides art. 18a Pbw from it.
 */
@Entity('toezicht')
export class ToezichtEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The strafrechtsketennummer of the person supervised. */
  @Column()
  justitiabeleId: string;

  /** The reclassering organisation that holds this toezicht (`reclassering:RN`). */
  @Column()
  organisatie: string;

  /** Organisation identifier of whoever ordered the toezicht, usually `om`. */
  @Column()
  opdrachtgever: string;

  @Column({ type: 'date' })
  begindatum: string;

  /** The planned end while lopend; the actual end once beëindigd. */
  @Column({ type: 'date', nullable: true })
  einddatum: string | null;

  @Column({ type: 'text' })
  status: ToezichtStatus;

  @Column(() => ContactpersoonColumns, { prefix: 'toezichthouder' })
  toezichthouder: ContactpersoonColumns;

  /** The toezichthouder's user id (`sub`), so each toezichthouder has a werkvoorraad of their own. */
  @Column()
  toezichthouderGebruiker: string;

  /** Organisation identifiers of the DJI location and gemeenten the reclassering works with. */
  @Column({ type: 'text', array: true })
  ketenpartners: string[];

  /** Gemeentecode of where the person lives or returns to; null while unknown. */
  @Column({ type: 'char', length: 4, nullable: true })
  woongemeente: string | null;

  /**
   * The DJI inrichting (`dji:PI-VUGHT`) the person is held in while the toezicht is prepared
   * before release; null when the person was not detained when it started.
   */
  @Column({ type: 'text', nullable: true })
  inrichting: string | null;

  /** The day of an unexpected early release, as DJI's melding told it; null when none came. */
  @Column({ type: 'date', nullable: true })
  gemeldeVervroegdeInvrijheidstelling: string | null;

  /** When DJI sent the early release kept here: an older melding arriving late changes nothing. */
  @Column({ type: 'timestamptz', nullable: true })
  vervroegdGemeldOp: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;

  @VersionColumn()
  versie: number;
}
