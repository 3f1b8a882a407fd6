import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The officier van justitie's decision on a request for information from the strafdossier. */
export enum VerstrekkingBesluit {
  GEWEIGERD = 'GEWEIGERD',
  VERSTREKT = 'VERSTREKT',
}

/** The items of OM's records a disclosure can name. */
export enum VerstrekkingOnderdeel {
  DELICTCATEGORIE = 'DELICTCATEGORIE',
  SLACHTOFFEROMGEVING = 'SLACHTOFFEROMGEVING',
  VI_BESLISSING = 'VI_BESLISSING',
  VI_VOORWAARDEN = 'VI_VOORWAARDEN',
}

/**
 * A disclosure from the strafdossier of one case to one burgemeester under the Aanwijzing WJSG:
 * the officier's decision, its proportionality reason and which items it covers. A burgemeester
 * reads OM's data only through such a record, decided VERSTREKT, naming that burgemeester and
 * that item. OM's own record, in schema `om`; records are never changed, a new decision is a new row.
 */
@Entity({ name: 'verstrekking', schema: 'om' })
export class VerstrekkingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  zaakId: string;

  @Column()
  justitiabeleId: string;

  /** The burgemeester it was asked for or given to: `burgemeester:<gemeentecode>`. */
  @Column()
  burgemeester: string;

  @Column({ type: 'text' })
  besluit: VerstrekkingBesluit;

  /** Why this disclosure (or refusal) is proportional and subsidiary. */
  @Column()
  reden: string;

  @Column({ type: 'date' })
  datum: string;

  @Column({ type: 'text', array: true })
  onderdelen: VerstrekkingOnderdeel[];

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}
