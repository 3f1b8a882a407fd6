import { keysetPage } from '@ketengraaf/subgraph-kit';
import type { Connection, PageArgs, Refusals } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { AdviesopdrachtEntity } from '../entities/adviesopdracht.entity';
import { scopeAdviesopdrachten } from '../policy/adviesopdrachten-scope';

/** The reads of OM's opdrachten tot advies the resolvers ask for. */
export class AdviesopdrachtQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  /**
   * One page of the opdrachten OM gave the caller's organisation, by day; refused (by
   * `scopeAdviesopdrachten`) to anyone but its adviseurs.
   */
  async vanOrganisatie({ first, after }: PageArgs, access: Refusals): Promise<Connection<AdviesopdrachtEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(AdviesopdrachtEntity, 'o');
    scopeAdviesopdrachten(query, access);
    // Equality on organisatie and the keyset on (datum, id) walk the index adviesopdracht_per_organisatie.
    return keysetPage(query, {
      sortColumn: 'o.datum',
      sortKeyOf: (row) => row.datum,
      first,
      after,
      maxPageSize: this.maxPageSize,
    });
  }
}
