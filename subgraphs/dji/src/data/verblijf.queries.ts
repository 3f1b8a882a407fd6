import { assertPeriod, isUuid, keysetPage } from '@ketengraaf/subgraph-kit';
import type { Connection, PageArgs, Refusals } from '@ketengraaf/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';

import { VerblijfEntity, VerblijfStatus } from '../entities/verblijf.entity';
import type { VerblijfFilter } from '../graphql/inputs';
import { scopeVerblijven } from '../policy/verblijf-scope';

/**
 * The verblijf with this id as `manager` sees it (inside a change, its transaction); null for an
 * unknown id or one that is no uuid.
 */
export async function verblijfById(manager: EntityManager, id: string): Promise<VerblijfEntity | null> {
  return isUuid(id) ? manager.findOneBy(VerblijfEntity, { id }) : null;
}

/** DJI's reads of verblijven: one by id, and the list the caller may see, by keyset. */
export class VerblijfQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  /** The verblijf with this id; null for an unknown id or one that is no uuid. */
  async byId(id: string): Promise<VerblijfEntity | null> {
    return verblijfById(this.dataSource.manager, id);
  }

  /**
   * The verblijven the caller may list, narrowed by `filter`, ordered by expected uitstroom (unknown
   * ones last). Refused as a whole to a caller with no ground to list anyone.
   */
  async page(
    filter: VerblijfFilter | null,
    { first, after }: PageArgs,
    access: Refusals,
  ): Promise<Connection<VerblijfEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(VerblijfEntity, 'v');
    scopeVerblijven(query, access);
    if (filter?.inrichting) {
      query.andWhere('v.huidige_inrichting = :inrichting', { inrichting: filter.inrichting });
    }
    if (filter?.terugkeergemeente) {
      query.andWhere('v.terugkeer_gemeentecode = :gemeente', { gemeente: filter.terugkeergemeente });
    }
    if (filter?.uitstroomVanaf && filter.uitstroomTot) {
      assertPeriod(filter.uitstroomVanaf, filter.uitstroomTot, 'Uitstroom window');
    }
    if (filter?.uitstroomVanaf) {
      query.andWhere('v.uitstroom_sorteerdatum >= :vanaf', { vanaf: filter.uitstroomVanaf });
    }
    if (filter?.uitstroomTot) {
      query.andWhere('v.uitstroom_sorteerdatum <= :tot', { tot: filter.uitstroomTot });
    }
    if (!filter?.inclusiefUitgestroomd) {
      query.andWhere('v.status <> :uitgestroomd', { uitgestroomd: VerblijfStatus.UITGESTROOMD });
    }
    return keysetPage(query, {
      sortColumn: 'v.uitstroom_sorteerdatum',
      sortKeyOf: (row) => row.uitstroomSorteerdatum,
      first,
      after,
      maxPageSize: this.maxPageSize,
    });
  }
}
