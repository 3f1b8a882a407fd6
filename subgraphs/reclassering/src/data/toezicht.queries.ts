import { isUuid, keysetPage } from '@ketengraaf/subgraph-kit';
import type { Connection, PageArgs, Refusals } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { ToezichtEntity } from '../entities/toezicht.entity';
import { scopeWerkvoorraad } from '../policy/werkvoorraad-scope';

/** The reads of toezichten the resolvers ask for; relations go through the request's loaders. */
export class ToezichtQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  /** The toezicht with this id, or null when the id names none (or is no uuid at all). */
  async byId(id: string): Promise<ToezichtEntity | null> {
    return isUuid(id) ? this.dataSource.manager.findOneBy(ToezichtEntity, { id }) : null;
  }

  /**
   * One page of the caller's werkvoorraad, by begindatum; refused (by `scopeWerkvoorraad`) to
   * anyone but a reclassering toezichthouder.
   */
  async werkvoorraad({ first, after }: PageArgs, access: Refusals): Promise<Connection<ToezichtEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(ToezichtEntity, 't');
    scopeWerkvoorraad(query, access);
    // Equality on (organisatie, toezichthouder_gebruiker, status) and the keyset on (begindatum, id) walk the index toezicht_werkvoorraad.
    return keysetPage(query, {
      sortColumn: 't.begindatum',
      sortKeyOf: (row) => row.begindatum,
      first,
      after,
      maxPageSize: this.maxPageSize,
    });
  }
}
