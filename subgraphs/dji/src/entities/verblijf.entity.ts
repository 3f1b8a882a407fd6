import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

import { GemeenteRegistratie } from './gemeente-registratie';

export enum Titel {
  VOORLOPIGE_HECHTENIS = 'VOORLOPIGE_HECHTENIS',
  GEVANGENISSTRAF = 'GEVANGENISSTRAF',
  ISD = 'ISD',
  TBS = 'TBS',
}

export enum VerblijfStatus {
  BINNEN = 'BINNEN',
  VERLOF = 'VERLOF',
  EXTRAMURAAL = 'EXTRAMURAAL',
  UITGESTROOMD = 'UITGESTROOMD',
}

/** One stay in detention, from instroom to uitstroom, across the inrichtingen it passed. */
@Entity('verblijf')
export class VerblijfEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  justitiabeleId: string;

  @Column({ type: 'date' })
  instroomdatum: string;

  @Column({ type: 'date', nullable: true })
  verwachteUitstroomdatum: string | null;

  @Column({ type: 'date', nullable: true })
  viDatum: string | null;

  @Column({ type: 'date', nullable: true })
  uitstroomdatum: string | null;

  @Column({ type: 'text' })
  titel: Titel;

  @Column({ type: 'text' })
  status: VerblijfStatus;

  @Column()
  huidigeInrichting: string;

  @Column(() => GemeenteRegistratie, { prefix: 'herkomst' })
  herkomst: GemeenteRegistratie;

  @Column(() => GemeenteRegistratie, { prefix: 'terugkeer' })
  terugkeer: GemeenteRegistratie;

  /** Sort key of the lists: the expected uitstroom, unknown ones last. Computed by PostgreSQL. */
  @Column({ type: 'date', insert: false, update: false, select: true })
  uitstroomSorteerdatum: string;

  @VersionColumn()
  versie: number;
}
