import { keysetPage } from '@ketengraaf/subgraph-kit';
import type { Connection, PageArgs, Refusals } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { OvertredingsmeldingEntity } from '../entities/overtredingsmelding.entity';
import { scopeMeldingenAan } from '../policy/meldingen-scope';

/** The reads of meldingen to OM the resolvers ask for; relations go through the request's loaders. */
export class OvertredingsmeldingQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  /**
   * One page of the meldingen made to the caller's organisation, by the day of the overtreding;
   * refused (by `scopeMeldingenAan`) to anyone but the officier van justitie.
   */
  async gemeldAan({ first, after }: PageArgs, access: Refusals): Promise<Connection<OvertredingsmeldingEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(OvertredingsmeldingEntity, 'm');
    scopeMeldingenAan(query, access);
    // Equality on gemeld_aan and the keyset on (datum, id) walk the index overtredingsmelding_per_ontvanger.
    return keysetPage(query, {
      sortColumn: 'm.datum',
      sortKeyOf: (row) => row.datum,
      first,
      after,
      maxPageSize: this.maxPageSize,
    });
  }
}
