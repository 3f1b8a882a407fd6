import { isDeepStrictEqual } from 'node:util';

import { parties } from '@ketengraaf/parties';
import { createLogger, startDispatcher } from '@ketengraaf/subgraph-kit';
import type { Dispatcher, MeldingenSettings, MeldingRoutes } from '@ketengraaf/subgraph-kit';

import { eventually, instroom, REGISTREER_INSTROOM } from './meldingen-fixtures';
import { scrape, valueOf } from './prometheus';
import type { Sample } from './prometheus';
import { startTestStack, TEST_MELDINGEN_SETTINGS } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/**
 * Each party's outbox and inbox on its `/metrics`, read at each scrape: DJI's melding that a
 * detention began, delivered to the gemeente or, without a route, a dead letter and then a signal.
 * The stack runs no dispatchers of its own: the test starts DJI's, with or without the route.
 */
const SETTINGS: MeldingenSettings = { ...TEST_MELDINGEN_SETTINGS, ackWithinSeconds: 3 };

let federation: TestStack;
let dispatcher: Dispatcher | undefined;

beforeAll(async () => {
  federation = await startTestStack('mld_metrics', { meldingen: SETTINGS, dispatch: false });
});

afterEach(async () => {
  await dispatcher?.stop();
  dispatcher = undefined;
});

afterAll(() => federation.stop());

async function dispatchFromDji(routes: MeldingRoutes): Promise<void> {
  dispatcher = await startDispatcher({
    databaseUrl: federation.databaseUrls.dji,
    routes,
    tokens: federation.issuer.machineTokens,
    settings: SETTINGS,
    log: createLogger('dji-dispatcher', 'silent'),
  });
}

/** Every party's meldingen gauges, as `direction/status` → count, `gesignaleerd` for the signalled. */
async function meldingenOf(party: (typeof parties)[number]): Promise<Record<string, number>> {
  const { samples } = await scrape(federation.stack.subgraphUrls[party]);
  const byLabel = (sample: Sample) => `${sample.labels['direction']}/${sample.labels['status']}`;
  return {
    ...Object.fromEntries(
      samples
        .filter((sample) => sample.name === 'ketengraaf_meldingen')
        .map((sample) => [byLabel(sample), sample.value]),
    ),
    gesignaleerd: valueOf(samples, 'ketengraaf_meldingen_gesignaleerd', { direction: 'uit' }),
  };
}

const allMeldingen = async () =>
  Object.fromEntries(await Promise.all(parties.map(async (party) => [party, await meldingenOf(party)] as const)));

/** Registers test person `n`'s instroom at PI Vught, returning from and to Amsterdam: DJI tells the gemeente. */
async function registerInstroom(n: number): Promise<Record<string, unknown>> {
  const input = instroom(n, '0363');
  const registered = await federation.ask(federation.stack.subgraphUrls.dji, CASEMANAGER, REGISTREER_INSTROOM, {
    input,
  });
  expect(registered.errors).toBeUndefined();
  return input;
}

describe("DJI's /metrics after an instroom", () => {
  it("shows the melding to the gemeente delivered, the gemeente's shows it received, no other party's moves", async () => {
    await dispatchFromDji({ 'gemeente:*': federation.stack.subgraphUrls.gemeente.replace(/\/graphql$/, '/meldingen') });
    const before = await allMeldingen();
    const input = await registerInstroom(1);
    const delivered = {
      ...before,
      dji: { ...before['dji'], 'uit/AFGELEVERD': (before['dji']?.['uit/AFGELEVERD'] ?? 0) + 1 },
      gemeente: { ...before['gemeente'], 'in/ONTVANGEN': (before['gemeente']?.['in/ONTVANGEN'] ?? 0) + 1 },
    };

    // Waits for the whole picture, not DJI's count alone: under load a delivery may be retried or
    // outlast the 3 s ack window, and then shows as signalled until its confirmation lands. The
    // expectation after the wait says what differs if it never came.
    await eventually(
      async () => isDeepStrictEqual(await allMeldingen(), delivered),
      30_000,
      'the melding delivered and received on the metrics',
    ).catch(() => undefined);
    expect(await allMeldingen()).toEqual(delivered);

    // Counts only: no token is needed for /metrics, so nothing of the person or the melding is in it.
    for (const party of parties) {
      const { text } = await scrape(federation.stack.subgraphUrls[party]);
      for (const told of [input['bsn'], input['id'], 'detentie.begonnen', 'Melding 1']) {
        // Not inside a longer number: a float's digits (0.08050969000000001) may hold a BSN's run.
        const escaped = String(told).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(text).not.toMatch(new RegExp(`(?<!\\d)${escaped}(?!\\d)`));
      }
    }
  }, 60_000);

  it('shows a melding without a route as a dead letter, then as signalled once not confirmed in time', async () => {
    await dispatchFromDji({});
    const before = await allMeldingen();
    const dji = before['dji'] ?? {};
    await registerInstroom(2);

    await eventually(
      async () => (await meldingenOf('dji'))['uit/ONBESTELBAAR'] === (dji['uit/ONBESTELBAAR'] ?? 0) + 1,
      10_000,
      'the dead letter on the metrics',
    );
    await eventually(
      async () => (await meldingenOf('dji'))['gesignaleerd'] === (dji['gesignaleerd'] ?? 0) + 1,
      15_000,
      'the signal on the metrics',
    );
    expect(await allMeldingen()).toEqual({
      ...before,
      dji: {
        ...dji,
        'uit/ONBESTELBAAR': (dji['uit/ONBESTELBAAR'] ?? 0) + 1,
        gesignaleerd: (dji['gesignaleerd'] ?? 0) + 1,
      },
    });
  }, 60_000);
});
