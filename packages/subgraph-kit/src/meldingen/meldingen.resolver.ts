import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { isUuid } from '../database/load-for-change';
import type { OrganisatieSoort } from '../domain/organisatie';
import { clientError } from '../errors/client-error';
import { decodeCursor, encodeCursor, PageArgs, pageSize, toConnection } from '../graphql/pagination';
import type { Connection } from '../graphql/pagination';
import type { RequestAccess } from '../policy/request-access';
import { Wijziging } from '../policy/wijziging';
import type { Wijziger } from '../policy/wijziging';
import type { ChangeRequest, Transactions } from '../server/change-transactions';

import type { MeldingenQueries, InboxRow, OutboxRow } from './meldingen.queries';
import {
  BevestigingEnum,
  InkomendeMelding,
  InkomendeMeldingConnection,
  MeldingStatusEnum,
  MeldingTelling,
  UitgaandeMelding,
  UitgaandeMeldingConnection,
} from './meldingen.types';
import type { Outbox } from './outbox';

type OperatorAccess = Pick<RequestAccess<unknown>, 'caller' | 'refuse' | 'refuseChange'>;

export interface MeldingenDependencies {
  readonly queries: MeldingenQueries;
  /** The party's outbox; absent where the subgraph runs without meldingen (a printed schema). */
  readonly outbox: Outbox | null;
  /** The change's transaction, for redelivery. */
  readonly transactions: Transactions;
  readonly maxPageSize: number;
}

/**
 * The operators' view of one party's meldingen: its outbox and inbox per state, with attempts and
 * last error, their counts, and redelivery of a dead letter. For the party's `beheerder`; where the
 * subgraph keeps several owners' records each beheerder sees only its own organisation's meldingen.
 */
export function meldingenResolver({
  party,
  owners,
  perOwner,
}: {
  party: string;
  owners: readonly OrganisatieSoort[];
  perOwner: boolean;
}): new (dependencies: MeldingenDependencies) => object {
  const prefix = party.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());
  const beheerders = owners.map((soort) => `${soort}:beheerder` as Wijziger) as [Wijziger, ...Wijziger[]];

  @Resolver()
  class MeldingenResolver {
    constructor(private readonly dependencies: MeldingenDependencies) {}

    @Query(() => UitgaandeMeldingConnection, {
      name: `${prefix}UitgaandeMeldingen`,
      description: `The ${party} outbox, oldest first: per status, or only those not confirmed in time (gesignaleerd). For the beheerder.`,
    })
    async uitgaand(
      @Arg('status', () => MeldingStatusEnum, { nullable: true }) status: MeldingStatusEnum | null,
      @Arg('gesignaleerd', { defaultValue: false }) gesignaleerd: boolean,
      @Args(() => PageArgs) { first, after }: PageArgs,
      @Ctx() { access }: { access: OperatorAccess },
    ): Promise<Connection<UitgaandeMelding>> {
      this.assertBeheerder(access, `Query.${prefix}UitgaandeMeldingen`);
      const size = pageSize(first, this.dependencies.maxPageSize);
      const rows = await this.dependencies.queries.outbox(
        { status, gesignaleerd, afzender: perOwner ? access.caller.organisatie : null },
        { size, after: after ? timeCursor(after) : null },
      );
      return toConnection(rows, size, (row) => encodeCursor(row.aangemaakt_op.toISOString(), row.id), toUitgaand);
    }

    @Query(() => InkomendeMeldingConnection, {
      name: `${prefix}InkomendeMeldingen`,
      description: `The ${party} inbox, oldest first. For the beheerder.`,
    })
    async inkomend(
      @Args(() => PageArgs) { first, after }: PageArgs,
      @Ctx() { access }: { access: OperatorAccess },
    ): Promise<Connection<InkomendeMelding>> {
      this.assertBeheerder(access, `Query.${prefix}InkomendeMeldingen`);
      const size = pageSize(first, this.dependencies.maxPageSize);
      const rows = await this.dependencies.queries.inbox(
        { ontvanger: perOwner ? access.caller.organisatie : null },
        { size, after: after ? timeCursor(after, false) : null },
      );
      return toConnection(rows, size, (row) => encodeCursor(row.ontvangen_op.toISOString(), row.id), toInkomend);
    }

    @Query(() => MeldingTelling, {
      name: `${prefix}MeldingTelling`,
      description: `Counts of the ${party} meldingen per state. For the beheerder.`,
    })
    async telling(@Ctx() { access }: { access: OperatorAccess }): Promise<MeldingTelling> {
      this.assertBeheerder(access, `Query.${prefix}MeldingTelling`);
      const counts = await this.dependencies.queries.counts(perOwner ? access.caller.organisatie : null);
      return Object.assign(new MeldingTelling(), counts);
    }

    @Mutation(() => UitgaandeMelding, {
      name: `${prefix}HerzendMelding`,
      description:
        'Sends a dead letter (ONBESTELBAAR) again, from its first attempt, after its cause was mended (a route added).',
    })
    @Wijziging(beheerders, 'EIGEN_TAAK')
    async herzend(
      @Arg('id', () => ID) id: string,
      @Ctx() request: ChangeRequest & { access: OperatorAccess },
    ): Promise<UitgaandeMelding> {
      const { access } = request;
      const { outbox, transactions } = this.dependencies;
      if (!outbox) {
        throw new Error('This subgraph runs without an outbox.');
      }
      const row = await transactions.run(request, async (manager) => {
        const [found] = await manager.query<OutboxRow[]>('SELECT * FROM melding_outbox WHERE id = $1 FOR UPDATE', [
          isUuid(id) ? id : null,
        ]);
        if (!found || (perOwner && found.afzender !== access.caller.organisatie)) {
          throw access.refuseChange(`melding ${id}`);
        }
        if (found.status !== 'ONBESTELBAAR') {
          throw clientError(
            'INVALID_STATE',
            `Melding ${id} is ${found.status}; only a dead letter (ONBESTELBAAR) is sent again.`,
          );
        }
        const [updated] = await manager.query<[OutboxRow[], number]>(
          `UPDATE melding_outbox SET status = 'TE_VERZENDEN', pogingen = 0 WHERE id = $1 RETURNING *`,
          [id],
        );
        await outbox.enqueue(manager, id, found.voorrang);
        return updated[0] ?? found;
      });
      return toUitgaand(row);
    }

    private assertBeheerder(access: OperatorAccess, resource: string): void {
      const { caller } = access;
      if (!owners.includes(caller.soort) || caller.rol !== 'beheerder') {
        throw access.refuse(resource, ['EIGEN_TAAK']);
      }
    }
  }
  return MeldingenResolver;
}

function timeCursor(after: string, uuid = true): { sortKey: string; id: string } {
  const { sortKey, id } = decodeCursor(after);
  if (sortKey === null || Number.isNaN(Date.parse(sortKey)) || (uuid && !isUuid(id))) {
    throw clientError('INVALID_CURSOR', 'The cursor was not handed out by this list.');
  }
  return { sortKey, id };
}

function toUitgaand(row: OutboxRow): UitgaandeMelding {
  return Object.assign(new UitgaandeMelding(), {
    id: row.id,
    type: row.type,
    afzender: row.afzender,
    ontvanger: row.ontvanger,
    subject: row.subject,
    status: MeldingStatusEnum[row.status],
    pogingen: row.pogingen,
    laatsteFout: row.laatste_fout,
    aangemaaktOp: row.aangemaakt_op,
    afgeleverdOp: row.afgeleverd_op,
    bevestiging: row.bevestiging ? BevestigingEnum[row.bevestiging] : null,
    gesignaleerdOp: row.gesignaleerd_op,
  });
}

function toInkomend(row: InboxRow): InkomendeMelding {
  return Object.assign(new InkomendeMelding(), {
    id: row.id,
    bron: row.bron,
    type: row.type,
    afzender: row.afzender,
    ontvanger: row.ontvanger,
    subject: row.subject,
    grondslag: row.grondslag,
    status: BevestigingEnum[row.status],
    keerOntvangen: row.keer_ontvangen,
    ontvangenOp: row.ontvangen_op,
  });
}
