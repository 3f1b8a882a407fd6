import { CloudEvent, HTTP } from 'cloudevents';
import type PgBoss from 'pg-boss';

import type { MachineTokens } from '../identity/machine-token';
import type { Logger } from '../logging/logger';

import type { Bevestiging } from './melding';
import { routeOf } from './melding-routes';
import type { MeldingRoutes } from './melding-routes';
import type { OutboxRow } from './meldingen.queries';
import type { MeldingenSettings } from './meldingen-settings';
import { organisatieUri } from './organisatie-uri';
import { MELDINGEN_QUEUE, openBoss } from './outbox';
import type { DeliveryJob } from './outbox';

export interface DispatcherOptions {
  /** The party's own database, where its outbox and queue are. */
  readonly databaseUrl: string;
  readonly routes: MeldingRoutes;
  /** A machine token of the sending organisation, for each delivery. */
  readonly tokens: MachineTokens;
  readonly settings: MeldingenSettings;
  readonly log: Logger;
}

export interface Dispatcher {
  /** Stops fetching, lets deliveries under way finish, and closes the connections. */
  stop(): Promise<void>;
}

/** How one delivery ended: delivered, to be tried again, or given up on at once. */
type Outcome =
  | { readonly kind: 'afgeleverd'; readonly bevestiging: Bevestiging }
  | { readonly kind: 'opnieuw'; readonly fout: string }
  | { readonly kind: 'onbestelbaar'; readonly fout: string };

/**
 * Delivers a party's meldingen: fetches due jobs from its pg-boss queue (`FOR UPDATE SKIP
 * LOCKED`, so dispatchers side by side never hold one melding at once), posts each as a structured
 * CloudEvent with a machine token of the sending organisation to the receiver's inbox, and records
 * the outcome on the outbox row. A failure is retried by pg-boss with exponential back-off and
 * jitter; after the last attempt, a refusal by the receiver, or without a route, the melding is a
 * dead letter (ONBESTELBAAR) with its reason. It also turns meldingen unconfirmed past their time
 * into signals.
 */
export async function startDispatcher(options: DispatcherOptions): Promise<Dispatcher> {
  const { settings, log } = options;
  const boss = await openBoss(options.databaseUrl, settings, log, true);
  const db = boss.getDb();
  const sql = async <TRow>(text: string, values: unknown[]): Promise<TRow[]> =>
    (await db.executeSql(text, values)).rows as TRow[];

  const deliver = async (job: PgBoss.JobWithMetadata<DeliveryJob>): Promise<void> => {
    const [row] = await sql<OutboxRow>('SELECT * FROM melding_outbox WHERE id = $1', [job.data.meldingId]);
    if (!row || row.status !== 'TE_VERZENDEN') {
      // Delivered by an earlier attempt that was cut off before its job completed, or redelivered.
      return;
    }
    const outcome = await attempt(row, options);
    switch (outcome.kind) {
      case 'afgeleverd':
        await sql(
          `UPDATE melding_outbox SET status = 'AFGELEVERD', afgeleverd_op = clock_timestamp(), pogingen = pogingen + 1,
                  laatste_fout = NULL, bevestiging = COALESCE(bevestiging, $2), bevestigd_op = COALESCE(bevestigd_op, clock_timestamp())
            WHERE id = $1`,
          [row.id, outcome.bevestiging],
        );
        return;
      case 'onbestelbaar':
        await sql(
          `UPDATE melding_outbox SET status = 'ONBESTELBAAR', pogingen = pogingen + 1, laatste_fout = $2 WHERE id = $1`,
          [row.id, outcome.fout],
        );
        log.warn(
          { melding: row.id, type: row.type, ontvanger: row.ontvanger, reason: outcome.fout },
          'melding dead-lettered',
        );
        return;
      case 'opnieuw': {
        const laatste = job.retryCount >= job.retryLimit;
        await sql(`UPDATE melding_outbox SET status = $3, pogingen = pogingen + 1, laatste_fout = $2 WHERE id = $1`, [
          row.id,
          outcome.fout,
          laatste ? 'ONBESTELBAAR' : 'TE_VERZENDEN',
        ]);
        if (laatste) {
          log.warn(
            { melding: row.id, type: row.type, reason: outcome.fout },
            'melding dead-lettered after its last attempt',
          );
          return;
        }
        await boss.fail(MELDINGEN_QUEUE, job.id, { message: outcome.fout });
        return;
      }
    }
  };

  await boss.work<DeliveryJob>(
    MELDINGEN_QUEUE,
    { batchSize: settings.batchSize, includeMetadata: true, pollingIntervalSeconds: settings.pollingIntervalSeconds },
    async (jobs) => {
      await Promise.all(
        jobs.map((job) =>
          deliver(job).catch(async (error: unknown) => {
            log.error({ err: error, job: job.id }, 'melding delivery failed unexpectedly');
            await boss.fail(MELDINGEN_QUEUE, job.id, { message: String(error) });
          }),
        ),
      );
    },
  );

  const signal = async (): Promise<void> => {
    const signalled = await sql<{ id: string; type: string; ontvanger: string }>(
      `UPDATE melding_outbox SET gesignaleerd_op = clock_timestamp()
        WHERE bevestiging IS NULL AND gesignaleerd_op IS NULL AND bevestigen_voor < clock_timestamp()
        RETURNING id, type, ontvanger`,
      [],
    );
    for (const melding of signalled) {
      log.warn(melding, 'melding not confirmed in time: signal');
    }
  };
  const timer = setInterval(() => {
    signal().catch((error: unknown) => {
      log.error({ err: error }, 'meldingen signal check failed');
    });
  }, settings.ackCheckIntervalMs);
  timer.unref();

  return {
    async stop() {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: settings.deliveryTimeoutSeconds * 1000 + 5000 });
    },
  };
}

/** One delivery attempt of an outbox row to the receiver's inbox. */
async function attempt(row: OutboxRow, options: DispatcherOptions): Promise<Outcome> {
  const inbox = routeOf(options.routes, row.ontvanger);
  if (!inbox) {
    return { kind: 'onbestelbaar', fout: `No route: no inbox is configured for ${row.ontvanger}.` };
  }
  let token: string;
  try {
    token = await options.tokens(row.afzender);
  } catch (error) {
    return { kind: 'opnieuw', fout: `No machine token for ${row.afzender}: ${messageOf(error)}` };
  }
  const event = new CloudEvent({
    specversion: '1.0',
    id: row.id,
    source: organisatieUri(row.afzender),
    type: row.type,
    subject: row.subject,
    time: row.aangemaakt_op.toISOString(),
    datacontenttype: 'application/json',
    ontvanger: row.ontvanger,
    grondslag: row.grondslag,
    data: row.data,
  });
  const message = HTTP.structured(event);
  let response: Response;
  try {
    response = await fetch(inbox, {
      method: 'POST',
      headers: { ...(message.headers as Record<string, string>), authorization: `Bearer ${token}` },
      body: message.body as string,
      signal: AbortSignal.timeout(options.settings.deliveryTimeoutSeconds * 1000),
    });
  } catch (error) {
    return { kind: 'opnieuw', fout: `${inbox} could not be reached: ${messageOf(error)}` };
  }
  const body = (await response.json().catch(() => null)) as {
    status?: unknown;
    errors?: { message?: unknown; extensions?: { code?: unknown } }[];
  } | null;
  if (response.ok) {
    return { kind: 'afgeleverd', bevestiging: body?.status === 'IN_BEHANDELING' ? 'IN_BEHANDELING' : 'ONTVANGEN' };
  }
  const error = body?.errors?.[0];
  const fout = `HTTP ${response.status}${typeof error?.extensions?.code === 'string' ? ` ${error.extensions.code}` : ''}${typeof error?.message === 'string' ? `: ${error.message}` : ''}`;
  // The receiver refused this melding as such (not its type from this sender, invalid): trying again changes nothing.
  return response.status === 400 || response.status === 403
    ? { kind: 'onbestelbaar', fout }
    : { kind: 'opnieuw', fout };
}

function messageOf(error: unknown): string {
  return error instanceof Error
    ? error.cause instanceof Error
      ? `${error.message} (${error.cause.message})`
      : error.message
    : String(error);
}
