import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
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
  envPrefixOf,
  startLocalIssuer,
} from '@ketengraaf/subgraph-kit';
import { Client } from 'pg';

import { startEmbeddedPostgres } from '../embedded-postgres';
import { generateChain } from '../generate-chain';
import { SERVICE_RUNTIME_ENVIRONMENT } from '../service-runtime';
import { startStack } from '../start-stack';

import { closedLoop, median } from './closed-loop';
import { inPackage, PROFILER, summariseProfile, writtenProfile } from './cpu-profile';
import type { Matcher } from './cpu-profile';
import type { Outcome } from './closed-loop';
import { newTraceparent, postQuestion } from './post-question';
import { processCpuMs } from './process-cpu';
import { startServiceProcess } from './service-processes';
import { sendDirect, startRecordingRelays } from './subgraph-plan';
import { WORKLOAD_KEYS, workloads } from './workloads';

/** The label of Hive Gateway, run beside ours with `--hive`. */
const HIVE = 'hive';

/** The workloads run when `--workloads` names none: the page of 50 and the person view. */
const DEFAULT_WORKLOADS = 'werkvoorraad-50,person-view';

/**
 * `npm run bench:gateway`: the gateway's own cost per request. The subgraphs run in this process on
 * a generated chain; each gateway named by `--gateway label=path/to/main.js` (default: this
 * checkout's) runs as its own process, as deployed (`NODE_ENV=production`, `LOG_LEVEL=info`, the image's node options), so its
 * figures and its CPU profile are its own. The workloads named by `--workloads` (default the gemeente
 * werkvoorraad page of 50 and the DJI person view) run through each gateway and as the same subgraph requests sent directly, alternating over
 * the rounds. Besides req/s it reports each gateway process's CPU time per request, which a loaded
 * machine disturbs far less than throughput; with `--profile`, each gateway writes a V8 CPU profile, summarised here per package
 * and per phase of a request.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      persons: { type: 'string', default: '3000' },
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '4' },
      gateway: {
        type: 'string',
        multiple: true,
        default: [`current=${resolve(__dirname, '../../../../gateway/dist/main.js')}`],
      },
      profile: { type: 'boolean', default: false },
      hive: { type: 'boolean', default: false },
      // Workload keys as `npm run bench` takes them, comma-separated.
      workloads: { type: 'string', default: DEFAULT_WORKLOADS },
    },
  });
  const chosen = values.workloads.split(',');
  const unknown = chosen.filter((key) => !(WORKLOAD_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0)
    throw new Error(`--workloads: unknown ${unknown.join(', ')}; known: ${WORKLOAD_KEYS.join(', ')}`);
  const [persons, rounds, seconds, connections] = [
    values.persons,
    values.rounds,
    values.seconds,
    values.connections,
  ].map(Number) as [number, number, number, number];
  const gateways = values.gateway.map((entry) => {
    const [label, path] = entry.split('=');
    if (!label || !path) throw new Error('--gateway takes label=path/to/gateway/dist/main.js');
    return { label, path: resolve(path) };
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'ketengraaf-gateway-profile-'));
  const postgres = await startEmbeddedPostgres({ dataDir, port: 0 });
  const issuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-bench' });
  const identity = { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl };
  const byParty = <T>(value: (party: PartyName) => T) =>
    Object.fromEntries(parties.map((party) => [party, value(party)])) as Record<PartyName, T>;
  const stops: (() => Promise<unknown>)[] = [
    () => issuer.stop(),
    () => postgres.stop(),
    () => rm(dataDir, { recursive: true, force: true }),
  ];
  try {
    const databases = byParty((party) => {
      const url = new URL(postgres.adminUrl);
      url.pathname = `/profile_${party.replace(/-/g, '_')}`;
      return url.toString();
    });
    for (const party of parties)
      await query(postgres.adminUrl, `CREATE DATABASE "${new URL(databases[party]).pathname.slice(1)}"`);
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
    const profileDir = await mkdtemp(join(tmpdir(), 'ketengraaf-gateway-cpuprofile-'));
    const running: { label: string; url: string; profilePath: string; pid: number }[] = [];
    // Each gateway with the node options it runs with, and the profiler preloaded when asked.
    const profiled = (label: string, nodeOptions: string) => {
      const profilePath = join(profileDir, `${label}.cpuprofile`);
      const preload = values.profile ? `--require "${resolve(__dirname, 'cpu-profile-on-signal.js')}"` : '';
      return {
        profilePath,
        environment: { NODE_OPTIONS: `${nodeOptions} ${preload}`.trim(), CPU_PROFILE_PATH: profilePath },
      };
    };
    for (const { label, path } of gateways) {
      const port = await freePort();
      const { profilePath, environment } = profiled(label, SERVICE_RUNTIME_ENVIRONMENT.NODE_OPTIONS);
      const child = spawn(process.execPath, [path], {
        env: {
          ...SERVICE_RUNTIME_ENVIRONMENT,
          ...environment,
          PATH: process.env['PATH'],
          NODE_ENV: 'production',
          LOG_LEVEL: 'info',
          GATEWAY_PORT: String(port),
          GATEWAY_HOST: '127.0.0.1',
          SUPERGRAPH_PATH: supergraphPath,
          GATEWAY_CLIENTS_DIR: resolve(__dirname, '../../../../clients'),
          AUTH_ISSUER: identity.issuer,
          AUTH_AUDIENCE: identity.audience,
          AUTH_JWKS_URL: identity.jwksUrl,
          ...Object.fromEntries(parties.map((party) => [`${envPrefixOf(party)}_URL`, stack.subgraphUrls[party]])),
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const stopped = new Promise((resolveStop) => child.once('exit', resolveStop));
      stops.unshift(async () => {
        child.kill('SIGTERM');
        await stopped;
      });
      const url = `http://127.0.0.1:${port}/graphql`;
      await untilReady(url);
      running.push({ label, url, profilePath, pid: child.pid ?? NaN });
    }
    if (values.hive) {
      // The benchmark's own Hive Gateway process, as `npm run bench` starts it.
      const { profilePath, environment } = profiled(HIVE, '');
      const hive = await startServiceProcess(
        HIVE,
        { role: 'hive', supergraphSdl: await readFile(supergraphPath, 'utf8'), subgraphUrls: stack.subgraphUrls },
        environment,
      );
      stops.unshift(() => hive.stop());
      running.push({ label: HIVE, url: hive.url, profilePath, pid: hive.pid });
    }
    const relays = await startRecordingRelays(stack.subgraphUrls);
    stops.unshift(() => relays.stop());
    const recorder = await createGateway({
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      subgraphUrls: relays.urls,
      log: createLogger('bench-recorder', 'error'),
      limits: gatewayLimits,
      identity,
    }).listen(0, '127.0.0.1');
    stops.unshift(() => recorder.stop());
    const rows = <TRow>(party: PartyName, sql: string) => query<TRow>(databases[party], sql);
    for (const workload of (await workloads(rows)).filter(({ key }) => chosen.includes(key))) {
      const token = await issuer.sign(workload.caller);
      const body = JSON.stringify({ query: workload.query, variables: workload.variables });
      const plan = await relays.record(() => postQuestion(recorder.url, token, newTraceparent(), body));
      const variants: Record<string, () => Promise<Outcome>> = {
        ...Object.fromEntries(
          running.map(({ label, url }) => [label, () => postQuestion(url, token, newTraceparent(), body)]),
        ),
        direct: () =>
          sendDirect(plan, stack.subgraphUrls, { authorization: `Bearer ${token}`, traceparent: newTraceparent() }),
      };
      const order = Object.keys(variants);
      // Warm: each gateway plans the question once, every connection pool fills.
      for (const ask of Object.values(variants)) await Promise.all(Array.from({ length: connections }, ask));
      const rps: Record<string, number[]> = Object.fromEntries(order.map((variant) => [variant, []]));
      const answered: Record<string, number> = {};
      const cpuMs: Record<string, number> = {};
      if (values.profile) for (const { pid } of running) process.kill(pid, 'SIGUSR2');
      for (let round = 0; round < rounds; round += 1) {
        for (let turn = 0; turn < order.length; turn += 1) {
          const variant = order[(round + turn) % order.length] as string;
          const pid = running.find(({ label }) => label === variant)?.pid;
          const cpuBefore = pid === undefined ? 0 : await processCpuMs(pid);
          const loop = await closedLoop(connections, seconds, variants[variant] as () => Promise<Outcome>);
          if (pid !== undefined) cpuMs[variant] = (cpuMs[variant] ?? 0) + (await processCpuMs(pid)) - cpuBefore;
          if (loop.failures > 0)
            throw new Error(
              `${variant}: ${loop.failures} of ${loop.requests} requests failed: ${JSON.stringify(loop.failureCodes)}`,
            );
          rps[variant]?.push(loop.requests / loop.seconds);
          answered[variant] = (answered[variant] ?? 0) + loop.requests;
        }
      }
      const direct = median(rps['direct'] ?? []);
      for (const variant of order) {
        const figure = median(rps[variant] ?? []);
        console.log(
          `${workload.name} [${variant}]: ${figure.toFixed(1)} req/s (rounds ${rps[variant]?.map((value) => value.toFixed(1)).join(', ')})` +
            (variant === 'direct'
              ? ''
              : `, gateway/direct ${(figure / direct).toFixed(2)}, the gateway's CPU ${((cpuMs[variant] ?? 0) / (answered[variant] ?? 1)).toFixed(1)} ms/request`),
        );
      }
      if (values.profile) {
        for (const { label, profilePath, pid } of running) {
          await rm(profilePath, { force: true });
          process.kill(pid, 'SIGUSR2');
          const profile = await writtenProfile(profilePath);
          console.log(
            `\n${label}, ${workload.name}, ${answered[label] ?? 0} requests: ${profilePath}\n${summariseProfile(profile, answered[label] ?? 0, PHASES, PACKAGES)}`,
          );
        }
      }
    }
  } finally {
    for (const stop of stops) await stop();
  }
}

/**
 * Where a request's time goes. A sample counts for the innermost phase on its stack (a phase holds
 * its own work and what it calls, less the phases nested in it); a sample in no phase (an async
 * continuation has no caller above it) counts for the innermost package it runs in.
 */
const PHASES: readonly Matcher[] = [
  [PROFILER, (_, url) => url === 'node:inspector' || url.endsWith('/cpu-profile-on-signal.js')],
  ['garbage collection', (name) => name === '(garbage collector)'],
  ['query planning', (name) => name === 'buildQueryPlan'],
  ['result shaping', (name) => name === 'computeResponse'],
  ['subgraph response: JSON and errors', (name) => name === 'sendRequest' || name === 'downstreamServiceError'],
  ['operation from document (per request)', (name) => name === 'operationFromDocument'],
  ['error formatting', (name) => name === 'normalizeAndFormatErrors'],
  ['plan-hop errors plugin', (name) => name === 'withoutPlanHopRefusals'],
  ['parse', (name, url) => name === 'parse' && url.includes('/graphql/language/')],
  ['validate (GraphQL Armor)', (name, url) => name === 'validate' && url.includes('/graphql/validation/')],
  ['token verification', (name) => name === 'jwtVerify' || name === 'verifyOneShot'],
];

const PACKAGES: readonly Matcher[] = [
  inPackage('logging (pino)', 'pino'),
  inPackage('metrics (prom-client)', 'prom-client'),
  inPackage('circuit breaker (opossum)', 'opossum'),
  inPackage('token verification', 'jose'),
  ['subgraph fetch (undici)', (_, url) => url.includes('undici')],
  inPackage('apollo gateway (plan execution, merging)', '@apollo/gateway'),
  inPackage('apollo federation-internals', '@apollo/federation-internals'),
  inPackage('apollo server (request pipeline)', '@apollo/server'),
  inPackage('graphql-js', 'graphql'),
  [
    'express, body parsing, helmet',
    (_, url) => /\/node_modules\/(express|body-parser|helmet|router|raw-body)\//.test(url),
  ],
  ['ketengraaf gateway and kit', (_, url) => /\/(gateway|packages\/subgraph-kit)\/dist\//.test(url)],
  ['http and sockets (node)', (_, url) => /^node:(internal\/)?(http|net|stream|_http|webstreams)/.test(url)],
  ['idle', (name) => name === '(idle)'],
  ['native (program)', (name) => name === '(program)'],
];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolveClose) => server.close(resolveClose));
  return port;
}

async function untilReady(graphqlUrl: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const ready = await fetch(new URL('/ready', graphqlUrl)).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`the gateway at ${graphqlUrl} did not become ready`);
}

async function query<TRow>(databaseUrl: string, sql: string): Promise<TRow[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as TRow[];
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
