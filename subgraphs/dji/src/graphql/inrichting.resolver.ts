import { Query, Resolver } from 'type-graphql';

import type { InrichtingQueries } from '../data/inrichting.queries';

import { Inrichting } from './inrichting.type';

@Resolver(() => Inrichting)
export class InrichtingResolver {
  constructor(private readonly queries: InrichtingQueries) {}

  @Query(() => [Inrichting], { description: "DJI's inrichtingen, by code." })
  async inrichtingen(): Promise<Inrichting[]> {
    return (await this.queries.all()).map((row) => Inrichting.from(row));
  }
}
