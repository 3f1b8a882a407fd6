import { readFile } from 'node:fs/promises';

import { createGateway } from '@ketengraaf/gateway';
import { parties } from '@ketengraaf/parties';
import { supergraphPath } from '@ketengraaf/schema';
import { createLogger } from '@ketengraaf/subgraph-kit';
import type { RunningService, TokenClaims } from '@ketengraaf/subgraph-kit';

import { scrape, valueOf } from './prometheus';
import { Relay } from './tcp-relay';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

const amsterdamNazorg: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-obs' };
/** A query every service answers. */
const ANY_QUERY = '{ __typename }';
const DOSSIERS = '{ nazorgdossiers(gemeentecode: "0363", first: 2) { edges { node { id rol } } } }';
/** A gemeente may not read Rotterdam's dossiers: an error with a code of its own. */
const NOT_ITS_DOSSIERS = '{ nazorgdossiers(gemeentecode: "0599", first: 2) { edges { node { id } } } }';

let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('observability');
});

afterAll(() => federation.stop());

const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

/** Every service of the stack by name. */
const services = ['gateway', ...parties] as const;

const urlOf = (service: (typeof services)[number]): string =>
  service === 'gateway' ? federation.stack.gatewayUrl : federation.stack.subgraphUrls[service];

async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

async function asNazorg(url: string, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return post(url, query, { authorization: `Bearer ${await federation.issuer.sign(amsterdamNazorg)}`, ...headers });
}

describe('/metrics on every service', () => {
  it.each(services)(
    '%s serves Prometheus text without a token: requests, errors, latency, process',
    async (service) => {
      const { types } = await scrape(urlOf(service));
      expect(types.get('ketengraaf_requests_total')).toBe('counter');
      expect(types.get('ketengraaf_errors_total')).toBe('counter');
      expect(types.get('ketengraaf_request_duration_seconds')).toBe('histogram');
      expect(types.get('process_resident_memory_bytes')).toBe('gauge');
      expect(types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
    },
  );

  it.each(parties)('%s reports its meldingen per direction and status, and those signalled', async (party) => {
    const { samples, types } = await scrape(federation.stack.subgraphUrls[party]);
    expect(types.get('ketengraaf_meldingen')).toBe('gauge');
    expect(types.get('ketengraaf_meldingen_gesignaleerd')).toBe('gauge');
    expect(
      samples
        .filter((sample) => sample.name === 'ketengraaf_meldingen')
        .map(({ labels }) => `${labels['direction']}/${labels['status']}`),
    ).toEqual(['uit/TE_VERZENDEN', 'uit/AFGELEVERD', 'uit/ONBESTELBAAR', 'in/ONTVANGEN']);
  });

  it('the gateway holds no meldingen, and reports none', async () => {
    const { types } = await scrape(federation.stack.gatewayUrl);
    expect(types.has('ketengraaf_meldingen')).toBe(false);
    expect(types.has('ketengraaf_meldingen_gesignaleerd')).toBe(false);
  });

  it.each(services)('%s counts a query by its type, and an error by its code', async (service) => {
    const url = urlOf(service);
    const before = (await scrape(url)).samples;
    const query = { route: '/graphql', operation: 'query', status: '200', service };
    expect((await asNazorg(url, ANY_QUERY)).status).toBe(200);
    expect((await post(url, ANY_QUERY)).status).toBe(401);
    const after = (await scrape(url)).samples;
    expect(valueOf(after, 'ketengraaf_requests_total', query)).toBe(
      valueOf(before, 'ketengraaf_requests_total', query) + 1,
    );
    const refused = { route: '/graphql', operation: 'none', status: '401' };
    expect(valueOf(after, 'ketengraaf_requests_total', refused)).toBe(
      valueOf(before, 'ketengraaf_requests_total', refused) + 1,
    );
    const unauthenticated = { code: 'UNAUTHENTICATED' };
    expect(valueOf(after, 'ketengraaf_errors_total', unauthenticated)).toBe(
      valueOf(before, 'ketengraaf_errors_total', unauthenticated) + 1,
    );
    const latency = { route: '/graphql', operation: 'query' };
    expect(valueOf(after, 'ketengraaf_request_duration_seconds_count', latency)).toBe(
      valueOf(before, 'ketengraaf_request_duration_seconds_count', latency) + 1,
    );
  });

  it('counts an error the GraphQL layer sends, by its code, at the gateway and at the subgraph', async () => {
    const gemeente = federation.stack.subgraphUrls.gemeente;
    const denied = { code: 'ACCESS_DENIED' };
    const before = await Promise.all([scrape(federation.stack.gatewayUrl), scrape(gemeente)]);
    const body = (await (await asNazorg(federation.stack.gatewayUrl, NOT_ITS_DOSSIERS)).json()) as {
      errors?: { extensions?: { code?: string } }[];
    };
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes.length).toBeGreaterThan(0);
    const after = await Promise.all([scrape(federation.stack.gatewayUrl), scrape(gemeente)]);
    for (const code of new Set(codes)) {
      const sent = codes.filter((c) => c === code).length;
      expect(valueOf(after[0].samples, 'ketengraaf_errors_total', { code: code ?? '' })).toBe(
        valueOf(before[0].samples, 'ketengraaf_errors_total', { code: code ?? '' }) + sent,
      );
    }
    expect(valueOf(after[1].samples, 'ketengraaf_errors_total', denied)).toBeGreaterThan(
      valueOf(before[1].samples, 'ketengraaf_errors_total', denied),
    );
  });

  it('at the gateway, times each subgraph fetch by subgraph', async () => {
    const before = (await scrape(federation.stack.gatewayUrl)).samples;
    expect((await asNazorg(federation.stack.gatewayUrl, DOSSIERS)).status).toBe(200);
    const after = (await scrape(federation.stack.gatewayUrl)).samples;
    const fetches = { subgraph: 'gemeente', outcome: '200' };
    expect(valueOf(after, 'ketengraaf_subgraph_fetch_duration_seconds_count', fetches)).toBe(
      valueOf(before, 'ketengraaf_subgraph_fetch_duration_seconds_count', fetches) + 1,
    );
  });

  it.each(parties)('%s reports its database pool: total, idle and waiting connections', async (party) => {
    const { samples, types } = await scrape(federation.stack.subgraphUrls[party]);
    expect(types.get('ketengraaf_database_pool_connections')).toBe('gauge');
    expect(valueOf(samples, 'ketengraaf_database_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect(
      samples.filter((s) => s.name === 'ketengraaf_database_pool_connections').map((s) => s.labels['state']),
    ).toEqual(expect.arrayContaining(['total', 'idle', 'waiting']));
  });
});

describe('the trace id of an answer', () => {
  it('comes back in a traceresponse header when the client sent no traceparent, and finds the processing log', async () => {
    const response = await asNazorg(federation.stack.gatewayUrl, DOSSIERS);
    expect(response.status).toBe(200);
    const header = response.headers.get('traceresponse') ?? '';
    expect(header).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);
    const traceId = header.split('-')[1];
    const records = await federation.rows<{ trace_id: string }>(
      'gemeente',
      'SELECT trace_id FROM processing_log_record WHERE trace_id = $1',
      [traceId],
    );
    expect(records.length).toBeGreaterThan(0);
  });

  it('comes on every kind of answer: a refused token, an unknown path', async () => {
    for (const response of [
      await post(federation.stack.gatewayUrl, DOSSIERS),
      await fetch(`${base(federation.stack.gatewayUrl)}/nowhere`),
    ]) {
      expect(response.headers.get('traceresponse')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);
    }
  });

  it('is not sent back to a client that sent its own traceparent', async () => {
    const traceparent = `00-${'ab'.repeat(16)}-${'cd'.repeat(8)}-01`;
    const response = await asNazorg(federation.stack.gatewayUrl, DOSSIERS, { traceparent });
    expect(response.status).toBe(200);
    expect(response.headers.get('traceresponse')).toBeNull();
  });
});

describe("the gateway's /ready", () => {
  let relay: Relay;
  let gateway: RunningService;

  beforeAll(async () => {
    const gemeente = new URL(federation.stack.subgraphUrls.gemeente);
    relay = new Relay({ host: gemeente.hostname, port: Number(gemeente.port) });
    await relay.open();
    gateway = await createGateway({
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      subgraphUrls: { ...federation.stack.subgraphUrls, gemeente: `http://127.0.0.1:${relay.port}/graphql` },
      log: createLogger('gateway', 'silent'),
      limits: { maxDepth: 10, maxCost: 20000, maxAliases: 30, maxTokens: 5000, subgraphTimeoutMs: 3000 },
      identity: federation.identity,
    }).listen(0);
  });

  afterAll(async () => {
    await gateway.stop();
    await relay.close();
  });

  async function readiness(): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${base(gateway.url)}/ready`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const allReady = Object.fromEntries(parties.map((party) => [party, 'ready']));

  it('is 200 naming every subgraph ready; 503 naming the one that is down while /health stays 200; 200 again when it is back', async () => {
    expect(await readiness()).toEqual({
      status: 200,
      body: expect.objectContaining({ status: 'ready', service: 'gateway', subgraphs: allReady }),
    });

    await relay.close();
    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.body).toEqual(
      expect.objectContaining({ status: 'unavailable', subgraphs: { ...allReady, gemeente: 'unreachable' } }),
    );
    expect(String(down.body['problem'])).toMatch(/gemeente/);
    expect((await fetch(`${base(gateway.url)}/health`)).status).toBe(200);

    await relay.open();
    expect(await readiness()).toEqual({
      status: 200,
      body: expect.objectContaining({ status: 'ready', subgraphs: allReady }),
    });
  });
});
