import { Doelbinding, mapConnection, PageArgs, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Connection, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { ToezichtQueries } from '../data/toezicht.queries';
import { beeindigToezicht, startToezicht, wijzigToezicht } from '../domain/toezicht-commands';
import { legBijzondereVoorwaardeOp } from '../domain/voorwaarde-commands';

import { BijzondereVoorwaarde } from './bijzondere-voorwaarde.type';
import type { ReclasseringContext } from './context';
import { BeeindigingInput, BijzondereVoorwaardeInput, ToezichtInput, ToezichtWijzigingInput } from './inputs';
import { Justitiabele } from './justitiabele.type';
import { Toezicht, ToezichtConnection } from './toezicht.type';

@Resolver(() => Toezicht)
export class ToezichtResolver {
  constructor(
    private readonly toezichten: ToezichtQueries,
    private readonly transactions: Transactions,
  ) {}

  @Query(() => Toezicht, { nullable: true })
  async toezicht(@Arg('id', () => ID) id: string): Promise<Toezicht | null> {
    const entity = await this.toezichten.byId(id);
    return entity && Toezicht.from(entity);
  }

  @Query(() => ToezichtConnection, {
    description:
      "The caller's werkvoorraad as toezichthouder: the lopende toezichten of its organisation it is toezichthouder of, by begindatum.",
  })
  async werkvoorraad(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { access }: ReclasseringContext,
  ): Promise<Connection<Toezicht>> {
    return mapConnection(await this.toezichten.werkvoorraad(page, access), (row) => Toezicht.from(row));
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => Justitiabele, {
    nullable: true,
    description: 'The person, by strafrechtsketennummer; the gateway goes on to the other parties from here.',
  })
  justitiabele(@Root() toezicht: Toezicht): Justitiabele {
    return Justitiabele.from(toezicht.justitiabeleId);
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => [BijzondereVoorwaarde], { nullable: true, description: 'Oldest first.' })
  async bijzondereVoorwaarden(
    @Root() toezicht: Toezicht,
    @Ctx() { loaders }: ReclasseringContext,
  ): Promise<BijzondereVoorwaarde[]> {
    return (await loaders.voorwaarden.load(toezicht.id)).map((entity) =>
      BijzondereVoorwaarde.from(entity, toezicht.justitiabeleId, toezicht.organisatie),
    );
  }

  @Wijziging(['reclassering:toezichthouder'], 'EIGEN_TAAK')
  @Mutation(() => Toezicht, {
    description:
      "Starts a toezicht of the caller's own organisation; refused with INVALID_STATE while it has one lopend on the person.",
  })
  async startToezicht(
    @Arg('input', () => ToezichtInput) input: ToezichtInput,
    @Ctx() request: ReclasseringContext,
  ): Promise<Toezicht> {
    return Toezicht.from(
      await this.transactions.run(request, (manager) => startToezicht(manager, input, request.access)),
    );
  }

  @Wijziging(['reclassering:toezichthouder'], 'EIGEN_TAAK')
  @Mutation(() => Toezicht, {
    description:
      'Replaces the toezichthouder, ketenpartners and woongemeente; refused with VERSION_CONFLICT when based on a stale version.',
  })
  async wijzigToezicht(
    @Arg('input', () => ToezichtWijzigingInput) input: ToezichtWijzigingInput,
    @Ctx() request: ReclasseringContext,
  ): Promise<Toezicht> {
    return Toezicht.from(
      await this.transactions.run(request, (manager) => wijzigToezicht(manager, input, request.access)),
    );
  }

  @Wijziging(['reclassering:toezichthouder'], 'EIGEN_TAAK')
  @Mutation(() => Toezicht, { description: 'Ends a lopend toezicht and the voorwaarden still running under it.' })
  async beeindigToezicht(
    @Arg('input', () => BeeindigingInput) input: BeeindigingInput,
    @Ctx() request: ReclasseringContext,
  ): Promise<Toezicht> {
    return Toezicht.from(
      await this.transactions.run(request, (manager) => beeindigToezicht(manager, input, request.access)),
    );
  }

  @Wijziging(['reclassering:toezichthouder'], 'EIGEN_TAAK')
  @Mutation(() => Toezicht, {
    description:
      "Adds a bijzondere voorwaarde to a lopend toezicht and bumps the toezicht's version; refused with VERSION_CONFLICT when based on a stale one.",
  })
  async legBijzondereVoorwaardeOp(
    @Arg('input', () => BijzondereVoorwaardeInput) input: BijzondereVoorwaardeInput,
    @Ctx() request: ReclasseringContext,
  ): Promise<Toezicht> {
    return Toezicht.from(
      await this.transactions.run(request, (manager) => legBijzondereVoorwaardeOp(manager, input, request.access)),
    );
  }
}
