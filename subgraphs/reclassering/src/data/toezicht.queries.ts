import { isUuid, keysetSelect } from '@ketengraaf/subgraph-kit';
import type { Connection, KeysetSelect, PageArgs, Refusals } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { ToezichtEntity } from '../entities/toezicht.entity';
import { WERKVOORRAAD_SCOPE, werkvoorraadScope } from '../policy/werkvoorraad-scope';

/** The reads of toezichten the resolvers ask for; relations go through the request's loaders. */
export class ToezichtQueries {
  /**
   * A toezichthouder's werkvoorraad by begindatum: equality on (organisatie,
   * toezichthouder_gebruiker, status) and the keyset on (begindatum, id) walk the index toezicht_werkvoorraad.
   */
  private readonly werkvoorraadPage: KeysetSelect<ToezichtEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {
    this.werkvoorraadPage = keysetSelect(dataSource, ToezichtEntity, {
      equal: WERKVOORRAAD_SCOPE,
      sortBy: 'begindatum',
    });
  }

  /** The toezicht with this id, or null when the id names none (or is no uuid at all). */
  async byId(id: string): Promise<ToezichtEntity | null> {
    return isUuid(id) ? this.dataSource.manager.findOneBy(ToezichtEntity, { id }) : null;
  }

  /**
   * One page of the caller's werkvoorraad, by begindatum; refused (by `werkvoorraadScope`) to
   * anyone but a reclassering toezichthouder.
   */
  werkvoorraad({ first, after }: PageArgs, access: Refusals): Promise<Connection<ToezichtEntity>> {
    return this.werkvoorraadPage(werkvoorraadScope(access), { first, after, maxPageSize: this.maxPageSize });
  }
}
