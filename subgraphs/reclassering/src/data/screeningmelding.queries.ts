import { keysetPage } from '@ketengraaf/subgraph-kit';
import type { Connection, PageArgs, Refusals } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { ScreeningmeldingEntity } from '../entities/screeningmelding.entity';
import { scopeScreeningmeldingen } from '../policy/screeningmeldingen-scope';

/** The reads of DJI's screening meldingen the resolvers ask for. */
export class ScreeningmeldingQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  /** One page of the screening meldingen DJI sent the caller's organisation, by the day DJI sent them. */
  async vanOrganisatie({ first, after }: PageArgs, access: Refusals): Promise<Connection<ScreeningmeldingEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(ScreeningmeldingEntity, 's');
    scopeScreeningmeldingen(query, access);
    return keysetPage(query, {
      // Equality on organisatie and the keyset on (gemeld_op, id) walk the index screeningmelding_per_organisatie.
      sortColumn: 's.gemeld_op',
      sortKeyOf: (row) => row.gemeldOp,
      first,
      after,
      maxPageSize: this.maxPageSize,
    });
  }
}
