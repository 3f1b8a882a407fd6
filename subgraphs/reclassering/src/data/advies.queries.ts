import { isUuid } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { AdviesEntity } from '../entities/advies.entity';

/** The reads of adviezen the resolvers ask for; relations go through the request's loaders. */
export class AdviesQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The advies with this id, or null when the id names none (or is no uuid at all). */
  async byId(id: string): Promise<AdviesEntity | null> {
    return isUuid(id) ? this.dataSource.manager.findOneBy(AdviesEntity, { id }) : null;
  }
}
