import { createLogger, startDispatcher } from '@ketengraaf/subgraph-kit';
import type { Dispatcher, LocalIssuer, MeldingenSettings, MeldingRoutes, TokenClaims } from '@ketengraaf/subgraph-kit';
import { createTestDatabase, postGraphQL, startTestIssuer } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';
import { Client } from 'pg';

import { eventually, instroom, REGISTREER_INSTROOM, testBsn } from './meldingen-fixtures';
import { startPartyService } from './party-service';
import type { PartyService } from './party-service';
import { TEST_MELDINGEN_SETTINGS } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/**
 * At least once, never applied twice: DJI's dispatchers deliver to a gemeente inbox that goes away
 * and comes back, dispatchers that stop and start, side by side, without a route.
 */
const SETTINGS: MeldingenSettings = { ...TEST_MELDINGEN_SETTINGS, ackWithinSeconds: 3 };
const BEHEERDER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'beheerder', sub: 'b-dji' };

let issuer: LocalIssuer;
let dji: PartyService;
let gemeente: PartyService;
let routes: MeldingRoutes;
const dispatchers: Dispatcher[] = [];

const start = async (party: 'dji' | 'gemeente'): Promise<PartyService> =>
  startPartyService(party, await createTestDatabase(`mld_dlv_${party}`), issuer, SETTINGS);

const dispatch = async (routesOf: MeldingRoutes = routes): Promise<Dispatcher> => {
  const dispatcher = await startDispatcher({
    databaseUrl: dji.database.url,
    routes: routesOf,
    tokens: issuer.machineTokens,
    settings: SETTINGS,
    log: createLogger('dji-dispatcher', 'silent'),
  });
  dispatchers.push(dispatcher);
  return dispatcher;
};

async function rows<TRow>(service: PartyService, sql: string, parameters: unknown[] = []): Promise<TRow[]> {
  const client = new Client({ connectionString: service.database.url });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as TRow[];
  } finally {
    await client.end();
  }
}

const ask = async (
  caller: TokenClaims,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse> =>
  postGraphQL(dji.running.url, query, variables, { authorization: `Bearer ${await issuer.sign(caller)}` });

/** Registers the instroom of persons `from` to `to` (exclusive) at DJI, ten at a time; returns their BSNs. */
async function produce(from: number, to: number): Promise<string[]> {
  const numbers = Array.from({ length: to - from }, (_, index) => from + index);
  for (let index = 0; index < numbers.length; index += 10) {
    await Promise.all(
      numbers.slice(index, index + 10).map(async (n) => {
        const response = await ask(CASEMANAGER, REGISTREER_INSTROOM, { input: instroom(n, '0363') });
        if (response.errors) throw new Error(JSON.stringify(response.errors));
      }),
    );
  }
  return numbers.map((n) => testBsn(n));
}

const outboxOf = (bsns: string[]) =>
  rows<{ status: string; n: number; pogingen: number }>(
    dji,
    `SELECT status, count(*)::int AS n, sum(pogingen)::int AS pogingen FROM melding_outbox WHERE data->>'bsn' = ANY($1) GROUP BY status`,
    [bsns],
  );

const delivered = async (bsns: string[]): Promise<boolean> => {
  const states = await outboxOf(bsns);
  return states.length === 1 && states[0]?.status === 'AFGELEVERD' && states[0].n === bsns.length;
};

/** What the gemeente holds of these persons: meldingen received, times received, dossiers, receipts logged. */
async function receivedBy(
  bsns: string[],
): Promise<{ meldingen: number; herhaald: number; dossiers: number; personen: number; ontvangstbewijzen: number }> {
  const [inbox] = await rows<{ meldingen: number; herhaald: number }>(
    gemeente,
    `SELECT count(*)::int AS meldingen, count(*) FILTER (WHERE keer_ontvangen > 1)::int AS herhaald FROM melding_inbox WHERE data->>'bsn' = ANY($1)`,
    [bsns],
  );
  const [dossiers] = await rows<{ dossiers: number; personen: number }>(
    gemeente,
    `SELECT count(*)::int AS dossiers, count(DISTINCT bsn)::int AS personen FROM nazorgdossier WHERE bsn = ANY($1)`,
    [bsns],
  );
  const [log] = await rows<{ n: number }>(
    gemeente,
    `SELECT count(*)::int AS n FROM processing_log_record WHERE name = 'melding nl.ketengraaf.dji.detentie.begonnen' AND foreign_operation_processor = 'dji:PI-VUGHT'`,
  );
  return {
    meldingen: inbox?.meldingen ?? 0,
    herhaald: inbox?.herhaald ?? 0,
    dossiers: dossiers?.dossiers ?? 0,
    personen: dossiers?.personen ?? 0,
    ontvangstbewijzen: log?.n ?? 0,
  };
}

beforeAll(async () => {
  issuer = await startTestIssuer();
  dji = await start('dji');
  gemeente = await start('gemeente');
  routes = { 'gemeente:*': gemeente.running.url.replace(/\/graphql$/, '/meldingen') };
});

afterEach(async () => {
  await Promise.all(dispatchers.splice(0).map((dispatcher) => dispatcher.stop()));
});

afterAll(async () => {
  for (const service of [dji, gemeente]) {
    await service.running.stop();
    await service.subgraph.close();
    await service.database.drop();
  }
  await issuer.stop();
});

describe('a receiver that goes away', () => {
  it('gets every one of 1,000 meldingen made while it was down, each applied once, after it returns', async () => {
    await dispatch();
    const { port } = gemeente.running;
    await gemeente.running.stop();
    const bsns = await produce(1, 1001);
    // Every first attempt failed: the dispatcher retries with back-off while the receiver is away.
    await eventually(
      async () => (await outboxOf(bsns)).some((state) => state.pogingen > 0),
      10_000,
      'a failed attempt',
    );
    expect(await delivered(bsns)).toBe(false);

    gemeente.running = await gemeente.subgraph.listen(port);
    // Well under a minute on an idle machine; the bound is generous, so a starved machine does not fail it.
    await eventually(() => delivered(bsns), 360_000, '1,000 meldingen delivered');

    const [outbox] = await outboxOf(bsns);
    expect(outbox?.pogingen).toBeGreaterThan(1000);
    const received = await receivedBy(bsns);
    // 0 lost, 0 applied twice: one receipt, one dossier and one processing record per person.
    expect(received).toMatchObject({ meldingen: 1000, dossiers: 1000, personen: 1000 });
    expect(received.ontvangstbewijzen).toBeGreaterThanOrEqual(1000);
  }, 480_000);
});

describe('a sender stopped between commit and delivery', () => {
  it('delivers what was committed once a new dispatcher starts', async () => {
    const first = await dispatch();
    await first.stop();
    const bsns = await produce(2001, 2006);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await outboxOf(bsns)).toEqual([{ status: 'TE_VERZENDEN', n: 5, pogingen: 0 }]);
    expect((await receivedBy(bsns)).meldingen).toBe(0);

    await dispatch();
    await eventually(() => delivered(bsns), 20_000, 'the committed meldingen delivered');
    expect(await receivedBy(bsns)).toMatchObject({ meldingen: 5, herhaald: 0, dossiers: 5 });
  }, 60_000);
});

describe('dispatchers side by side', () => {
  it('never send one melding twice: every melding arrives exactly once', async () => {
    await Promise.all([dispatch(), dispatch(), dispatch()]);
    const bsns = await produce(3001, 3201);
    await eventually(() => delivered(bsns), 30_000, '200 meldingen delivered');
    expect(await receivedBy(bsns)).toMatchObject({ meldingen: 200, herhaald: 0, dossiers: 200 });
    expect(await outboxOf(bsns)).toEqual([{ status: 'AFGELEVERD', n: 200, pogingen: 200 }]);
  }, 90_000);
});

describe('a melding without a route', () => {
  it('becomes a visible dead letter, never a silent drop, and is sent again once a route exists', async () => {
    await dispatch({});
    const [bsn = ''] = await produce(4001, 4002);
    await eventually(async () => (await outboxOf([bsn]))[0]?.status === 'ONBESTELBAAR', 10_000, 'a dead letter');

    const dead = await ask(
      BEHEERDER,
      `{ djiUitgaandeMeldingen(status: ONBESTELBAAR, first: 10) { edges { node { id ontvanger pogingen laatsteFout } } } }`,
    );
    const edges = (dead.data?.['djiUitgaandeMeldingen'] as { edges: { node: { id: string } }[] }).edges;
    expect(edges.map((edge) => edge.node)).toEqual([
      {
        id: expect.any(String),
        ontvanger: 'gemeente:0363',
        pogingen: 1,
        laatsteFout: 'No route: no inbox is configured for gemeente:0363.',
      },
    ]);

    await Promise.all(dispatchers.splice(0).map((dispatcher) => dispatcher.stop()));
    await dispatch(routes);
    const id = edges[0]?.node.id;
    const redelivered = await ask(BEHEERDER, `mutation ($id: ID!) { djiHerzendMelding(id: $id) { status } }`, { id });
    expect(redelivered).toEqual({ data: { djiHerzendMelding: { status: 'TE_VERZENDEN' } } });
    await eventually(() => delivered([bsn]), 10_000, 'the redelivered melding');

    const again = await ask(BEHEERDER, `mutation ($id: ID!) { djiHerzendMelding(id: $id) { status } }`, { id });
    expect(again.errors?.[0]?.extensions?.['code']).toBe('INVALID_STATE');
    const byCasemanager = await ask(CASEMANAGER, `mutation ($id: ID!) { djiHerzendMelding(id: $id) { status } }`, {
      id,
    });
    expect(byCasemanager.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
  }, 60_000);
});

describe('a melding not confirmed in time', () => {
  it('becomes a signal at the sender', async () => {
    await dispatch({ 'gemeente:*': 'http://127.0.0.1:9/meldingen' });
    const bsns = await produce(5001, 5002);
    await eventually(
      async () =>
        (await rows(dji, `SELECT 1 FROM melding_outbox WHERE data->>'bsn' = $1 AND gesignaleerd_op IS NOT NULL`, bsns))
          .length === 1,
      10_000,
      'the signal',
    );
    const signals = await ask(
      BEHEERDER,
      `{ djiUitgaandeMeldingen(status: TE_VERZENDEN, gesignaleerd: true, first: 10) { edges { node { status bevestiging gesignaleerdOp } } } djiMeldingTelling { gesignaleerd } }`,
    );
    expect(signals.data?.['djiUitgaandeMeldingen']).toEqual({
      edges: [{ node: { status: 'TE_VERZENDEN', bevestiging: null, gesignaleerdOp: expect.any(String) } }],
    });
    expect(signals.data?.['djiMeldingTelling']).toEqual({ gesignaleerd: 1 });
  }, 60_000);
});
