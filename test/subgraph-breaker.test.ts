import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';

import pino from 'pino';

import { createGateway, parseGatewayLimits } from '@ketengraaf/gateway';
import type { BreakerState } from '@ketengraaf/gateway';
import { supergraphPath } from '@ketengraaf/schema';
import { parties } from '@ketengraaf/parties';
import { demoPopulation } from '@ketengraaf/subgraph-kit';
import type { RunningService, TokenClaims } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * The gemeente subgraph as a hung party looks to the gateway: it accepts every connection and
 * reads every request, and while `hung` answers none; once it `answers`, it relays each request to
 * the real gemeente subgraph. It counts the requests that reach it.
 */
class HungParty {
  requests = 0;
  /** The connections the requests came over. */
  connections = 0;
  hung = true;
  private readonly server: Server;
  private readonly waiting = new Set<ServerResponse>();

  constructor(private readonly target: string) {
    this.server = createServer((request, response) => {
      this.requests += 1;
      if (this.hung) {
        this.waiting.add(response);
        response.on('close', () => this.waiting.delete(response));
        return;
      }
      void this.relay(request, response);
    });
    this.server.on('connection', () => (this.connections += 1));
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async relay(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(
      ['content-type', 'authorization', 'traceparent'].flatMap((name) => {
        const value = request.headers[name];
        return typeof value === 'string' ? [[name, value]] : [];
      }),
    );
    const answer = await fetch(this.target, { method: 'POST', headers, body: Buffer.concat(chunks) });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  }
}

/** The gateway's log lines, as JSON, to see what it says about the circuits. */
function capturedLog(): { log: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

const persons = demoPopulation(300);
const person = persons.find(
  (candidate) => candidate.terugkeer.soort === 'GEMEENTE' && candidate.uitstroomdatum === null,
);
/** The nazorg of the gemeente the person returns to: reads the person at DJI and its own dossier. */
const nazorg: TokenClaims = {
  org: `gemeente:${person?.terugkeer.soort === 'GEMEENTE' ? person.terugkeer.gemeentecode : ''}`,
  role: 'nazorgcoordinator',
  sub: 'nc-breaker',
};
/** Enters at DJI and reaches the gemeente's dossier: DJI's part answers whatever the gemeente does. */
const PERSON_WITH_DOSSIERS = `query ($id: ID!) { justitiabele(id: $id) { bsn personalia { achternaam } nazorgdossiers { gemeentecode } } }`;

let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('breaker');
});

afterAll(() => federation.stop());

interface Timed {
  readonly response: GraphQLResponse;
  readonly ms: number;
}

/**
 * A gateway of its own over the stack's subgraphs, with the gemeente at `gemeenteUrl` (the real one
 * unless given), limits parsed from `limitsEnvironment` as a deployment's, logging to `log`.
 */
async function gatewayWith({
  gemeenteUrl,
  limitsEnvironment = {},
  log = capturedLog().log,
}: {
  gemeenteUrl?: string;
  limitsEnvironment?: Record<string, string>;
  log?: pino.Logger;
} = {}): Promise<ReturnType<typeof createGateway>> {
  return createGateway({
    supergraphSdl: await readFile(supergraphPath, 'utf8'),
    subgraphUrls: { ...federation.stack.subgraphUrls, ...(gemeenteUrl ? { gemeente: gemeenteUrl } : {}) },
    log,
    limits: parseGatewayLimits(limitsEnvironment, parties),
    identity: federation.identity,
  });
}

async function timedAsk(gatewayUrl: string): Promise<Timed> {
  const started = performance.now();
  const response = await federation.ask(gatewayUrl, nazorg, PERSON_WITH_DOSSIERS, { id: person?.skn });
  return { response, ms: performance.now() - started };
}

/** DJI's part of the answer arrived; the gemeente's dossiers are missing with SUBGRAPH_UNAVAILABLE naming it. */
function expectGemeenteMissing({ response }: Timed): void {
  expect(response.data?.['justitiabele']).toMatchObject({
    bsn: person?.bsn,
    personalia: { achternaam: person?.achternaam },
    nazorgdossiers: null,
  });
  expect(response.errors?.map((error) => error.extensions)).toEqual([
    expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'gemeente' }),
  ]);
}

describe('a hung party', () => {
  // Long enough that the ten answers of an open circuit fit well inside it on a busy test machine;
  // the probe waits for the circuit's own half-open event, not for this time.
  const RESET_MS = 5000;
  let party: HungParty;
  let gateway: ReturnType<typeof createGateway>;
  let running: RunningService;
  let lines: Record<string, unknown>[];

  beforeAll(async () => {
    party = new HungParty(federation.stack.subgraphUrls.gemeente);
    await party.listen();
    const captured = capturedLog();
    lines = captured.lines;
    gateway = await gatewayWith({
      gemeenteUrl: party.url,
      log: captured.log,
      // The defaults a deployment gets, but for a short reset time, so the test need not wait long,
      // and the gemeente's own timeout of 1 s (the default is 1.5 s), so the 2 s an answer may cost
      // keeps its margin on a test machine busy with other test files.
      limitsEnvironment: { GATEWAY_BREAKER_RESET_MS: String(RESET_MS), GATEWAY_GEMEENTE_TIMEOUT_MS: '1000' },
    });
    running = await gateway.listen(0);
    // A first query plans and compiles; what is measured below is what a hung party costs.
    await federation.ask(running.url, nazorg, `query ($id: ID!) { justitiabele(id: $id) { bsn } }`, {
      id: person?.skn,
    });
  });

  afterAll(async () => {
    await running.stop();
    await party.close();
  });

  it('costs an answer less than 2 s: the rest arrives, with SUBGRAPH_UNAVAILABLE naming the party', async () => {
    const answer = await timedAsk(running.url);
    expectGemeenteMissing(answer);
    expect(answer.ms).toBeLessThan(2000);
    expect(party.requests).toBe(1);
    expect(gateway.subgraphStates()).toEqual({
      dji: 'closed',
      gemeente: 'closed',
      reclassering: 'closed',
      'om-burgemeester': 'closed',
    });
  });

  it('is no longer asked once its circuit opens: the answers fail fast, and the opening is logged', async () => {
    const changes: [string, BreakerState][] = [];
    gateway.onSubgraphStateChange((subgraph, state) => changes.push([subgraph, state]));
    // A few more timed-out fetches within the window open the gemeente's circuit.
    while (gateway.subgraphStates()['gemeente'] !== 'open') {
      expectGemeenteMissing(await timedAsk(running.url));
      expect(party.requests).toBeLessThanOrEqual(5);
    }
    expect(changes).toEqual([['gemeente', 'open']]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, subgraph: 'gemeente', state: 'open' }));

    const asked = party.requests;
    const answers: Timed[] = [];
    for (let i = 0; i < 10; i += 1) answers.push(await timedAsk(running.url));
    for (const answer of answers) {
      expectGemeenteMissing(answer);
      expect(answer.response.errors?.[0]?.message).toMatch(/gemeente subgraph is unreachable/);
      // Against the 1 s the party's timeout would cost; the rest is the gateway's own work.
      expect(answer.ms).toBeLessThan(500);
    }
    expect(party.requests).toBe(asked);
    expect(gateway.subgraphStates()).toMatchObject({ dji: 'closed', gemeente: 'open' });
  });

  it('is probed after the reset time, and answers again once it is back', async () => {
    party.hung = false;
    expect(gateway.subgraphStates()['gemeente']).toBe('open');
    await new Promise<void>((resolve) => {
      gateway.onSubgraphStateChange((subgraph, state) => {
        if (subgraph === 'gemeente' && state === 'half-open') resolve();
      });
    });
    expect(gateway.subgraphStates()['gemeente']).toBe('half-open');
    const asked = party.requests;

    const { response } = await timedAsk(running.url);
    expect(response.errors).toBeUndefined();
    expect(response.data?.['justitiabele']).toMatchObject({
      bsn: person?.bsn,
      nazorgdossiers: [
        expect.objectContaining({
          gemeentecode: person?.terugkeer.soort === 'GEMEENTE' && person.terugkeer.gemeentecode,
        }),
      ],
    });
    expect(party.requests).toBe(asked + 1);
    expect(gateway.subgraphStates()['gemeente']).toBe('closed');
    expect(lines.filter((line) => line['subgraph'] === 'gemeente').map((line) => line['state'])).toEqual([
      'open',
      'half-open',
      'closed',
    ]);
  });
});

describe('the connections to a party', () => {
  it('are kept open and reused: 24 answers, 4 at a time, over at most 4 connections', async () => {
    const party = new HungParty(federation.stack.subgraphUrls.gemeente);
    party.hung = false;
    await party.listen();
    const gateway = await gatewayWith({ gemeenteUrl: party.url });
    const running = await gateway.listen(0);
    try {
      const answers = await Promise.all(
        Array.from({ length: 4 }, async () => {
          const timed: Timed[] = [];
          for (let i = 0; i < 6; i += 1) timed.push(await timedAsk(running.url));
          return timed;
        }),
      );
      for (const { response } of answers.flat()) {
        expect(response.errors).toBeUndefined();
        expect(response.data?.['justitiabele']).toMatchObject({
          bsn: person?.bsn,
          nazorgdossiers: [expect.anything()],
        });
      }
      expect(party.requests).toBe(24);
      expect(party.connections).toBeLessThanOrEqual(4);
    } finally {
      await running.stop();
      await party.close();
    }
  });
});

describe('a party that answers with errors', () => {
  it('is not shut out for them: a refusal is an answer, not a failure', async () => {
    const gateway = await gatewayWith({ limitsEnvironment: { GATEWAY_BREAKER_MIN_REQUESTS: '1' } });
    const running = await gateway.listen(0);
    try {
      for (let i = 0; i < 5; i += 1) {
        const response = await federation.ask(
          running.url,
          nazorg,
          `query { justitiabeleOpBsn(bsn: "123456789") { id } }`,
        );
        expect(response.errors?.[0]?.extensions?.['code']).toBe('INVALID_BSN');
      }
      expect(gateway.subgraphStates()['dji']).toBe('closed');
    } finally {
      await running.stop();
    }
  });
});

describe('a party that answers 5xx', () => {
  it('is counted as failing: its own code reaches the client until its circuit opens', async () => {
    let requests = 0;
    const failing = createServer((_request, response) => {
      requests += 1;
      response.writeHead(503, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ errors: [{ message: 'database down', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }),
      );
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const gateway = await gatewayWith({
      gemeenteUrl: `http://127.0.0.1:${(failing.address() as AddressInfo).port}/graphql`,
    });
    const running = await gateway.listen(0);
    try {
      const codes: unknown[] = [];
      for (let i = 0; i < 5; i += 1) {
        codes.push((await timedAsk(running.url)).response.errors?.[0]?.extensions?.['code']);
      }
      expect(codes).toEqual([
        'DATABASE_UNAVAILABLE',
        'DATABASE_UNAVAILABLE',
        'DATABASE_UNAVAILABLE',
        'SUBGRAPH_UNAVAILABLE',
        'SUBGRAPH_UNAVAILABLE',
      ]);
      expect(requests).toBe(3);
      expect(gateway.subgraphStates()['gemeente']).toBe('open');
    } finally {
      await running.stop();
      failing.closeAllConnections();
      await new Promise<void>((resolve) => failing.close(() => resolve()));
    }
  });
});

describe('the throughput of the gateway while a party hangs', () => {
  it('stays high: requests that need the hung party are answered at once once its circuit is open', async () => {
    const seconds = Number(process.env['BREAKER_THROUGHPUT_SECONDS'] ?? '8');
    const party = new HungParty(federation.stack.subgraphUrls.gemeente);
    await party.listen();
    // Exactly the defaults a deployment gets.
    const gateway = await gatewayWith({ gemeenteUrl: party.url });
    const running = await gateway.listen(0);
    try {
      const started = performance.now();
      const times: number[] = [];
      while (performance.now() - started < seconds * 1000) {
        const answer = await timedAsk(running.url);
        expectGemeenteMissing(answer);
        times.push(answer.ms);
      }
      const elapsed = (performance.now() - started) / 1000;
      const sorted = [...times].sort((a, b) => a - b);
      const p50 = sorted[Math.floor(sorted.length / 2)] ?? 0;
      const slowest = sorted.at(-1) ?? 0;
      process.stdout.write(
        `hung party: ${times.length} answers in ${elapsed.toFixed(1)} s = ${(times.length / elapsed).toFixed(1)} req/s; ` +
          `median ${p50.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms; the hung party was asked ${party.requests} times\n`,
      );
      // Before the circuit breaker each of these waited the full timeout: 0.2 answers a second.
      expect(times.length / elapsed).toBeGreaterThan(2);
      // None waits much beyond the deployment's timeout: those before the circuit opens wait it out.
      expect(slowest).toBeLessThan(parseGatewayLimits({}, parties).subgraphTimeoutMs + 1000);
    } finally {
      await running.stop();
      await party.close();
    }
  });
});
