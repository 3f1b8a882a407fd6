import { Doelbinding, mapConnection, PageArgs, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Connection, OutboxWriter, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { VerblijfQueries } from '../data/verblijf.queries';
import { registreerBetrokkenOrganisatie } from '../domain/betrokken-organisatie-commands';
import {
  registreerInstroom,
  registreerOverplaatsing,
  registreerUitstroom,
  registreerVervroegdeInvrijheidstelling,
  wijzigVerwachteUitstroom,
} from '../domain/verblijf-commands';

import { BetrokkenOrganisatie } from './betrokken-organisatie.type';
import type { DjiContext } from './context';
import { DrPlan } from './dr-plan.type';
import { Inrichting } from './inrichting.type';
import {
  BetrokkenOrganisatieInput,
  InstroomInput,
  OverplaatsingInput,
  UitstroomInput,
  VerblijfFilter,
  VervroegdeInvrijheidstellingInput,
  VerwachteUitstroomInput,
} from './inputs';
import { Justitiabele } from './justitiabele.type';
import { Mdo } from './mdo.type';
import { Screening } from './screening.type';
import { Verblijf, VerblijfConnection } from './verblijf.type';
import { Verblijfsperiode } from './verblijfsperiode.type';

@Resolver(() => Verblijf)
export class VerblijfResolver {
  constructor(
    private readonly queries: VerblijfQueries,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
  ) {}

  @Query(() => Verblijf, { nullable: true })
  async verblijf(@Arg('id', () => ID) id: string): Promise<Verblijf | null> {
    const entity = await this.queries.byId(id);
    return entity && Verblijf.from(entity);
  }

  @Query(() => VerblijfConnection, {
    description: 'Verblijven by inrichting, terugkeergemeente or uitstroom window, ordered by expected uitstroom.',
  })
  async verblijven(
    @Arg('filter', () => VerblijfFilter, { nullable: true }) filter: VerblijfFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { access }: DjiContext,
  ): Promise<Connection<Verblijf>> {
    return mapConnection(await this.queries.page(filter, page, access), (row) => Verblijf.from(row));
  }

  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW')
  @FieldResolver(() => Justitiabele, { nullable: true })
  async justitiabele(@Root() verblijf: Verblijf, @Ctx() { loaders }: DjiContext): Promise<Justitiabele> {
    const entity = await loaders.justitiabele.load(`id:${verblijf.justitiabeleId}`);
    if (!entity) {
      throw new Error(`Verblijf ${verblijf.id} refers to a missing justitiabele`);
    }
    return Justitiabele.from(entity);
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => Inrichting, { nullable: true, description: 'Where the person is now, or was last.' })
  async inrichting(@Root() verblijf: Verblijf, @Ctx() { loaders }: DjiContext): Promise<Inrichting> {
    const entity = await loaders.inrichting.load(verblijf.inrichtingCode);
    if (!entity) {
      throw new Error(`Verblijf ${verblijf.id} refers to a missing inrichting`);
    }
    return Inrichting.from(entity);
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => [Verblijfsperiode], {
    nullable: true,
    description: 'Where the person stayed, oldest first, with the casemanager of each period.',
  })
  async verblijfsperioden(@Root() verblijf: Verblijf, @Ctx() { loaders }: DjiContext): Promise<Verblijfsperiode[]> {
    return (await loaders.verblijfsperioden.load(verblijf.id)).map((entity) =>
      Verblijfsperiode.from(entity, verblijf.justitiabeleId),
    );
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => [BetrokkenOrganisatie], {
    nullable: true,
    description: 'Reclassering organisations DJI recorded as taking part in the re-integration, oldest first.',
  })
  async betrokkenOrganisaties(
    @Root() verblijf: Verblijf,
    @Ctx() { loaders }: DjiContext,
  ): Promise<BetrokkenOrganisatie[]> {
    return (await loaders.betrokkenOrganisaties.load(verblijf.id)).map((entity) => BetrokkenOrganisatie.from(entity));
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => Screening, { nullable: true, description: 'The latest screening.' })
  async screening(@Root() verblijf: Verblijf, @Ctx() { loaders }: DjiContext): Promise<Screening | null> {
    const [latest] = await loaders.screenings.load(verblijf.id);
    return latest ? Screening.from(latest, verblijf.justitiabeleId) : null;
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => DrPlan, { nullable: true, description: 'The current version of the D&R-plan.' })
  async drPlan(@Root() verblijf: Verblijf, @Ctx() { loaders }: DjiContext): Promise<DrPlan | null> {
    const [current] = await loaders.drPlannen.load(verblijf.id);
    return current ? DrPlan.from(current, verblijf.justitiabeleId) : null;
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => [DrPlan], { nullable: true, description: 'Every version of the D&R-plan, newest first.' })
  async drPlanVersies(@Root() verblijf: Verblijf, @Ctx() { loaders }: DjiContext): Promise<DrPlan[]> {
    return (await loaders.drPlannen.load(verblijf.id)).map((entity) => DrPlan.from(entity, verblijf.justitiabeleId));
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => [Mdo], { nullable: true, description: 'MDO meetings, newest first.' })
  async mdos(@Root() verblijf: Verblijf, @Ctx() { loaders }: DjiContext): Promise<Mdo[]> {
    return (await loaders.mdos.load(verblijf.id)).map((entity) => Mdo.from(entity, verblijf.justitiabeleId));
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, {
    description: 'Registers instroom: the person when new, the verblijf and its first period.',
  })
  async registreerInstroom(
    @Arg('input', () => InstroomInput) input: InstroomInput,
    @Ctx() request: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.transactions.run(request, (manager) =>
        registreerInstroom(manager, input, request.access, this.outbox),
      ),
    );
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, { description: 'Moves a current verblijf to another inrichting.' })
  async registreerOverplaatsing(
    @Arg('input', () => OverplaatsingInput) input: OverplaatsingInput,
    @Ctx() request: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.transactions.run(request, (manager) => registreerOverplaatsing(manager, input, request.access)),
    );
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, { description: 'Ends a verblijf.' })
  async registreerUitstroom(
    @Arg('input', () => UitstroomInput) input: UitstroomInput,
    @Ctx() request: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.transactions.run(request, (manager) =>
        registreerUitstroom(manager, input, request.access, this.outbox),
      ),
    );
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, {
    description:
      'Ends a verblijf sooner than expected (an unexpected early release): the gemeenten and the involved reclassering are told at once, ahead of the queue.',
  })
  async registreerVervroegdeInvrijheidstelling(
    @Arg('input', () => VervroegdeInvrijheidstellingInput) input: VervroegdeInvrijheidstellingInput,
    @Ctx() request: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.transactions.run(request, (manager) =>
        registreerVervroegdeInvrijheidstelling(manager, input, request.access, this.outbox),
      ),
    );
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, {
    description:
      'Records a reclassering organisation as taking part in the re-integration of a current verblijf: from then on it reads the screening (art. 18a Pbw).',
  })
  async registreerBetrokkenOrganisatie(
    @Arg('input', () => BetrokkenOrganisatieInput) input: BetrokkenOrganisatieInput,
    @Ctx() request: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.transactions.run(request, (manager) => registreerBetrokkenOrganisatie(manager, input, request.access)),
    );
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, { description: 'Changes the expected end of detention or the VI date.' })
  async wijzigVerwachteUitstroom(
    @Arg('input', () => VerwachteUitstroomInput) input: VerwachteUitstroomInput,
    @Ctx() request: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.transactions.run(request, (manager) =>
        wijzigVerwachteUitstroom(manager, input, request.access, this.outbox),
      ),
    );
  }
}
