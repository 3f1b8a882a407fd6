import { clientError, keysetPage, SignaalSoort } from '@ketengraaf/subgraph-kit';
import type { Connection } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { BijMeldingEntity } from '../entities/bij-melding.entity';

export interface WerkvoorraadPage {
  /** The terugkeergemeente whose meldingen are listed. */
  readonly gemeentecode: string;
  /** Only returns on or after this day. */
  readonly vanaf: string | null;
  /** Only meldingen with a signal of this kind: BIJ_MELDING, the only kind the burgemeester keeps. */
  readonly soort: SignaalSoort | null;
  readonly first: number;
  readonly after?: string | null;
}

/** The BIJ-meldingen as the resolvers list them. */
export class BijMeldingQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  /**
   * One page of a gemeente's BIJ-meldingen by terugkeerdatum, then id: by the BIJ deadline, which
   * every process version puts the same number of days before the return. With `soort`
   * (BIJ_MELDING), only the meldingen of a gemeente taking part in BIJ, which carry that signal.
   */
  werkvoorraad({ gemeentecode, vanaf, soort, first, after }: WerkvoorraadPage): Promise<Connection<BijMeldingEntity>> {
    if (soort && soort !== SignaalSoort.BIJ_MELDING) {
      throw clientError(
        'INVALID_INPUT',
        `The OOV-adviseur's werkvoorraad is ordered by the burgemeester's own deadline; filter it on ${SignaalSoort.BIJ_MELDING}.`,
      );
    }
    // Equality on terugkeergemeente and the keyset on (terugkeerdatum, id) walk the index bij_melding_werkvoorraad.
    const query = this.dataSource.manager
      .createQueryBuilder(BijMeldingEntity, 'm')
      .where('m.terugkeergemeente = :gemeentecode', { gemeentecode });
    if (vanaf) {
      query.andWhere('m.terugkeerdatum >= :vanaf', { vanaf });
    }
    if (soort) {
      query.andWhere('m.gemeenteNeemtDeel');
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
