import { keysetPage } from '@ketengraaf/subgraph-kit';
import type { Connection } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { BijMeldingEntity } from '../entities/bij-melding.entity';

export interface WerkvoorraadPage {
  /** The terugkeergemeente whose meldingen are listed. */
  readonly gemeentecode: string;
  /** Only returns on or after this day. */
  readonly vanaf: string | null;
  readonly first: number;
  readonly after?: string | null;
}

/** The BIJ-meldingen as the resolvers list them. */
export class BijMeldingQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  /** One page of a gemeente's BIJ-meldingen by terugkeerdatum, then id. */
  werkvoorraad({ gemeentecode, vanaf, first, after }: WerkvoorraadPage): Promise<Connection<BijMeldingEntity>> {
    // Equality on terugkeergemeente and the keyset on (terugkeerdatum, id) walk the index bij_melding_werkvoorraad.
    const query = this.dataSource.manager
      .createQueryBuilder(BijMeldingEntity, 'm')
      .where('m.terugkeergemeente = :gemeentecode', { gemeentecode });
    if (vanaf) {
      query.andWhere('m.terugkeerdatum >= :vanaf', { vanaf });
    }
    return keysetPage(query, {
      sortColumn: 'm.terugkeerdatum',
      sortKeyOf: (row) => row.terugkeerdatum,
      first,
      after,
      maxPageSize: this.maxPageSize,
    });
  }
}
