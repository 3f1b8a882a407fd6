import crypto from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { clientError } from '../errors/client-error';
import type { Caller } from '../identity/caller';
import * as grondslag from '../policy/grondslag';
import type { AccessDecision } from '../policy/request-access';
import { RequestProcessingLog } from '../processing-log/request-processing-log';

const CALLER: Caller = {
  organisatie: 'gemeente:0363',
  soort: 'gemeente',
  code: '0363',
  rol: 'nazorgcoordinator',
  gebruiker: 'u',
};
const PERSONS = 50;
const FIELDS = 20;

/**
 * A page of 50 persons with 20 fields read of each, all on one ground; each field's grounds one
 * list, as its declaration holds them.
 */
function pageOfDecisions(): AccessDecision[] {
  const declared = Array.from({ length: FIELDS }, () => ['EIGEN_TAAK' as const]);
  return Array.from({ length: PERSONS }, (_, person) =>
    Array.from({ length: FIELDS }, (__, field) => ({
      resource: `Nazorgdossier.veld${field}`,
      betrokkene: { soort: 'BSN' as const, nummer: String(100_000_000 + person) },
      grondslag: 'EIGEN_TAAK' as const,
      gevraagd: declared[field] ?? [],
    })),
  ).flat();
}

/**
 * Collects what a write sends, without a database: every look-up answered as if the table held
 * each value asked for at number 1, the write answered with no rows.
 */
function recordingManager(): { manager: EntityManager; parameters: unknown[][] } {
  const parameters: unknown[][] = [];
  // The write itself is a prepared statement on the pool (`runPrepared`).
  const pool = {
    query: ({ values }: { values: unknown[] }) => {
      parameters.push(values);
      return Promise.resolve({ rows: [] });
    },
  };
  const manager = {
    connection: { logger: { logQuery: () => undefined }, options: {}, driver: { master: pool } },
    query: (sql: string, values: unknown[]) => {
      parameters.push(values);
      if (!sql.includes('wanted_')) return Promise.resolve([]);
      const lookups = ['recordKind', 'decisionKind', 'field'];
      // Each look-up offers its values as parameters of equal length, one per column: 4, 4 and 2.
      const lengths = [4, 4, 2];
      let first = 0;
      return Promise.resolve(
        lookups.flatMap((lookup, place) => {
          const offered = (values[first] as unknown[]).length;
          first += lengths[place] ?? 0;
          return Array.from({ length: offered }, (_, n) => ({ lookup, n: String(n + 1), id: 1 }));
        }),
      );
    },
  } as unknown as EntityManager;
  return { manager, parameters };
}

afterEach(() => jest.restoreAllMocks());

test("a request's processing log computes each person's pseudonym, record and set once, and each field's key once, however many fields it read", async () => {
  const hmac = jest.spyOn(crypto, 'createHmac');
  const keys = jest.spyOn(JSON, 'stringify');
  const activities = jest.spyOn(grondslag, 'verwerkingsactiviteit');
  const decisions = pageOfDecisions();
  const log = new RequestProcessingLog({
    party: 'gemeente',
    pseudonymKey: 'k'.repeat(64),
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), sampled: true },
    caller: CALLER,
    decisions: () => decisions,
  });
  const { manager, parameters } = recordingManager();
  (await log.write(manager, { failed: false, audit: false }))();
  expect(hmac).toHaveBeenCalledTimes(PERSONS);
  // The look-up keys: one per field, one per record's kind and one per set's kind, not one per field read.
  expect(keys.mock.calls.length).toBeLessThanOrEqual(FIELDS + 2 * PERSONS);
  // A person's processing record and decision set are found once each, not once per field read.
  expect(activities.mock.calls.length).toBeLessThanOrEqual(2 * PERSONS);
  // Still one processing record per person for the activity, and every decision kept: one row per
  // person, ground and decision, naming each of the fields it covered.
  const [looked, written] = parameters;
  // Fields looked up once each, whatever the persons.
  expect(looked?.[8]).toHaveLength(FIELDS);
  expect(written?.[12]).toHaveLength(PERSONS);
  expect(written?.[13]).toHaveLength(PERSONS);
  const fields = (written?.[15] as string[]).map((resources) => resources.split(','));
  expect(fields.every((resources) => resources.length === FIELDS)).toBe(true);
});

test('a client error carries no stack trace', () => {
  const error = clientError('ACCESS_DENIED', 'Access to Nazorgdossier.veld denied');
  expect(error.stack).not.toContain('    at ');
  expect(error.extensions['code']).toBe('ACCESS_DENIED');
});
