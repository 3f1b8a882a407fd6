import {
  decodeDateCursor,
  Doelbinding,
  encodeCursor,
  isUuid,
  PageArgs,
  pageSize,
  toConnection,
  Wijziging,
} from '@ketengraaf/subgraph-kit';
import type { Connection } from '@ketengraaf/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';

import { beeindigToezicht, startToezicht, wijzigToezicht } from '../domain/toezicht-commands';
import { legBijzondereVoorwaardeOp } from '../domain/voorwaarde-commands';
import { ToezichtEntity } from '../entities/toezicht.entity';
import { scopeWerkvoorraad } from '../policy/werkvoorraad-scope';

import { BijzondereVoorwaarde } from './bijzondere-voorwaarde.type';
import type { ReclasseringContext } from './context';
import { BeeindigingInput, BijzondereVoorwaardeInput, ToezichtInput, ToezichtWijzigingInput } from './inputs';
import { Justitiabele } from './justitiabele.type';
import { Toezicht, ToezichtConnection } from './toezicht.type';

@Resolver(() => Toezicht)
export class ToezichtResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  @Query(() => Toezicht, { nullable: true })
  async toezicht(@Arg('id', () => ID) id: string): Promise<Toezicht | null> {
    const entity = isUuid(id) ? await this.dataSource.manager.findOneBy(ToezichtEntity, { id }) : null;
    return entity && Toezicht.from(entity);
  }

  @Query(() => ToezichtConnection, {
    description:
      "The caller's werkvoorraad as toezichthouder: the lopende toezichten of its organisation it is toezichthouder of, by begindatum.",
  })
  async werkvoorraad(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { access }: ReclasseringContext,
  ): Promise<Connection<Toezicht>> {
    const query = this.dataSource.manager.createQueryBuilder(ToezichtEntity, 't');
    scopeWerkvoorraad(query, access);
    const size = pageSize(first, this.maxPageSize);
    // Equality on (organisatie, toezichthouder_gebruiker, status) and the keyset on (begindatum, id) walk the index toezicht_werkvoorraad.
    query
      .orderBy('t.begindatum', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(size + 1);
    if (after) {
      query.andWhere('(t.begindatum, t.id) > (CAST(:sortKey AS date), CAST(:id AS uuid))', decodeDateCursor(after));
    }
    const rows = await query.getMany();
    return toConnection(
      rows,
      size,
      (row) => encodeCursor(row.begindatum, row.id),
      (row) => Toezicht.from(row),
    );
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
    @Ctx() { access }: ReclasseringContext,
  ): Promise<Toezicht> {
    return Toezicht.from(await this.dataSource.transaction((manager) => startToezicht(manager, input, access)));
  }

  @Wijziging(['reclassering:toezichthouder'], 'EIGEN_TAAK')
  @Mutation(() => Toezicht, {
    description:
      'Replaces the toezichthouder, ketenpartners and woongemeente; refused with VERSION_CONFLICT when based on a stale version.',
  })
  async wijzigToezicht(
    @Arg('input', () => ToezichtWijzigingInput) input: ToezichtWijzigingInput,
    @Ctx() { access }: ReclasseringContext,
  ): Promise<Toezicht> {
    return Toezicht.from(await this.dataSource.transaction((manager) => wijzigToezicht(manager, input, access)));
  }

  @Wijziging(['reclassering:toezichthouder'], 'EIGEN_TAAK')
  @Mutation(() => Toezicht, { description: 'Ends a lopend toezicht and the voorwaarden still running under it.' })
  async beeindigToezicht(
    @Arg('input', () => BeeindigingInput) input: BeeindigingInput,
    @Ctx() { access }: ReclasseringContext,
  ): Promise<Toezicht> {
    return Toezicht.from(await this.dataSource.transaction((manager) => beeindigToezicht(manager, input, access)));
  }

  @Wijziging(['reclassering:toezichthouder'], 'EIGEN_TAAK')
  @Mutation(() => Toezicht, {
    description:
      "Adds a bijzondere voorwaarde to a lopend toezicht and bumps the toezicht's version; refused with VERSION_CONFLICT when based on a stale one.",
  })
  async legBijzondereVoorwaardeOp(
    @Arg('input', () => BijzondereVoorwaardeInput) input: BijzondereVoorwaardeInput,
    @Ctx() { access }: ReclasseringContext,
  ): Promise<Toezicht> {
    return Toezicht.from(
      await this.dataSource.transaction((manager) => legBijzondereVoorwaardeOp(manager, input, access)),
    );
  }
}
