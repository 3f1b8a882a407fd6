import { Column } from 'typeorm';

/** How DJI registered a gemeente of origin or return, including the cases without one. */
export enum GemeenteRegistratieSoort {
  GEMEENTE = 'GEMEENTE',
  ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS = 'ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS',
  NOG_NIET_BEKEND = 'NOG_NIET_BEKEND',
  BUITENLAND = 'BUITENLAND',
}

/** Embedded in a verblijf twice (herkomst, terugkeer); the migration's checks keep it consistent. */
export class GemeenteRegistratie {
  @Column({ type: 'text' })
  soort: GemeenteRegistratieSoort;

  @Column({ type: 'char', length: 4, nullable: true })
  gemeentecode: string | null;

  @Column({ type: 'text', nullable: true })
  land: string | null;
}
