import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, hostname, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { createGateway, parseGatewayLimits } from '@ketengraaf/gateway';
import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { supergraphPath } from '@ketengraaf/schema';
import {
  createLogger,
  DEFAULT_MAX_REPRESENTATIONS,
  DEFAULT_MELDINGEN_SETTINGS,
  DEFAULT_SUBGRAPH_QUERY_LIMITS,
  DEMO_REFERENCE_DATE,
  startLocalIssuer,
} from '@ketengraaf/subgraph-kit';
import { Client } from 'pg';

import { startEmbeddedPostgres } from '../embedded-postgres';
import { generateChain } from '../generate-chain';
import { startStack } from '../start-stack';
import type { RunningStack } from '../start-stack';

import { closedLoop, median, percentile } from './closed-loop';
import { startHiveGateway } from './hive-gateway';
import { latencyPlot, markdownReport } from './report';
import type { BenchRun, Figures, Variant } from './report';
import { sendDirect, startRecordingRelays } from './subgraph-plan';
import type { SubgraphPlan } from './subgraph-plan';
import { workloads } from './workloads';
import type { Workload } from './workloads';

/**
 * The tables the processing log is stored in (`access_decision` is a view of them, a row per field),
 * each with how it finds one request's rows: the numbered fields and kinds are shared by every request.
 */
const PROCESSING_LOG_TABLES: Readonly<Record<string, string | null>> = {
  processing_log_record: 'trace_id = $1',
  processing_audit_record: 'trace_id = $1',
  access_decision_set: "trace_id = decode($1, 'hex')",
  access_decision_resource: null,
  access_decision_kind: null,
};

/**
 * `npm run bench`: for each data size, a generated chain in a fresh embedded PostgreSQL, the stack
 * over it, Hive Gateway over the same subgraphs, and the fixed workloads through Ketengraaf's
 * gateway, through Hive Gateway and as the same subgraph requests sent directly, the variants
 * alternating over the rounds. Prints the figures and writes the report with its plot.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      persons: { type: 'string', default: '3000,30000' },
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '4' },
      out: { type: 'string', default: 'docs/performance' },
    },
  });
  const sizes = values.persons.split(',').map(Number);
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  if ([...sizes, rounds, seconds, connections].some((value) => !Number.isInteger(value) || value < 1)) {
    throw new Error(
      '--persons (a comma-separated list), --rounds, --seconds and --connections take positive whole numbers',
    );
  }
  const started = new Date().toISOString();
  const figures: Figures[] = [];
  let rssMb = 0;
  const sampler = setInterval(() => {
    rssMb = Math.max(rssMb, process.memoryUsage().rss / 2 ** 20);
  }, 250);
  try {
    for (const persons of sizes) {
      figures.push(...(await benchSize(persons, { rounds, seconds, connections })));
    }
  } finally {
    clearInterval(sampler);
  }
  const run: BenchRun = {
    started,
    machine: `${hostname()}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} at the end`,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    rounds,
    seconds,
    connections,
    figures,
    rssMb,
  };
  const out = resolve(values.out);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'bench.svg'), latencyPlot(run));
  const report = markdownReport(run, 'bench.svg');
  await writeFile(join(out, 'bench.md'), report);
  console.log(report);
}

async function benchSize(
  persons: number,
  settings: { rounds: number; seconds: number; connections: number },
): Promise<Figures[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ketengraaf-bench-'));
  const postgres = await startEmbeddedPostgres({ dataDir, port: 0 });
  const issuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-bench' });
  const identity = { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl };
  const databases = await createDatabases(postgres.adminUrl, persons);
  const byParty = <T>(value: (party: PartyName) => T) =>
    Object.fromEntries(parties.map((party) => [party, value(party)])) as Record<PartyName, T>;
  const stops: (() => Promise<unknown>)[] = [
    () => issuer.stop(),
    () => postgres.stop(),
    () => rm(dataDir, { recursive: true, force: true }),
  ];
  try {
    const chain = await generateChain(databases, persons, 'ketengraaf-bench');
    console.log(`${persons} persons generated in ${chain.seconds.toFixed(1)} s`);
    const gatewayLimits = parseGatewayLimits({}, parties);
    const stack = await startStack({
      databases,
      ports: { gateway: 0, ...byParty(() => 0) },
      logLevel: 'error',
      seedDemoData: false,
      gatewayLimits,
      maxPageSize: 100,
      maxRepresentations: DEFAULT_MAX_REPRESENTATIONS,
      queryLimits: byParty(() => DEFAULT_SUBGRAPH_QUERY_LIMITS),
      identity,
      pseudonymKeys: byParty(() => randomBytes(32).toString('hex')),
      meldingen: { settings: DEFAULT_MELDINGEN_SETTINGS, tokens: issuer.machineTokens, dispatch: false },
      vandaag: DEMO_REFERENCE_DATE,
    });
    stops.unshift(() => stack.stop());
    const supergraphSdl = await readFile(supergraphPath, 'utf8');
    const hive = await startHiveGateway(supergraphSdl, stack.subgraphUrls);
    stops.unshift(() => hive.stop());
    const relays = await startRecordingRelays(stack.subgraphUrls);
    stops.unshift(() => relays.stop());
    const recorder = await createGateway({
      supergraphSdl,
      subgraphUrls: relays.urls,
      log: createLogger('bench-recorder', 'error'),
      limits: gatewayLimits,
      identity,
    }).listen(0, '127.0.0.1');
    stops.unshift(() => recorder.stop());
    const rows = async <TRow>(party: PartyName, sql: string, parameters: unknown[] = []): Promise<TRow[]> =>
      query<TRow>(databases[party], sql, parameters);
    const figures: Figures[] = [];
    for (const workload of await workloads(rows)) {
      const token = await issuer.sign(workload.caller);
      const ask = (url: string, traceparent = newTraceparent()) =>
        post(url, token, traceparent, JSON.stringify({ query: workload.query, variables: workload.variables }));
      const plan = await relays.record(() => ask(recorder.url));
      const cost = await costOfOne(stack, (traceparent) => ask(stack.gatewayUrl, traceparent), rows);
      const variants: Record<Variant, () => Promise<boolean>> = {
        ketengraaf: () => ask(stack.gatewayUrl),
        hive: () => ask(hive.url),
        direct: () =>
          sendDirect(plan, stack.subgraphUrls, { authorization: `Bearer ${token}`, traceparent: newTraceparent() }),
      };
      figures.push(...(await alternate(workload, persons, variants, settings, cost, rows, plan)));
    }
    return figures;
  } finally {
    for (const stop of stops) await stop();
  }
}

/** The rounds: each variant in turn, the order turning each round, so a slow spell hits all alike. */
async function alternate(
  workload: Workload,
  persons: number,
  variants: Record<Variant, () => Promise<boolean>>,
  { rounds, seconds, connections }: { rounds: number; seconds: number; connections: number },
  cost: { statements: number; rowsWritten: number },
  rows: <TRow>(party: PartyName, sql: string) => Promise<TRow[]>,
  plan: SubgraphPlan,
): Promise<Figures[]> {
  const order = Object.keys(variants) as Variant[];
  const results: Record<Variant, { rps: number[]; p50: number[]; p99: number[]; failures: number }> = {
    ketengraaf: { rps: [], p50: [], p99: [], failures: 0 },
    hive: { rps: [], p50: [], p99: [], failures: 0 },
    direct: { rps: [], p50: [], p99: [], failures: 0 },
  };
  const logBytes: number[] = [];
  // Warm: each gateway plans the question once, every connection pool fills.
  for (const variant of order) {
    await Promise.all(Array.from({ length: connections }, () => variants[variant]()));
  }
  for (let round = 0; round < rounds; round += 1) {
    for (let turn = 0; turn < order.length; turn += 1) {
      const variant = order[(round + turn) % order.length] as Variant;
      const before = variant === 'ketengraaf' ? await processingLogBytes(rows) : 0;
      const loop = await closedLoop(connections, seconds, variants[variant]);
      if (variant === 'ketengraaf') logBytes.push(((await processingLogBytes(rows)) - before) / loop.requests);
      const result = results[variant];
      result.rps.push(loop.requests / loop.seconds);
      result.p50.push(percentile(loop.latencies, 0.5));
      result.p99.push(percentile(loop.latencies, 0.99));
      result.failures += loop.failures;
    }
  }
  const figures = order.map((variant) => ({
    workload: workload.name,
    pageSize: workload.pageSize,
    persons,
    variant,
    requestsPerSecond: median(results[variant].rps),
    p50: median(results[variant].p50),
    p99: median(results[variant].p99),
    failures: results[variant].failures,
    ...(variant === 'ketengraaf' ? { ...cost, logBytes: median(logBytes) } : {}),
  }));
  for (const figure of figures) {
    console.log(
      `${persons} ${workload.name} [${figure.variant}]: ${figure.requestsPerSecond.toFixed(1)} req/s, p50 ${figure.p50.toFixed(0)} ms, p99 ${figure.p99.toFixed(0)} ms, ${figure.failures} failed` +
        (figure.variant === 'direct' ? ` (${plan.flat().length} subgraph requests in ${plan.length} stages)` : ''),
    );
  }
  return figures;
}

/** One request on a quiet stack: the SQL statements every party sent for it, and the rows it wrote (by its trace id). */
async function costOfOne(
  stack: RunningStack,
  ask: (traceparent: string) => Promise<boolean>,
  rows: <TRow>(party: PartyName, sql: string, parameters?: unknown[]) => Promise<TRow[]>,
): Promise<{ statements: number; rowsWritten: number }> {
  let statements = 0;
  const unlisten = parties.map((party) => stack.statements[party].listen(() => (statements += 1)));
  const traceparent = newTraceparent();
  try {
    await ask(traceparent);
  } finally {
    for (const stop of unlisten) stop();
  }
  const traceId = traceparent.split('-')[1];
  let rowsWritten = 0;
  for (const party of parties) {
    for (const [table, ofTrace] of Object.entries(PROCESSING_LOG_TABLES)) {
      if (ofTrace === null) continue;
      const [row] = await rows<{ n: number }>(party, `SELECT count(*)::int AS n FROM ${table} WHERE ${ofTrace}`, [
        traceId,
      ]);
      rowsWritten += row?.n ?? 0;
    }
  }
  return { statements, rowsWritten };
}

/** The processing log's tables and indexes, over every party's database, in bytes. */
async function processingLogBytes(rows: <TRow>(party: PartyName, sql: string) => Promise<TRow[]>): Promise<number> {
  let total = 0;
  for (const party of parties) {
    const [row] = await rows<{ bytes: string }>(
      party,
      `SELECT sum(pg_total_relation_size(name))::text AS bytes FROM unnest(ARRAY['${Object.keys(PROCESSING_LOG_TABLES).join("','")}']::regclass[]) AS name`,
    );
    total += Number(row?.bytes ?? 0);
  }
  return total;
}

async function createDatabases(adminUrl: string, persons: number): Promise<Record<PartyName, string>> {
  const urls = {} as Record<PartyName, string>;
  for (const party of parties) {
    const name = `bench_${persons}_${party.replace(/-/g, '_')}`;
    await query(adminUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    urls[party] = url.toString();
  }
  return urls;
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

async function post(url: string, token: string, traceparent: string, body: string): Promise<boolean> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent },
    body,
  });
  const answer = (await response.json()) as { data?: unknown };
  return response.ok && answer.data !== null && answer.data !== undefined;
}

function newTraceparent(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
