import { byUrgency, Doelbinding, PerVeld, Signaal } from '@ketengraaf/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { scopeStukken, scopeVerstrekkingen } from '../policy/list-scope';

import { BijMelding, signalenVan } from './bij-melding.type';
import type { OmBurgemeesterContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { Omgevingsanalyse } from './omgevingsanalyse.type';
import { Reclasseringsmelding } from './reclasseringsmelding.type';
import { Strafzaak } from './strafzaak.type';
import { Verstrekking } from './verstrekking.type';
import { ViBeslissing } from './vi-beslissing.type';
import { Zienswijze } from './zienswijze.type';

/**
 * What this subgraph adds to a person. There is no root query by chain id: another party's root
 * (or OM's `strafzaak`) is the way in, and the gateway (or a direct caller) reaches these fields
 * through `_entities`. Every list is nullable: when this subgraph is unreachable, only its fields
 * are lost.
 */
@Resolver(() => Justitiabele)
export class JustitiabeleResolver {
  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @FieldResolver(() => [Strafzaak], {
    nullable: true,
    description:
      "OM's cases against the person, oldest first: OM's own. A burgemeester reads OM's data only through `verstrekkingen`.",
  })
  async strafzaken(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders }: OmBurgemeesterContext,
  ): Promise<Strafzaak[]> {
    return (await loaders.strafzaken.load(justitiabele.id)).map((entity) => Strafzaak.from(entity));
  }

  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @FieldResolver(() => [ViBeslissing], {
    nullable: true,
    description:
      "OM's VI-beslissingen on the person, newest first: OM sees all; a reclassering toezichthouder those OM assigned its organisation to supervise.",
  })
  async viBeslissingen(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders }: OmBurgemeesterContext,
  ): Promise<ViBeslissing[]> {
    return (await loaders.viBeslissingen.load(justitiabele.id)).map((entity) => ViBeslissing.from(entity));
  }

  @Doelbinding('AANWIJZING_WJSG', 'OPDRACHT_OM', 'EIGEN_TAAK')
  @FieldResolver(() => [Verstrekking], {
    nullable: true,
    description:
      'Disclosures from the strafdossier, newest first: OM sees all it decided; a burgemeester those VERSTREKT to it, with the items they give.',
  })
  async verstrekkingen(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: OmBurgemeesterContext,
  ): Promise<Verstrekking[]> {
    const rows = scopeVerstrekkingen(await loaders.verstrekkingen.load(justitiabele.id), access.caller);
    return rows.map((entity) => Verstrekking.from(entity));
  }

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => [Reclasseringsmelding], {
    nullable: true,
    description:
      "What the reclassering told OM about the person on OM's opdracht (overtredingen, adviezen), newest first: for the officier.",
  })
  async reclasseringsmeldingen(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders }: OmBurgemeesterContext,
  ): Promise<Reclasseringsmelding[]> {
    return (await loaders.reclasseringsmeldingen.load(justitiabele.id)).map((entity) =>
      Reclasseringsmelding.from(entity),
    );
  }

  @Doelbinding('ART_11A_BJSG')
  @FieldResolver(() => [BijMelding], {
    nullable: true,
    description:
      'BIJ-meldingen Justid sent about the person, by terugkeerdatum: each for the burgemeester of its terugkeergemeente only.',
  })
  async bijMeldingen(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders }: OmBurgemeesterContext,
  ): Promise<BijMelding[]> {
    return (await loaders.bijMeldingen.load(justitiabele.id)).map((entity) => BijMelding.from(entity));
  }

  @PerVeld()
  @Doelbinding('ART_11A_BJSG')
  @FieldResolver(() => [Signaal], {
    nullable: true,
    description:
      "The BIJ norm of each BIJ-melding the caller's burgemeester received about the person, as signals: AFGEROND in time, TE_LAAT when after the norm. `signalen` joins them with the other parties'.",
  })
  async bijSignalen(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: OmBurgemeesterContext,
  ): Promise<Signaal[]> {
    const signalen: Signaal[] = [];
    for (const entity of await loaders.bijMeldingen.load(justitiabele.id)) {
      const melding = BijMelding.from(entity);
      // Only the caller's own burgemeester's meldingen: another gemeente's say nothing to it.
      if (await access.mayRead('BijMelding', melding)) {
        signalen.push(...signalenVan(melding));
      }
    }
    return signalen.sort(byUrgency);
  }

  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @FieldResolver(() => [Zienswijze], {
    nullable: true,
    description:
      "Zienswijzen on the person's VI-conditions, newest first: a burgemeester sees its own, OM those sent to it.",
  })
  async zienswijzen(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: OmBurgemeesterContext,
  ): Promise<Zienswijze[]> {
    const rows = scopeStukken(await loaders.zienswijzen.load(justitiabele.id), access.caller);
    return rows.map((entity) => Zienswijze.from(entity));
  }

  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @FieldResolver(() => [Omgevingsanalyse], {
    nullable: true,
    description: 'Omgevingsanalyses on the person, newest first: a burgemeester sees its own, OM those sent to it.',
  })
  async omgevingsanalyses(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: OmBurgemeesterContext,
  ): Promise<Omgevingsanalyse[]> {
    const rows = scopeStukken(await loaders.omgevingsanalyses.load(justitiabele.id), access.caller);
    return rows.map((entity) => Omgevingsanalyse.from(entity));
  }
}
