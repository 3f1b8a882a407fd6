import { Doelbinding, GemeentecodeScalar, mapConnection, PageArgs, Wijziging } from '@ketengraaf/subgraph-kit';
import type { CountedConnection, OutboxWriter, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { NazorgdossierQueries } from '../data/nazorgdossier.queries';
import { openNazorgdossier, sluitNazorgdossier } from '../domain/nazorgdossier-commands';
import { draagNazorgdossierOver } from '../domain/overdracht-commands';
import { DossierStatus } from '../entities/nazorgdossier.entity';

import { BasisvoorwaardenStatus } from './basisvoorwaarden-status.type';
import type { GemeenteContext } from './context';
import { NazorgdossierInput, OverdrachtInput, SluitingInput } from './inputs';
import { Justitiabele } from './justitiabele.type';
import { Nazorgdossier, NazorgdossierConnection } from './nazorgdossier.type';

@Resolver(() => Nazorgdossier)
export class NazorgdossierResolver {
  constructor(
    private readonly dossiers: NazorgdossierQueries,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
  ) {}

  @Query(() => Nazorgdossier, { nullable: true })
  async nazorgdossier(@Arg('id', () => ID) id: string): Promise<Nazorgdossier | null> {
    const entity = await this.dossiers.byId(id);
    return entity && Nazorgdossier.from(entity);
  }

  @Query(() => NazorgdossierConnection, {
    description: "One gemeente's nazorgdossiers with the given status, oldest opened first.",
  })
  async nazorgdossiers(
    @Arg('gemeentecode', () => GemeentecodeScalar) gemeentecode: string,
    @Arg('status', () => DossierStatus, { defaultValue: DossierStatus.OPEN }) status: DossierStatus,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { access }: GemeenteContext,
  ): Promise<CountedConnection<Nazorgdossier>> {
    // A gemeente's worklist is its own: only its own nazorgcoördinatoren and its own social-domain
    // system list it (the latter sees only the fields SOCIAAL_DOMEIN opens).
    const { caller } = access;
    const ownList = caller.rol === 'nazorgcoordinator' || caller.rol === 'sociaal-domein-systeem';
    if (caller.soort !== 'gemeente' || !ownList || caller.code !== gemeentecode) {
      throw access.refuseList(`the nazorgdossiers of gemeente ${gemeentecode}`, 'Nazorgdossier');
    }
    const page = await this.dossiers.page({ gemeentecode, status, first, after });
    const { dossiers } = this;
    return {
      ...mapConnection(page, (row) => Nazorgdossier.from(row)),
      // Counted only when asked for.
      get totalCount() {
        return dossiers.count(gemeentecode, status);
      },
    };
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS', 'SOCIAAL_DOMEIN')
  @FieldResolver(() => Justitiabele, {
    nullable: true,
    description: 'The person, by BSN; the gateway goes on to the other parties from here.',
  })
  justitiabele(@Root() dossier: Nazorgdossier): Justitiabele {
    return Justitiabele.from(dossier.bsn);
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS', 'SOCIAAL_DOMEIN')
  @FieldResolver(() => BasisvoorwaardenStatus, { nullable: true })
  async basisvoorwaarden(
    @Root() dossier: Nazorgdossier,
    @Ctx() { loaders }: GemeenteContext,
  ): Promise<BasisvoorwaardenStatus> {
    const entity = await loaders.basisvoorwaarden.load(dossier.id);
    if (!entity) {
      throw new Error(`Nazorgdossier ${dossier.id} has no basisvoorwaarden status`);
    }
    return BasisvoorwaardenStatus.from(entity);
  }

  @Wijziging(['gemeente:nazorgcoordinator'], 'EIGEN_TAAK')
  @Mutation(() => Nazorgdossier, {
    description: 'Opens a nazorgdossier; refused with INVALID_STATE while the gemeente has one open on the person.',
  })
  async openNazorgdossier(
    @Arg('input', () => NazorgdossierInput) input: NazorgdossierInput,
    @Ctx() request: GemeenteContext,
  ): Promise<Nazorgdossier> {
    return Nazorgdossier.from(
      await this.transactions.run(request, (manager) => openNazorgdossier(manager, input, request.access, this.outbox)),
    );
  }

  @Wijziging(['gemeente:nazorgcoordinator'], 'EIGEN_TAAK')
  @Mutation(() => Nazorgdossier, { description: 'Closes an open nazorgdossier.' })
  async sluitNazorgdossier(
    @Arg('input', () => SluitingInput) input: SluitingInput,
    @Ctx() request: GemeenteContext,
  ): Promise<Nazorgdossier> {
    return Nazorgdossier.from(
      await this.transactions.run(request, (manager) => sluitNazorgdossier(manager, input, request.access)),
    );
  }

  @Wijziging(['gemeente:nazorgcoordinator'], 'EIGEN_TAAK')
  @Mutation(() => Nazorgdossier, {
    description:
      'Hands a dossier over to the new gemeente of return DJI named: it closes as OVERGEDRAGEN and the new gemeente is told (art. 18a Pbw).',
  })
  async draagNazorgdossierOver(
    @Arg('input', () => OverdrachtInput) input: OverdrachtInput,
    @Ctx() request: GemeenteContext,
  ): Promise<Nazorgdossier> {
    return Nazorgdossier.from(
      await this.transactions.run(request, (manager) =>
        draagNazorgdossierOver(manager, input, request.access, this.outbox),
      ),
    );
  }
}
