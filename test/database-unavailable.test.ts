import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { gemeenteParty } from '@ketengraaf/gemeente';
import { createLogger, DEFAULT_SUBGRAPH_QUERY_LIMITS, startLocalIssuer } from '@ketengraaf/subgraph-kit';
import type { LocalIssuer, PartySubgraph, RunningService, TokenClaims } from '@ketengraaf/subgraph-kit';
import { createTestDatabase, TEST_ADMIN_URL_VARIABLE } from '@ketengraaf/subgraph-kit/testing';
import type { TestDatabase } from '@ketengraaf/subgraph-kit/testing';

import { Relay } from './tcp-relay';

const AMSTERDAM: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' };
const DOSSIERS = '{ nazorgdossiers(gemeentecode: "0363", first: 2) { edges { node { id rol } } } }';
const SLUITEN =
  'mutation { sluitNazorgdossier(input: { dossierId: "00000000-0000-4000-8000-000000000000", verwachteVersie: 1, geslotenOp: "2026-03-01" }) { id } }';

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

let database: TestDatabase;
let relay: Relay;
let issuer: LocalIssuer;
let subgraph: PartySubgraph;
let running: RunningService;
let adminUrl: string;

async function ask(query = DOSSIERS): Promise<Answer> {
  const response = await fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await issuer.sign(AMSTERDAM)}` },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
}

async function readiness(): Promise<{ status: number; body: { status: string } }> {
  const response = await fetch(running.url.replace(/\/graphql$/, '/ready'));
  return { status: response.status, body: (await response.json()) as { status: string } };
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Recovery takes tens of milliseconds here; the bound leaves room for a loaded CI machine. */
const RECOVERY_BOUND_MS = 5000;

/** Asks until the answer has no errors; returns how long that took. */
async function recoveryTime(): Promise<number> {
  const started = Date.now();
  for (;;) {
    const answer = await ask();
    if (answer.status === 200 && !answer.body.errors) return Date.now() - started;
    if (Date.now() - started > 10_000) throw new Error(`no recovery: ${answer.text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function expectDatabaseUnavailable(answer: Answer): void {
  expect(answer.status).toBe(503);
  expect(answer.body.errors?.map((error) => error.extensions?.['code'])).toContain('DATABASE_UNAVAILABLE');
  expect(answer.body.errors?.map((error) => error.extensions?.['code'])).not.toContain('INTERNAL_SERVER_ERROR');
  // Neither a stack trace nor a path of the server, nor what the driver said.
  expect(answer.text).not.toMatch(/\bat .+:\d+:\d+|node_modules|\/src\/|stacktrace|ECONNREFUSED|terminat/i);
}

beforeAll(async () => {
  adminUrl = process.env[TEST_ADMIN_URL_VARIABLE] ?? '';
  database = await createTestDatabase('database_unavailable');
  const url = new URL(database.url);
  relay = new Relay({ host: url.hostname, port: Number(url.port || 5432) });
  await relay.open();
  url.hostname = '127.0.0.1';
  url.port = String(relay.port);
  issuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-test' });
  subgraph = await gemeenteParty.create({
    databaseUrl: url.toString(),
    log: createLogger('gemeente', 'silent'),
    maxPageSize: 50,
    maxRepresentations: 60,
    queryLimits: DEFAULT_SUBGRAPH_QUERY_LIMITS,
    identity: { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl },
    pseudonymKey: randomBytes(32).toString('hex'),
  });
  running = await subgraph.listen(0);
});

afterAll(async () => {
  await running.stop();
  await subgraph.close();
  await issuer.stop();
  await relay.close();
  await database.drop();
});

describe('a subgraph whose PostgreSQL is down', () => {
  it('answers DATABASE_UNAVAILABLE with HTTP 503 while the server is gone, and recovers within seconds', async () => {
    expect((await ask()).body.errors).toBeUndefined();

    await relay.close();
    expectDatabaseUnavailable(await ask());
    expectDatabaseUnavailable(await ask(SLUITEN));
    expect(await readiness()).toEqual({ status: 503, body: expect.objectContaining({ status: 'unavailable' }) });

    await relay.open();
    expect(await recoveryTime()).toBeLessThan(RECOVERY_BOUND_MS);
    expect(await readiness()).toEqual({ status: 200, body: expect.objectContaining({ status: 'ready' }) });
  });

  it('answers DATABASE_UNAVAILABLE with HTTP 503 while the database refuses connections, and recovers', async () => {
    const name = new URL(database.url).pathname.slice(1);
    await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    try {
      await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
      expectDatabaseUnavailable(await ask());
      expect((await readiness()).status).toBe(503);
    } finally {
      await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    }
    expect(await recoveryTime()).toBeLessThan(RECOVERY_BOUND_MS);
  });
});
