import { assertUnreachable, Wijziging } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { stuurNaarOm } from '../domain/stuk-commands';
import { StukSoort } from '../domain/stuk-soort';

import type { OmBurgemeesterContext } from './context';
import { StuurNaarOmInput } from './inputs';
import { Omgevingsanalyse } from './omgevingsanalyse.type';
import { StukAanOm } from './stuk-aan-om.type';
import { Zienswijze } from './zienswijze.type';

@Resolver()
export class StukAanOmResolver {
  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
  ) {}

  @Wijziging(['burgemeester:oov-adviseur'], 'EIGEN_TAAK')
  @Mutation(() => StukAanOm, {
    description:
      'Sends a zienswijze or omgevingsanalyse to OM, with a melding to OM in the same transaction; from then on OM reads it and it no longer changes. Refused with VERSION_CONFLICT when based on a stale version.',
  })
  async stuurNaarOm(
    @Arg('input', () => StuurNaarOmInput) input: StuurNaarOmInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<typeof StukAanOm> {
    const verzonden = await this.transactions.run(request, (manager) =>
      stuurNaarOm(manager, this.outbox, input, request.access),
    );
    switch (verzonden.soort) {
      case StukSoort.ZIENSWIJZE:
        return Zienswijze.from(verzonden.stuk);
      case StukSoort.OMGEVINGSANALYSE:
        return Omgevingsanalyse.from(verzonden.stuk);
      default:
        return assertUnreachable(verzonden);
    }
  }
}
