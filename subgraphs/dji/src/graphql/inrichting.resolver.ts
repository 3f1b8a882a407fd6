import { Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';

import { InrichtingEntity } from '../entities/inrichting.entity';

import { Inrichting } from './inrichting.type';

@Resolver(() => Inrichting)
export class InrichtingResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [Inrichting], { description: "DJI's inrichtingen, by code." })
  async inrichtingen(): Promise<Inrichting[]> {
    const rows = await this.dataSource.manager.find(InrichtingEntity, { order: { code: 'ASC' } });
    return rows.map((row) => Inrichting.from(row));
  }
}
