import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Klok, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { StrafzaakQueries } from '../data/strafzaak.queries';
import {
  registreerDelictcategorie,
  registreerSlachtofferomgeving,
  registreerViDatum,
} from '../domain/strafzaak-commands';
import { parseParketnummer } from '../domain/validation';
import { isOfficier } from '../policy/bronhouder';
import { scopeVerstrekkingen } from '../policy/list-scope';

import type { OmBurgemeesterContext } from './context';
import { DelictcategorieInput, SlachtofferomgevingInput, ViDatumInput } from './inputs';
import { Justitiabele } from './justitiabele.type';
import { OpdrachtTotAdvies } from './opdracht-tot-advies.type';
import { Strafzaak } from './strafzaak.type';
import { Verstrekking } from './verstrekking.type';
import { ViBeslissing } from './vi-beslissing.type';

@Resolver(() => Strafzaak)
export class StrafzaakResolver {
  constructor(
    private readonly strafzaken: StrafzaakQueries,
    private readonly transactions: Transactions,
    private readonly vandaag: Klok,
  ) {}

  @Query(() => Strafzaak, { nullable: true, description: "One of OM's cases, by parketnummer. For OM only." })
  async strafzaak(
    @Arg('parketnummer') parketnummer: string,
    @Ctx() { access }: OmBurgemeesterContext,
  ): Promise<Strafzaak | null> {
    // Only OM looks up its cases: anyone else is refused before it could learn whether one exists.
    if (!isOfficier(access.caller)) {
      throw access.refuseList('Query.strafzaak', 'Strafzaak');
    }
    const entity = await this.strafzaken.byParketnummer(parseParketnummer(parketnummer));
    return entity && Strafzaak.from(entity);
  }

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => Justitiabele, {
    nullable: true,
    description: "The person the case is against, by chain id: the officier's way on to the other parties' data.",
  })
  justitiabele(@Root() zaak: Strafzaak): Justitiabele {
    return Justitiabele.from(zaak.justitiabeleId);
  }

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => ViBeslissing, { nullable: true, description: 'The VI-beslissing in this case, if OM took one.' })
  async viBeslissing(@Root() zaak: Strafzaak, @Ctx() { loaders }: OmBurgemeesterContext): Promise<ViBeslissing | null> {
    const beslissing = (await loaders.viBeslissingen.load(zaak.justitiabeleId)).find((row) => row.zaakId === zaak.id);
    return beslissing ? ViBeslissing.from(beslissing) : null;
  }

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => [OpdrachtTotAdvies], {
    nullable: true,
    description: 'Orders to advise in this case, newest first.',
  })
  async opdrachtenTotAdvies(
    @Root() zaak: Strafzaak,
    @Ctx() { loaders }: OmBurgemeesterContext,
  ): Promise<OpdrachtTotAdvies[]> {
    return (await loaders.opdrachtenTotAdvies.load(zaak.justitiabeleId))
      .filter((row) => row.zaakId === zaak.id)
      .map((entity) => OpdrachtTotAdvies.from(entity));
  }

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => [Verstrekking], {
    nullable: true,
    description: 'Decisions on disclosing from this case to burgemeesters, newest first.',
  })
  async verstrekkingen(
    @Root() zaak: Strafzaak,
    @Ctx() { loaders, caller }: OmBurgemeesterContext,
  ): Promise<Verstrekking[]> {
    const rows = (await loaders.verstrekkingen.load(zaak.justitiabeleId)).filter((row) => row.zaakId === zaak.id);
    return scopeVerstrekkingen(rows, caller).map((entity) => Verstrekking.from(entity));
  }

  @Wijziging(['om:officier'], 'EIGEN_TAAK')
  @Mutation(() => Strafzaak, {
    description:
      "Records a case's delictcategorie; a new parketnummer registers the case (verwachteVersie 0). Refused with VERSION_CONFLICT when based on a stale version.",
  })
  async registreerDelictcategorie(
    @Arg('input', () => DelictcategorieInput) input: DelictcategorieInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<Strafzaak> {
    return Strafzaak.from(
      await this.transactions.run(request, (manager) => registreerDelictcategorie(manager, input, request.access)),
    );
  }

  @Wijziging(['om:officier'], 'EIGEN_TAAK')
  @Mutation(() => Strafzaak, {
    description:
      'Records whether a victim lives in the direct surroundings; refused with VERSION_CONFLICT when based on a stale version.',
  })
  async registreerSlachtofferomgeving(
    @Arg('input', () => SlachtofferomgevingInput) input: SlachtofferomgevingInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<Strafzaak> {
    return Strafzaak.from(
      await this.transactions.run(request, (manager) => registreerSlachtofferomgeving(manager, input, request.access)),
    );
  }

  @Wijziging(['om:officier'], 'EIGEN_TAAK')
  @Mutation(() => Strafzaak, {
    description:
      "Records the day the case's VI falls, as OM computed it; the VI-beslissing is due a term before it. Refused with VERSION_CONFLICT when based on a stale version.",
  })
  async registreerViDatum(
    @Arg('input', () => ViDatumInput) input: ViDatumInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<Strafzaak> {
    return Strafzaak.from(
      await this.transactions.run(request, (manager) =>
        registreerViDatum(manager, input, this.vandaag(), request.access),
      ),
    );
  }
}
