import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { registreerVerstrekking } from '../domain/verstrekking-commands';
import type { StrafzaakEntity } from '../entities/strafzaak.entity';
import type { ViBeslissingEntity } from '../entities/vi-beslissing.entity';

import type { OmBurgemeesterContext } from './context';
import { Delictcategorie, VerstrekkingOnderdeel } from './enums';
import { VerstrekkingInput } from './inputs';
import { Slachtofferomgeving } from './strafzaak.type';
import { VerstrekteViBeslissing, Verstrekking } from './verstrekking.type';
import { Herroeping, proeftijdOf, ViVoorwaarde } from './vi-beslissing.type';

/**
 * The items of a disclosure, read from OM's current records: each only when the disclosure is
 * VERSTREKT and names it, otherwise null (the disclosure does not give it).
 */
@Resolver(() => Verstrekking)
export class VerstrekkingResolver {
  constructor(private readonly transactions: Transactions) {}

  @Doelbinding('EIGEN_TAAK', 'AANWIJZING_WJSG')
  @FieldResolver(() => Delictcategorie, {
    nullable: true,
    description: 'Given when `onderdelen` names DELICTCATEGORIE.',
  })
  async delictcategorie(
    @Root() verstrekking: Verstrekking,
    @Ctx() context: OmBurgemeesterContext,
  ): Promise<Delictcategorie | null> {
    if (!verstrekking.geeft(VerstrekkingOnderdeel.DELICTCATEGORIE)) return null;
    return (await zaakOf(verstrekking, context)).delictcategorie;
  }

  @Doelbinding('EIGEN_TAAK', 'AANWIJZING_WJSG')
  @FieldResolver(() => Slachtofferomgeving, {
    nullable: true,
    description: 'Given when `onderdelen` names SLACHTOFFEROMGEVING.',
  })
  async slachtofferomgeving(
    @Root() verstrekking: Verstrekking,
    @Ctx() context: OmBurgemeesterContext,
  ): Promise<Slachtofferomgeving | null> {
    if (!verstrekking.geeft(VerstrekkingOnderdeel.SLACHTOFFEROMGEVING)) return null;
    return Slachtofferomgeving.from((await zaakOf(verstrekking, context)).slachtofferomgeving);
  }

  @Doelbinding('EIGEN_TAAK', 'AANWIJZING_WJSG')
  @FieldResolver(() => VerstrekteViBeslissing, {
    nullable: true,
    description: 'Given when `onderdelen` names VI_BESLISSING.',
  })
  async viBeslissing(
    @Root() verstrekking: Verstrekking,
    @Ctx() context: OmBurgemeesterContext,
  ): Promise<VerstrekteViBeslissing | null> {
    if (!verstrekking.geeft(VerstrekkingOnderdeel.VI_BESLISSING)) return null;
    const beslissing = await viBeslissingOf(verstrekking, context);
    return (
      beslissing &&
      Object.assign(new VerstrekteViBeslissing(), {
        datum: beslissing.datum,
        ingangsdatum: beslissing.ingangsdatum,
        proeftijd: proeftijdOf(beslissing),
        herroeping: Herroeping.from(beslissing),
      })
    );
  }

  @Doelbinding('EIGEN_TAAK', 'AANWIJZING_WJSG')
  @FieldResolver(() => [ViVoorwaarde], { nullable: true, description: 'Given when `onderdelen` names VI_VOORWAARDEN.' })
  async viVoorwaarden(
    @Root() verstrekking: Verstrekking,
    @Ctx() context: OmBurgemeesterContext,
  ): Promise<ViVoorwaarde[] | null> {
    if (!verstrekking.geeft(VerstrekkingOnderdeel.VI_VOORWAARDEN)) return null;
    const beslissing = await viBeslissingOf(verstrekking, context);
    return beslissing && ViVoorwaarde.list(beslissing.voorwaarden);
  }

  @Wijziging(['om:officier'], 'AANWIJZING_WJSG')
  @Mutation(() => Verstrekking, {
    description:
      "Records the officier's decision on giving items of a case's strafdossier to a burgemeester (Aanwijzing WJSG), with its proportionality reason.",
  })
  async registreerVerstrekking(
    @Arg('input', () => VerstrekkingInput) input: VerstrekkingInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<Verstrekking> {
    return Verstrekking.from(
      await this.transactions.run(request, (manager) => registreerVerstrekking(manager, input, request.access)),
    );
  }
}

async function zaakOf(verstrekking: Verstrekking, { loaders }: OmBurgemeesterContext): Promise<StrafzaakEntity> {
  const zaak = (await loaders.strafzaken.load(verstrekking.justitiabeleId)).find(
    (row) => row.id === verstrekking.zaakId,
  );
  if (!zaak) {
    throw new Error(`Verstrekking ${verstrekking.id} refers to a missing strafzaak`);
  }
  return zaak;
}

async function viBeslissingOf(
  verstrekking: Verstrekking,
  { loaders }: OmBurgemeesterContext,
): Promise<ViBeslissingEntity | null> {
  const beslissingen = await loaders.viBeslissingen.load(verstrekking.justitiabeleId);
  return beslissingen.find((row) => row.zaakId === verstrekking.zaakId) ?? null;
}
