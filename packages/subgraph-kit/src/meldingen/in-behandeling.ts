import type { EntityManager } from 'typeorm';

import { organisatieSoorten } from '../domain/organisatie';
import { clientError } from '../errors/client-error';

import type { MeldingOntvangst, OutboxWriter } from './melding';

/**
 * The receiver's acknowledgement that its staff took a melding up (DESIGN §5a: ontvangen, in
 * behandeling): a melding of its own, back to the sender's inbox, naming the melding by its id.
 */
export const MELDING_IN_BEHANDELING = 'nl.ketengraaf.melding.in-behandeling';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Marks the meldingen `ontvanger` received and has not yet taken up whose data contain `over.data`
 * (`{ bsn }`: those about one person) or whose subject is `over.subject` (one record) as
 * IN_BEHANDELING, and tells each sender so through the outbox, in the transaction of the change
 * that takes them up. Returns how many it acknowledged.
 */
export async function meldInBehandeling(
  manager: EntityManager,
  outbox: OutboxWriter,
  ontvanger: string,
  over: { readonly data: Readonly<Record<string, string>> } | { readonly subject: string },
): Promise<number> {
  const [rows] = await manager.query<[{ id: string; afzender: string }[], number]>(
    `UPDATE melding_inbox SET status = 'IN_BEHANDELING'
      WHERE ontvanger = $1 AND status = 'ONTVANGEN' AND type <> $2
        AND ($3::jsonb IS NULL OR data @> $3::jsonb) AND ($4::text IS NULL OR subject = $4)
      RETURNING id, afzender`,
    [
      ontvanger,
      MELDING_IN_BEHANDELING,
      'data' in over ? JSON.stringify(over.data) : null,
      'subject' in over ? over.subject : null,
    ],
  );
  for (const row of rows) {
    await outbox.add(manager, {
      type: MELDING_IN_BEHANDELING,
      afzender: ontvanger,
      ontvanger: row.afzender,
      subject: `melding/${row.id}`,
      grondslag: 'EIGEN_TAAK',
      data: { melding: row.id },
    });
  }
  return rows.length;
}

/**
 * Every party's inbox takes the acknowledgement of a melding it sent, from the organisation it sent
 * it to and no other: the outbox row records IN_BEHANDELING. An acknowledgement of a melding that
 * organisation never received from this one changes nothing and is refused as invalid (400).
 * Knowing how its melding fares serves the sender's own task; it is about no person.
 */
export const inBehandelingOntvangst: MeldingOntvangst = {
  type: MELDING_IN_BEHANDELING,
  van: organisatieSoorten,
  grondslag: 'EIGEN_TAAK',
  ontvang: async (manager, melding) => {
    const id = melding.data['melding'];
    const [, updated] = await manager.query<[unknown[], number]>(
      `UPDATE melding_outbox SET bevestiging = 'IN_BEHANDELING', bevestigd_op = clock_timestamp()
        WHERE id = $1 AND ontvanger = $2 AND afzender = $3`,
      [typeof id === 'string' && UUID.test(id) ? id : null, melding.afzender, melding.ontvanger],
    );
    if (updated === 0) {
      throw clientError(
        'INVALID_INPUT',
        `${melding.ontvanger} sent ${melding.afzender} no melding ${String(id)} to take up.`,
      );
    }
    return null;
  },
};
