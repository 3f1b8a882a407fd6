import {
  DatumScalar,
  Doelbinding,
  mapConnection,
  PageArgs,
  Signaal,
  SignaalSoort,
  Wijziging,
} from '@ketengraaf/subgraph-kit';
import type { Connection, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { BijMeldingQueries } from '../data/bij-melding.queries';
import { ontvangBijMelding } from '../domain/bij-melding-commands';
import { werkvoorraadGemeente } from '../policy/list-scope';

import { BijMelding, BijMeldingConnection, BijMeldingOntvangst, signalenVan } from './bij-melding.type';
import type { OmBurgemeesterContext } from './context';
import { BijMeldingInput } from './inputs';
import { Justitiabele } from './justitiabele.type';

@Resolver(() => BijMelding)
export class BijMeldingResolver {
  constructor(
    private readonly meldingen: BijMeldingQueries,
    private readonly transactions: Transactions,
  ) {}

  @Query(() => BijMeldingConnection, {
    description:
      "The OOV-adviseur's werkvoorraad: the BIJ-meldingen for the caller's own gemeente, by terugkeerdatum (so by the BIJ deadline). Filter on `soort: BIJ_MELDING` for those of a gemeente taking part in BIJ, which carry that signal. Each names its justitiabele, so the gateway can add what DJI opens of the verblijf.",
  })
  async bijWerkvoorraad(
    @Arg('vanaf', () => DatumScalar, { nullable: true, description: 'Only returns on or after this day.' })
    vanaf: string | null,
    @Arg('soort', () => SignaalSoort, { nullable: true }) soort: SignaalSoort | null | undefined,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { access }: OmBurgemeesterContext,
  ): Promise<Connection<BijMelding>> {
    const gemeentecode = werkvoorraadGemeente(access);
    const page = await this.meldingen.werkvoorraad({ gemeentecode, vanaf, soort: soort ?? null, first, after });
    return mapConnection(page, (row) => BijMelding.from(row));
  }

  @Doelbinding('ART_11A_BJSG')
  @FieldResolver(() => Justitiabele, {
    nullable: true,
    description: 'The person, by chain id; the gateway goes on to DJI from here.',
  })
  justitiabele(@Root() melding: BijMelding): Justitiabele {
    return Justitiabele.from(melding.justitiabeleId);
  }

  @Doelbinding('ART_11A_BJSG')
  @FieldResolver(() => [Signaal], {
    nullable: true,
    description:
      'The BIJ norm of this melding as a signal: AFGEROND when it arrived in time, TE_LAAT when after; none for a gemeente that does not take part in BIJ.',
  })
  signalen(@Root() melding: BijMelding): Signaal[] {
    return signalenVan(melding);
  }

  @Wijziging(['justid:bij-medewerker'], 'ART_11A_BJSG')
  @Mutation(() => BijMeldingOntvangst, {
    description:
      'Receives a BIJ-melding from Justid (only Justid delivers). A person outside the BIJ target group of art. 11a Bjsg is refused with INVALID_INPUT naming the rule; a repeat of a kenmerk is received once.',
  })
  async ontvangBijMelding(
    @Arg('input', () => BijMeldingInput) input: BijMeldingInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<BijMeldingOntvangst> {
    const { melding, nieuw } = await this.transactions.run(request, (manager) =>
      ontvangBijMelding(manager, input, request.access),
    );
    return Object.assign(new BijMeldingOntvangst(), { kenmerk: melding.kenmerk, nieuw });
  }
}
