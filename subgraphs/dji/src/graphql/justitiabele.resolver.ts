import { BsnScalar, Doelbinding, PerVeld } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { VerblijfStatus } from '../entities/verblijf.entity';

import type { DjiContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { Verblijf } from './verblijf.type';

@Resolver(() => Justitiabele)
export class JustitiabeleResolver {
  @Query(() => Justitiabele, { nullable: true, description: 'A person by strafrechtsketennummer.' })
  async justitiabele(@Arg('id', () => ID) id: string, @Ctx() { loaders }: DjiContext): Promise<Justitiabele | null> {
    const entity = await loaders.justitiabele.load(`id:${id}`);
    return entity && Justitiabele.from(entity);
  }

  @Query(() => Justitiabele, {
    nullable: true,
    description: 'A person by BSN (sent in the request body, never in a URL).',
  })
  async justitiabeleOpBsn(
    @Arg('bsn', () => BsnScalar) bsn: string,
    @Ctx() { loaders }: DjiContext,
  ): Promise<Justitiabele | null> {
    const entity = await loaders.justitiabele.load(`bsn:${bsn}`);
    return entity && Justitiabele.from(entity);
  }

  @PerVeld()
  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW', 'ART_11A_BJSG')
  @FieldResolver(() => Verblijf, {
    nullable: true,
    description: 'The verblijf that has not ended, if any and if the caller may see that stay.',
  })
  async huidigVerblijf(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: DjiContext,
  ): Promise<Verblijf | null> {
    const verblijven = await loaders.verblijven.load(justitiabele.id);
    const current = verblijven.find((verblijf) => verblijf.status !== VerblijfStatus.UITGESTROOMD);
    const verblijf = current && Verblijf.from(current);
    // Null without an error, like a narrowed list: refusing it would tell the gemeente of an ended
    // stay that the person is detained again.
    return verblijf && (await access.mayRead('Verblijf', verblijf)) ? verblijf : null;
  }

  @PerVeld()
  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW')
  @FieldResolver(() => Verblijf, {
    nullable: true,
    description:
      "The stay DJI's work on the person concerns: the one not ended, or else the last; null when the caller may not see that stay. The gemeente's regie is derived from it.",
  })
  async laatsteVerblijf(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: DjiContext,
  ): Promise<Verblijf | null> {
    const verblijven = await loaders.verblijven.load(justitiabele.id);
    const entity = verblijven.find((verblijf) => verblijf.status !== VerblijfStatus.UITGESTROOMD) ?? verblijven[0];
    const verblijf = entity && Verblijf.from(entity);
    // As huidigVerblijf: null without an error, so the answer does not tell a gemeente of an earlier stay about a later one.
    return verblijf && (await access.mayRead('Verblijf', verblijf)) ? verblijf : null;
  }

  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW')
  @FieldResolver(() => [Verblijf], { nullable: true, description: 'All verblijven, newest first.' })
  async verblijven(@Root() justitiabele: Justitiabele, @Ctx() { loaders }: DjiContext): Promise<Verblijf[]> {
    return (await loaders.verblijven.load(justitiabele.id)).map((entity) => Verblijf.from(entity));
  }
}
