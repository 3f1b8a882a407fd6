import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { partyNamed } from '@ketengraaf/parties';
import {
  createLogger,
  DEFAULT_MELDINGEN_SETTINGS,
  DEFAULT_SUBGRAPH_QUERY_LIMITS,
  INBOX_PATH,
  startDispatcher,
  startLocalIssuer,
} from '@ketengraaf/subgraph-kit';
import type { LocalIssuer, PartySubgraph, RunningService } from '@ketengraaf/subgraph-kit';
import { Client } from 'pg';

import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * `npm run bench:meldingen`: the delivery throughput and latency of one dispatcher, DJI to the
 * gemeente, over real HTTP and real PostgreSQL (embedded, in a temporary folder, unless
 * BENCH_ADMIN_URL names a server). Two workloads of 1,000 meldingen, each made by DJI's
 * `registreerInstroom` over GraphQL: a backlog made with no dispatcher running, then drained by one
 * (throughput); and meldingen made while the dispatcher runs (latency from commit to delivery).
 */
const COUNT = 1000;
const CONCURRENCY = 10;

interface Party {
  readonly subgraph: PartySubgraph;
  readonly running: RunningService;
  readonly url: string;
}

async function main(): Promise<void> {
  const dataDir = process.env['BENCH_ADMIN_URL'] ? null : await mkdtemp(join(tmpdir(), 'ketengraaf-bench-'));
  const postgres = dataDir ? await startEmbeddedPostgres({ dataDir, port: 0 }) : null;
  const adminUrl = postgres?.adminUrl ?? process.env['BENCH_ADMIN_URL'] ?? '';
  const issuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-bench' });
  const suffix = randomBytes(4).toString('hex');
  const dji = await startParty('dji', adminUrl, `bench_dji_${suffix}`, issuer);
  const gemeente = await startParty('gemeente', adminUrl, `bench_gemeente_${suffix}`, issuer);
  const dispatcherOptions = {
    databaseUrl: dji.url,
    routes: { 'gemeente:*': gemeente.running.url.replace(/\/graphql$/, INBOX_PATH) },
    tokens: (org: string) => issuer.signMachine({ org, clientId: 'ketengraaf-dji' }),
    settings: DEFAULT_MELDINGEN_SETTINGS,
    log: createLogger('dji-dispatcher', 'warn'),
  };
  const token = await issuer.sign({ org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'bench' });
  try {
    // 1. A backlog of 1,000, then one dispatcher drains it.
    await produce(dji.running.url, token, 0);
    const started = Date.now();
    const first = await startDispatcher(dispatcherOptions);
    await waitDelivered(dji.url, COUNT);
    const drained = (Date.now() - started) / 1000;
    console.log(
      `backlog: ${COUNT} meldingen delivered by one dispatcher in ${drained.toFixed(2)} s (${(COUNT / drained).toFixed(0)} per second)`,
    );

    // 2. 1,000 made while that dispatcher runs: from the commit of each to its delivery.
    await produce(dji.running.url, token, COUNT);
    await waitDelivered(dji.url, 2 * COUNT);
    await first.stop();
    const latencies = await latenciesMs(dji.url, COUNT);
    const at = (fraction: number): number =>
      latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? NaN;
    console.log(
      `live:    ${COUNT} meldingen, delivery latency p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, max ${at(1).toFixed(0)} ms`,
    );
    console.log(`target:  ${COUNT} in under 10 s; p99 under 1,000 ms`);
  } finally {
    for (const party of [dji, gemeente]) {
      await party.running.stop();
      await party.subgraph.close();
    }
    await issuer.stop();
    await postgres?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

async function startParty(
  name: 'dji' | 'gemeente',
  adminUrl: string,
  database: string,
  issuer: LocalIssuer,
): Promise<Party> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const subgraph = await partyNamed(name).create({
    databaseUrl: url.toString(),
    log: createLogger(name, 'warn'),
    maxPageSize: 100,
    maxRepresentations: 200,
    queryLimits: DEFAULT_SUBGRAPH_QUERY_LIMITS,
    identity: { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl },
    pseudonymKey: randomBytes(32).toString('hex'),
  });
  return { subgraph, running: await subgraph.listen(0), url: url.toString() };
}

/** 1,000 instroom registrations at DJI, ten at a time, of persons `offset` to `offset + 1,000`. */
async function produce(djiUrl: string, token: string, offset: number): Promise<void> {
  for (let index = 0; index < COUNT; index += CONCURRENCY) {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, lane) => {
        const n = offset + index + lane;
        const response = await fetch(djiUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: 'mutation ($input: InstroomInput!) { registreerInstroom(input: $input) { id } }',
            variables: { input: instroom(n) },
          }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      }),
    );
  }
}

function instroom(n: number): Record<string, unknown> {
  return {
    id: `8${String(n).padStart(9, '0')}`,
    bsn: bsnOf(n),
    personalia: { voornamen: 'Bench', achternaam: `Persoon ${n}`, geboortedatum: '1990-01-01' },
    instroomdatum: '2026-03-01',
    verwachteUitstroomdatum: '2026-12-15',
    titel: 'GEVANGENISSTRAF',
    inrichting: 'PI-VUGHT',
    herkomst: { soort: 'GEMEENTE', gemeentecode: '0363' },
    terugkeer: { soort: 'GEMEENTE', gemeentecode: '0363' },
    casemanager: { naam: 'C. Manager', email: 'c.manager@dji.example.nl' },
  };
}

/** A BSN passing the elfproef, one per `n`. */
function bsnOf(n: number): string {
  for (let prefix = 80_000_000 + n * 7; ; prefix += 1) {
    const digits = String(prefix).split('').map(Number);
    const last = digits.reduce((total, digit, index) => total + digit * (9 - index), 0) % 11;
    if (last < 10) return `${prefix}${last}`;
  }
}

async function query<TRow>(databaseUrl: string, sql: string, parameters: unknown[] = []): Promise<TRow[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as TRow[];
  } finally {
    await client.end();
  }
}

async function waitDelivered(databaseUrl: string, count: number): Promise<void> {
  for (;;) {
    const [row] = await query<{ n: number }>(
      databaseUrl,
      `SELECT count(*)::int AS n FROM melding_outbox WHERE status = 'AFGELEVERD'`,
    );
    if ((row?.n ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** From commit to delivery, of the last `count` meldingen made, sorted. */
async function latenciesMs(databaseUrl: string, count: number): Promise<number[]> {
  const rows = await query<{ ms: string }>(
    databaseUrl,
    // numeric: pg hands it over as text.
    `SELECT extract(epoch FROM afgeleverd_op - aangemaakt_op) * 1000 AS ms FROM melding_outbox ORDER BY aangemaakt_op DESC LIMIT $1`,
    [count],
  );
  return rows.map((row) => Number(row.ms)).sort((one, other) => one - other);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
