import type { DataSource } from 'typeorm';

import { InrichtingEntity } from '../entities/inrichting.entity';

/** DJI's reads of its inrichtingen, reference data its migrations hold. */
export class InrichtingQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Every inrichting, by code. */
  async all(): Promise<InrichtingEntity[]> {
    return this.dataSource.manager.find(InrichtingEntity, { order: { code: 'ASC' } });
  }
}
