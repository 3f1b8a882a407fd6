import { ContactpersoonColumns } from '@ketengraaf/subgraph-kit';
import type { Basisvoorwaarde } from '@ketengraaf/subgraph-kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** The part this gemeente plays for the person: where they came from, or where they return to. */
export enum GemeenteRol {
  HERKOMSTGEMEENTE = 'HERKOMSTGEMEENTE',
  ONTVANGENDE_GEMEENTE = 'ONTVANGENDE_GEMEENTE',
}

/** Who has procesregie over the person's return. */
export enum Procesregie {
  GEMEENTE = 'GEMEENTE',
  ZORG_EN_VEILIGHEIDSHUIS = 'ZORG_EN_VEILIGHEIDSHUIS',
}

export enum DossierStatus {
  /** Opened from a melding (DJI: detention began), not yet taken up: no nazorgcoördinator yet. */
  AANGEMELD = 'AANGEMELD',
  OPEN = 'OPEN',
  GESLOTEN = 'GESLOTEN',
  /** Closed because the gemeente of return changed and this gemeente handed over to the new one. */
  OVERGEDRAGEN = 'OVERGEDRAGEN',
}

/** A hulpvraag of DJI's screening, as DJI's melding told it. */
export interface GemeldeHulpvraag {
  readonly domein: Basisvoorwaarde;
  readonly hulpvraag: boolean;
  readonly toelichting: string | null;
}

/**
 * A gemeente's nazorgdossier on one resident. One deployment holds many gemeenten's dossiers, each
 * owned by its `gemeentecode`; a gemeente has at most one open dossier per person.
 */
@Entity('nazorgdossier')
export class NazorgdossierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The gemeente that owns this dossier. */
  @Column({ type: 'char', length: 4 })
  gemeentecode: string;

  @Column({ type: 'char', length: 9 })
  bsn: string;

  @Column({ type: 'text' })
  rol: GemeenteRol;

  @Column({ type: 'char', length: 4, nullable: true })
  herkomstgemeente: string | null;

  @Column({ type: 'char', length: 4, nullable: true })
  ontvangendeGemeente: string | null;

  /** Organisation identifier of whoever notified the gemeente (`dji:PI-VUGHT`). */
  @Column()
  aangemeldDoor: string;

  /** Empty (null naam and email) while the dossier is AANGEMELD. */
  @Column(() => ContactpersoonColumns, { prefix: 'nazorgcoordinator' })
  nazorgcoordinator: ContactpersoonColumns;

  @Column({ type: 'text' })
  procesregie: Procesregie;

  @Column()
  zvhBetrokken: boolean;

  @Column({ type: 'text', nullable: true })
  zvhNaam: string | null;

  @Column({ type: 'text' })
  status: DossierStatus;

  @Column({ type: 'date' })
  geopendOp: string;

  @Column({ type: 'date', nullable: true })
  geslotenOp: string | null;

  /** DJI's reference to the stay its meldingen were about (`verblijf/<uuid>`). */
  @Column({ type: 'text', nullable: true })
  detentieReferentie: string | null;

  /** The expected end of detention as DJI's last melding of a change told it. */
  @Column({ type: 'date', nullable: true })
  gemeldeVerwachteUitstroomdatum: string | null;

  /** The uitstroomdatum as DJI's melding of the uitstroom told it. */
  @Column({ type: 'date', nullable: true })
  gemeldeUitstroomdatum: string | null;

  /** Whether DJI's melding told the uitstroom as an unexpected early release. */
  @Column({ default: false })
  uitstroomVervroegd: boolean;

  /** When DJI sent the latest melding of a date this dossier keeps: an older one arriving late changes nothing. */
  @Column({ type: 'timestamptz', nullable: true })
  detentieGemeldOp: Date | null;

  /** The day by which DJI's casemanager asked this gemeente for information for the screening. */
  @Column({ type: 'date', nullable: true })
  screeningInformatieGevraagdVoor: string | null;

  @Column({ type: 'date', nullable: true })
  gemeldeScreeningdatum: string | null;

  /** The hulpvragen per basisvoorwaarde of DJI's latest screening, as its melding told them. */
  @Column({ type: 'jsonb', nullable: true })
  gemeldeHulpvragen: GemeldeHulpvraag[] | null;

  /** The new gemeente of return DJI named: this dossier hands over to it. */
  @Column({ type: 'char', length: 4, nullable: true })
  overdrachtAan: string | null;

  /** The former gemeente of return that handed this dossier's person over (`gemeente:0363`), and when. */
  @Column({ type: 'text', nullable: true })
  overgedragenDoor: string | null;

  @Column({ type: 'date', nullable: true })
  overgedragenOp: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;

  @VersionColumn()
  versie: number;
}
