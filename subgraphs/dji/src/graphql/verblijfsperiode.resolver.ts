import { Doelbinding } from '@ketengraaf/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { DjiContext } from './context';
import { Inrichting } from './inrichting.type';
import { Verblijfsperiode } from './verblijfsperiode.type';

@Resolver(() => Verblijfsperiode)
export class VerblijfsperiodeResolver {
  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => Inrichting, { nullable: true })
  async inrichting(@Root() periode: Verblijfsperiode, @Ctx() { loaders }: DjiContext): Promise<Inrichting> {
    const entity = await loaders.inrichting.load(periode.inrichtingCode);
    if (!entity) {
      throw new Error(`Verblijfsperiode refers to a missing inrichting ${periode.inrichtingCode}`);
    }
    return Inrichting.from(entity);
  }
}
