import {
  assertPeriod,
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

import { registreerBetrokkenOrganisatie } from '../domain/betrokken-organisatie-commands';
import { assertOwnInrichting, ownRecord } from '../policy/own-record';
import {
  registreerInstroom,
  registreerOverplaatsing,
  registreerUitstroom,
  wijzigVerwachteUitstroom,
} from '../domain/verblijf-commands';
import { VerblijfEntity, VerblijfStatus } from '../entities/verblijf.entity';

import { scopeVerblijven } from '../policy/verblijf-scope';

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
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  @Query(() => Verblijf, { nullable: true })
  async verblijf(@Arg('id', () => ID) id: string): Promise<Verblijf | null> {
    const entity = isUuid(id) ? await this.dataSource.manager.findOneBy(VerblijfEntity, { id }) : null;
    return entity && Verblijf.from(entity);
  }

  @Query(() => VerblijfConnection, {
    description: 'Verblijven by inrichting, terugkeergemeente or uitstroom window, ordered by expected uitstroom.',
  })
  async verblijven(
    @Arg('filter', () => VerblijfFilter, { nullable: true }) filter: VerblijfFilter | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { access }: DjiContext,
  ): Promise<Connection<Verblijf>> {
    const size = pageSize(first, this.maxPageSize);
    const query = this.dataSource.manager
      .createQueryBuilder(VerblijfEntity, 'v')
      .orderBy('v.uitstroom_sorteerdatum', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .limit(size + 1);
    scopeVerblijven(query, access);
    if (filter?.inrichting) {
      query.andWhere('v.huidige_inrichting = :inrichting', { inrichting: filter.inrichting });
    }
    if (filter?.terugkeergemeente) {
      query.andWhere('v.terugkeer_gemeentecode = :gemeente', { gemeente: filter.terugkeergemeente });
    }
    if (filter?.uitstroomVanaf && filter.uitstroomTot) {
      assertPeriod(filter.uitstroomVanaf, filter.uitstroomTot, 'Uitstroom window');
    }
    if (filter?.uitstroomVanaf) {
      query.andWhere('v.uitstroom_sorteerdatum >= :vanaf', { vanaf: filter.uitstroomVanaf });
    }
    if (filter?.uitstroomTot) {
      query.andWhere('v.uitstroom_sorteerdatum <= :tot', { tot: filter.uitstroomTot });
    }
    if (!filter?.inclusiefUitgestroomd) {
      query.andWhere('v.status <> :uitgestroomd', { uitgestroomd: VerblijfStatus.UITGESTROOMD });
    }
    if (after) {
      const cursor = decodeDateCursor(after);
      query.andWhere('(v.uitstroom_sorteerdatum, v.id) > (CAST(:sortKey AS date), CAST(:id AS uuid))', cursor);
    }
    const rows = await query.getMany();
    return toConnection(
      rows,
      size,
      (row) => encodeCursor(row.uitstroomSorteerdatum, row.id),
      (row) => Verblijf.from(row),
    );
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
    @Ctx() { access }: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.dataSource.transaction(async (manager) => {
        const verblijf = await registreerInstroom(manager, input);
        assertOwnInrichting(access, verblijf.huidigeInrichting);
        return verblijf;
      }),
    );
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, { description: 'Moves a current verblijf to another inrichting.' })
  async registreerOverplaatsing(
    @Arg('input', () => OverplaatsingInput) input: OverplaatsingInput,
    @Ctx() { access }: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.dataSource.transaction(async (manager) =>
        ownRecord(access, await registreerOverplaatsing(manager, input)),
      ),
    );
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, { description: 'Ends a verblijf.' })
  async registreerUitstroom(
    @Arg('input', () => UitstroomInput) input: UitstroomInput,
    @Ctx() { access }: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.dataSource.transaction(async (manager) =>
        ownRecord(access, await registreerUitstroom(manager, input)),
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
    @Ctx() { access }: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.dataSource.transaction(async (manager) =>
        ownRecord(access, await registreerBetrokkenOrganisatie(manager, input)),
      ),
    );
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, { description: 'Changes the expected end of detention or the VI date.' })
  async wijzigVerwachteUitstroom(
    @Arg('input', () => VerwachteUitstroomInput) input: VerwachteUitstroomInput,
    @Ctx() { access }: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.dataSource.transaction(async (manager) =>
        ownRecord(access, await wijzigVerwachteUitstroom(manager, input)),
      ),
    );
  }
}
