import {
  DatumScalar,
  decodeDateCursor,
  Doelbinding,
  encodeCursor,
  PageArgs,
  pageSize,
  toConnection,
  Wijziging,
} from '@ketengraaf/subgraph-kit';
import type { Connection } from '@ketengraaf/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';

import { ontvangBijMelding } from '../domain/bij-melding-commands';
import { BijMeldingEntity } from '../entities/bij-melding.entity';
import { werkvoorraadGemeente } from '../policy/list-scope';

import { BijMelding, BijMeldingConnection, BijMeldingOntvangst } from './bij-melding.type';
import type { OmBurgemeesterContext } from './context';
import { BijMeldingInput } from './inputs';
import { Justitiabele } from './justitiabele.type';

@Resolver(() => BijMelding)
export class BijMeldingResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  @Query(() => BijMeldingConnection, {
    description:
      "The OOV-adviseur's werkvoorraad: the BIJ-meldingen for the caller's own gemeente, by terugkeerdatum. Each names its justitiabele, so the gateway can add what DJI opens of the verblijf.",
  })
  async bijWerkvoorraad(
    @Arg('vanaf', () => DatumScalar, { nullable: true, description: 'Only returns on or after this day.' })
    vanaf: string | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { access }: OmBurgemeesterContext,
  ): Promise<Connection<BijMelding>> {
    const gemeentecode = werkvoorraadGemeente(access);
    const size = pageSize(first, this.maxPageSize);
    // Equality on terugkeergemeente and the keyset on (terugkeerdatum, id) walk the index bij_melding_werkvoorraad.
    const query = this.dataSource.manager
      .createQueryBuilder(BijMeldingEntity, 'm')
      .where('m.terugkeergemeente = :gemeentecode', { gemeentecode })
      .orderBy('m.terugkeerdatum', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(size + 1);
    if (vanaf) {
      query.andWhere('m.terugkeerdatum >= :vanaf', { vanaf });
    }
    if (after) {
      query.andWhere('(m.terugkeerdatum, m.id) > (CAST(:sortKey AS date), CAST(:id AS uuid))', decodeDateCursor(after));
    }
    const rows = await query.getMany();
    return toConnection(
      rows,
      size,
      (row) => encodeCursor(row.terugkeerdatum, row.id),
      (row) => BijMelding.from(row),
    );
  }

  @Doelbinding('ART_11A_BJSG')
  @FieldResolver(() => Justitiabele, {
    nullable: true,
    description: 'The person, by chain id; the gateway goes on to DJI from here.',
  })
  justitiabele(@Root() melding: BijMelding): Justitiabele {
    return Justitiabele.from(melding.justitiabeleId);
  }

  @Wijziging(['justid:bij-medewerker'], 'ART_11A_BJSG')
  @Mutation(() => BijMeldingOntvangst, {
    description:
      'Receives a BIJ-melding from Justid (only Justid delivers). A person outside the BIJ target group of art. 11a Bjsg is refused with INVALID_INPUT naming the rule; a repeat of a kenmerk is received once.',
  })
  async ontvangBijMelding(@Arg('input', () => BijMeldingInput) input: BijMeldingInput): Promise<BijMeldingOntvangst> {
    const { melding, nieuw } = await this.dataSource.transaction((manager) => ontvangBijMelding(manager, input));
    return Object.assign(new BijMeldingOntvangst(), { kenmerk: melding.kenmerk, nieuw });
  }
}
