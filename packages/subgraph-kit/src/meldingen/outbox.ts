import { randomUUID } from 'node:crypto';

import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';

import type { Logger } from '../logging/logger';

import { EVENT_TYPE_PATTERN } from './melding';
import type { OutboxWriter, UitgaandeMelding } from './melding';
import type { MeldingenSettings } from './meldingen-settings';

/** The pg-boss queue of a party's meldingen, in the party's own database (schema `pgboss`). */
export const MELDINGEN_QUEUE = 'meldingen';
export const PGBOSS_SCHEMA = 'pgboss';

/** What a delivery job carries: only the outbox row's id; the row is the truth. */
export interface DeliveryJob {
  readonly meldingId: string;
}

/**
 * A pg-boss instance on the party's database, with the meldingen queue made and set to the
 * configured retries: exponential back-off with jitter, `maxAttempts` in all.
 */
export async function openBoss(
  databaseUrl: string,
  settings: MeldingenSettings,
  log: Logger,
  supervise: boolean,
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: PGBOSS_SCHEMA,
    max: 4,
    supervise,
    schedule: false,
    // A delivery cut off by a crash is tried again once its job expires.
    maintenanceIntervalSeconds: 30,
  });
  boss.on('error', (error: Error) => {
    log.error({ err: error }, 'meldingen queue error');
  });
  await boss.start();
  const queue = {
    name: MELDINGEN_QUEUE,
    policy: 'standard' as const,
    retryLimit: settings.maxAttempts - 1,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: Math.max(30, settings.deliveryTimeoutSeconds * 3),
  };
  if (await boss.getQueue(MELDINGEN_QUEUE)) {
    await boss.updateQueue(MELDINGEN_QUEUE, queue);
  } else {
    await boss.createQueue(MELDINGEN_QUEUE, queue);
  }
  return boss;
}

/**
 * The party's outbox: a melding is a row in `melding_outbox` and a delivery job in pg-boss, both
 * written through the manager of the change that causes it, so they commit or roll back with it.
 */
export class Outbox implements OutboxWriter {
  constructor(
    private readonly boss: PgBoss,
    private readonly settings: MeldingenSettings,
  ) {}

  async add(manager: EntityManager, melding: UitgaandeMelding): Promise<string> {
    if (!EVENT_TYPE_PATTERN.test(melding.type)) {
      throw new Error(`Event type ${melding.type} is not in reverse-DNS form nl.ketengraaf.<party>.<…>.`);
    }
    if (/\b\d{9}\b/.test(melding.subject)) {
      throw new Error('A melding subject is a reference, never a BSN.');
    }
    const id = randomUUID();
    await manager.query(
      `INSERT INTO melding_outbox (id, type, afzender, ontvanger, subject, grondslag, data, voorrang, bevestigen_voor)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, clock_timestamp() + $9 * interval '1 second')`,
      [
        id,
        melding.type,
        melding.afzender,
        melding.ontvanger,
        melding.subject,
        melding.grondslag,
        JSON.stringify(melding.data),
        melding.voorrang ?? false,
        this.settings.ackWithinSeconds,
      ],
    );
    await this.enqueue(manager, id, melding.voorrang ?? false);
    return id;
  }

  /**
   * Queues every outbox row waiting for delivery that has no delivery job waiting or under way: a
   * row a migration put in the outbox (meldingen from before it delivered them). Run at start;
   * `SKIP LOCKED`, so instances starting side by side queue each row once.
   */
  async enqueueWaitingWithoutJob(dataSource: DataSource): Promise<number> {
    return dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string; voorrang: boolean }[]>(
        `SELECT o.id, o.voorrang FROM melding_outbox o
          WHERE o.status = 'TE_VERZENDEN'
            AND NOT EXISTS (SELECT 1 FROM ${PGBOSS_SCHEMA}.job j
                             WHERE j.name = $1 AND j.data->>'meldingId' = o.id::text AND j.state < 'completed')
          FOR UPDATE OF o SKIP LOCKED`,
        [MELDINGEN_QUEUE],
      );
      for (const row of rows) {
        await this.enqueue(manager, row.id, row.voorrang);
      }
      return rows.length;
    });
  }

  /** Queues a delivery of an outbox row again (a redelivered dead letter), through `manager`. */
  async enqueue(manager: EntityManager, meldingId: string, voorrang: boolean): Promise<void> {
    const job: DeliveryJob = { meldingId };
    const jobId = await this.boss.send(MELDINGEN_QUEUE, job, {
      priority: voorrang ? 10 : 0,
      db: { executeSql: (text: string, values: unknown[]) => inTransaction(manager, text, values) },
    });
    if (!jobId) {
      // pg-boss inserts nothing for a queue it does not know: never let a melding vanish silently.
      throw new Error(`The meldingen queue did not accept melding ${meldingId}.`);
    }
  }
}

async function inTransaction(manager: EntityManager, text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error('A melding is written in the transaction of the change that causes it.');
  }
  const result = await runner.query(text, values, true);
  return { rows: result.records };
}
