import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { cpus, hostname, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
import { Client, Pool } from 'pg';

import { startEmbeddedPostgres } from '../embedded-postgres';
import { generateChain } from '../generate-chain';
import type { SubgraphServiceOptions } from '../party-subgraph';

import { cleanBaselines, preparedBaseline } from './baseline-checkout';
import { closedLoop, median, percentile } from './closed-loop';
import type { Outcome } from './closed-loop';
import { summariseProfile, writtenProfile } from './cpu-profile';
import { newTraceparent, postQuestion } from './post-question';
import { parseBenchOptions } from './options';
import { postgresCpuMs, postmasterPid, processCpuMs } from './process-cpu';
import { queryWithin } from './query-within';
import { costOfOne, processingLogBytes } from './request-cost';
import { cpuTotal, LOADED_MACHINE, latencyPlot, markdownReport, POSTGRES } from './report';
import type { BenchRun, Figures, RssFigures, Variant } from './report';
import { BENCH_GATEWAY_ENVIRONMENT, sampleMemory, startServiceProcess } from './service-processes';
import type { ProcessMemory, ServiceProcess } from './service-processes';
import { STATEMENT_STATS_SETTINGS, statementStats } from './statement-stats';
import type { StatementStats } from './statement-stats';
import { SUBGRAPH_PHASES } from './subgraph-phases';
import { sendDirect, startRecordingRelays } from './subgraph-plan';
import type { SubgraphPlan } from './subgraph-plan';
import { WORKLOAD_KEYS, workloads } from './workloads';
import type { Workload } from './workloads';

/** How long each variant is asked before a workload's first round, not measured. */
const WARM_SECONDS = 2;

/** A process (or a cluster of them) working for a variant's requests, and the CPU time it has used so far. */
interface CpuClock {
  readonly name: string;
  cpuMs(): Promise<number>;
}

/** A built checkout of an older revision, benched beside as the "baseline" variant. */
interface Baseline {
  readonly revision: string;
  readonly commit: string;
  readonly dir: string;
}

interface Settings {
  readonly rounds: number;
  readonly seconds: number;
  readonly connections: number;
  readonly workloads?: readonly string[];
  readonly statements: boolean;
}

/** With `--profile`: the subgraphs profiled, and the folder their profiles are written to. */
interface Profiling {
  readonly subgraphs: readonly ServiceProcess[];
  readonly dir: string;
}

/**
 * `npm run bench`: for each data size, a generated chain in a fresh embedded PostgreSQL, each
 * subgraph, our gateway and Hive Gateway in its own process over it (and with `--baseline` an older
 * revision's stack over its own data), and the fixed workloads through Ketengraaf's gateway,
 * through Hive Gateway, as the same subgraph requests sent directly (and through the baseline),
 * the variants alternating over the rounds. Prints the figures and writes the report with its plot.
 */
async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2), WORKLOAD_KEYS);
  if (options.cleanBaseline) await cleanBaselines();
  const baseline: Baseline | undefined = options.baseline
    ? { revision: options.baseline, ...(await preparedBaseline(options.baseline)) }
    : undefined;
  // Every service forked from here on runs as deployed (the Dockerfile's NODE_ENV; set after the
  // baseline's `npm ci`, which would leave out its dev dependencies): graphql-js, for one, checks
  // each `instanceof` again by name outside production, on every field of every answer.
  process.env['NODE_ENV'] = 'production';
  const profileDir = options.profile ? await mkdtemp(join(tmpdir(), 'ketengraaf-bench-cpuprofile-')) : undefined;
  if (profileDir) {
    // Every service forked from here on preloads the profiler, which SIGUSR2 starts and stops.
    process.env['NODE_OPTIONS'] =
      `${process.env['NODE_OPTIONS'] ?? ''} --require ${join(__dirname, 'cpu-profile-on-signal.js')}`.trim();
    process.env['CPU_PROFILE_PATH'] = join(profileDir, '{pid}.cpuprofile');
  }
  const loadAtStart = loadavg()[0] ?? NaN;
  console.log(
    `Load average ${loadAtStart.toFixed(1)} at the start` +
      (loadAtStart > LOADED_MACHINE ? ': the machine is loaded, absolute figures will be low and noisy' : ''),
  );
  const started = new Date().toISOString();
  const figures: Figures[] = [];
  const rss: RssFigures[] = [];
  const notes: Record<string, readonly string[]> = {};
  for (const persons of options.sizes) {
    const measured = await benchSize(persons, options, baseline, profileDir);
    figures.push(...measured.figures);
    rss.push(measured.rss);
    Object.assign(notes, measured.notes);
  }
  const loadAtEnd = loadavg()[0] ?? NaN;
  console.log(`Load average ${loadAtEnd.toFixed(1)} at the end`);
  const run: BenchRun = {
    started,
    machine: `${hostname()}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    rounds: options.rounds,
    seconds: options.seconds,
    connections: options.connections,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    figures,
    rss,
    baseline: baseline && { revision: baseline.revision, commit: baseline.commit, notes },
  };
  const out = resolve(options.out);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'bench.svg'), latencyPlot(run));
  const report = markdownReport(run, 'bench.svg');
  await writeFile(join(out, 'bench.md'), report);
  console.log(report);
}

async function benchSize(
  persons: number,
  settings: Settings,
  baseline: Baseline | undefined,
  profileDir: string | undefined,
): Promise<{ figures: Figures[]; rss: RssFigures; notes: Record<string, readonly string[]> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ketengraaf-bench-'));
  const postgres = await startEmbeddedPostgres({
    dataDir,
    port: 0,
    settings: settings.statements ? STATEMENT_STATS_SETTINGS : undefined,
  });
  const issuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-bench' });
  const identity = { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl };
  const databases = await createDatabases(postgres.adminUrl, `bench_${persons}`);
  const byParty = <T>(value: (party: PartyName) => T) =>
    Object.fromEntries(parties.map((party) => [party, value(party)])) as Record<PartyName, T>;
  const stops: (() => Promise<unknown>)[] = [
    () => issuer.stop(),
    () => postgres.stop(),
    () => rm(dataDir, { recursive: true, force: true }),
  ];
  const started = async (service: Promise<ServiceProcess>): Promise<ServiceProcess> => {
    const running = await service;
    stops.unshift(() => running.stop());
    return running;
  };
  try {
    const chain = await generateChain(databases, persons, 'ketengraaf-bench');
    console.log(`${persons} persons generated in ${chain.seconds.toFixed(1)} s`);
    const gatewayLimits = parseGatewayLimits(BENCH_GATEWAY_ENVIRONMENT, parties);
    const subgraphOptions: SubgraphServiceOptions = {
      databases,
      logLevel: 'error',
      maxPageSize: 100,
      maxRepresentations: DEFAULT_MAX_REPRESENTATIONS,
      queryLimits: byParty(() => DEFAULT_SUBGRAPH_QUERY_LIMITS),
      identity,
      pseudonymKeys: byParty(() => randomBytes(32).toString('hex')),
      meldingen: { settings: DEFAULT_MELDINGEN_SETTINGS },
      vandaag: DEMO_REFERENCE_DATE,
    };
    const subgraphs = await Promise.all(
      parties.map((party) =>
        started(startServiceProcess(party, { role: 'subgraph', party, options: subgraphOptions })),
      ),
    );
    const subgraphUrls = Object.fromEntries(subgraphs.map(({ name, url }) => [name, url])) as Record<PartyName, string>;
    const supergraphSdl = await readFile(supergraphPath, 'utf8');
    const gateway = await started(
      startServiceProcess('gateway', {
        role: 'gateway',
        options: { logLevel: 'error', gatewayLimits, identity },
        supergraphSdl,
        subgraphUrls,
      }),
    );
    const hive = await started(startServiceProcess('Hive Gateway', { role: 'hive', supergraphSdl, subgraphUrls }));
    const others = [hive];
    const clockOf = ({ name, pid }: ServiceProcess): CpuClock => ({ name, cpuMs: () => processCpuMs(pid) });
    const cluster = await postmasterPid(dataDir);
    const postgresClock: CpuClock = { name: POSTGRES, cpuMs: () => postgresCpuMs(cluster) };
    const subgraphClocks = subgraphs.map(clockOf);
    const clocks = new Map<Variant, readonly CpuClock[]>([
      ['ketengraaf', [...subgraphClocks, clockOf(gateway), postgresClock]],
      ['hive', [...subgraphClocks, clockOf(hive), postgresClock]],
      ['direct', [...subgraphClocks, postgresClock]],
    ]);
    let baselineStack: { url: string; sdl: string } | undefined;
    if (baseline) {
      const baselineDatabases = await createDatabases(postgres.adminUrl, `bench_${persons}_baseline`);
      const seeding = performance.now();
      const running = await started(
        startServiceProcess('baseline', {
          role: 'baseline',
          baseline: { dir: baseline.dir, databases: baselineDatabases, persons, identity },
        }),
      );
      console.log(
        `baseline ${baseline.commit.slice(0, 12)} seeded and started in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
      );
      others.push(running);
      clocks.set('baseline', [clockOf(running), postgresClock]);
      baselineStack = {
        url: running.url,
        sdl: await readFile(join(baseline.dir, 'schema/supergraph.graphql'), 'utf8'),
      };
    }
    const relays = await startRecordingRelays(subgraphUrls);
    stops.unshift(() => relays.stop());
    const recorder = await createGateway({
      supergraphSdl,
      subgraphUrls: relays.urls,
      log: createLogger('bench-recorder', 'error'),
      limits: gatewayLimits,
      identity,
    }).listen(0, '127.0.0.1');
    stops.unshift(() => recorder.stop());
    // One connection per database, kept open: a new one between two CPU readings would count its
    // start and password check (SCRAM) as PostgreSQL's work for the requests measured.
    const measuring = {
      ...byParty((party) => new Pool({ connectionString: databases[party], max: 1, idleTimeoutMillis: 0 })),
      admin: new Pool({ connectionString: postgres.adminUrl, max: 1, idleTimeoutMillis: 0 }),
    };
    stops.unshift(() => Promise.all(Object.values(measuring).map((pool) => pool.end())));
    const rows = async <TRow>(party: PartyName, sql: string, parameters: unknown[] = []): Promise<TRow[]> =>
      (await measuring[party].query(sql, parameters)).rows as TRow[];
    const figures: Figures[] = [];
    const notes: Record<string, readonly string[]> = {};
    const stopSampling = sampleMemory([...subgraphs, gateway], others);
    const chosen = (await workloads(rows)).filter(
      (workload) => !settings.workloads || settings.workloads.includes(workload.key),
    );
    for (const workload of chosen) {
      const token = await issuer.sign(workload.caller);
      const ask = (url: string, question = workload.query, traceparent = newTraceparent()) =>
        postQuestion(url, token, traceparent, JSON.stringify({ query: question, variables: workload.variables }));
      const plan = await relays.record(() => ask(recorder.url));
      const cost = await costOfOne(subgraphs, (traceparent) => ask(gateway.url, workload.query, traceparent), rows);
      const variants = new Map<Variant, () => Promise<Outcome>>([
        ['ketengraaf', () => ask(gateway.url)],
        ['hive', () => ask(hive.url)],
        [
          'direct',
          () => sendDirect(plan, subgraphUrls, { authorization: `Bearer ${token}`, traceparent: newTraceparent() }),
        ],
      ]);
      if (baselineStack) {
        const items = async (url: string, question: string) => {
          const answer = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: question, variables: workload.variables }),
          });
          return ((await answer.text()).match(/"node":/g) ?? []).length;
        };
        const asked = await askedOfBaseline(workload, baselineStack, ask, items, gateway.url);
        notes[workload.name] = asked.notes;
        const { question } = asked;
        if (question !== undefined) variants.set('baseline', () => ask(baselineStack.url, question));
      }
      const profiling = profileDir === undefined ? undefined : { subgraphs, dir: profileDir };
      const statements = settings.statements ? await statementStats(measuring.admin, cluster) : undefined;
      figures.push(
        ...(await alternate(workload, persons, variants, clocks, settings, cost, rows, plan, profiling, statements)),
      );
    }
    const peaks = stopSampling();
    const of = (kind: keyof ProcessMemory) =>
      Object.fromEntries(Object.entries(peaks.perProcess).map(([name, memory]) => [name, memory[kind]]));
    const rss = {
      persons,
      perProcess: of('rss'),
      stack: peaks.stack.rss,
      pss: { perProcess: of('pss'), stack: peaks.stack.pss },
      footprint: peaks.stack.footprint,
    };
    return { figures, rss, notes };
  } finally {
    for (const stop of stops) await stop();
  }
}

/**
 * What the baseline is asked for a workload: its question cut to the fields the baseline's schema
 * has, when that leaves a question the baseline answers and the workload names no one of our
 * generated chain; else nothing. The notes say what was cut, why nothing was asked, and how many
 * items each answered (the baseline's own demo population may hold fewer).
 */
async function askedOfBaseline(
  workload: Workload,
  baseline: { url: string; sdl: string },
  ask: (url: string, question: string) => Promise<Outcome>,
  items: (url: string, question: string) => Promise<number>,
  ours: string,
): Promise<{ question?: string; notes: readonly string[] }> {
  if (workload.namesTheChain) return { notes: ['not asked: it names someone of the generated chain'] };
  const cut = queryWithin(workload.query, baseline.sdl);
  const refused = await ask(baseline.url, cut.query);
  if (refused !== undefined) return { notes: [...cut.dropped, `not asked: the baseline answers ${refused}`] };
  const answered = `${await items(baseline.url, cut.query)} items answered (ours ${await items(ours, workload.query)})`;
  return { question: cut.query, notes: [...cut.dropped, answered] };
}

/** One variant's figures over the rounds, and its failures by code. */
interface Tally {
  readonly rps: number[];
  readonly p50: number[];
  readonly p99: number[];
  readonly failures: Record<string, number>;
  /** The CPU time each of the variant's processes used in the measured seconds, summed over the rounds. */
  readonly cpuMs: Record<string, number>;
  /** The requests answered in those seconds. */
  requests: number;
}

/** The rounds: each variant in turn, the order turning each round, so a slow spell hits all alike. */
async function alternate(
  workload: Workload,
  persons: number,
  variants: ReadonlyMap<Variant, () => Promise<Outcome>>,
  clocks: ReadonlyMap<Variant, readonly CpuClock[]>,
  { rounds, seconds, connections }: Settings,
  cost: { statements: number; rowsWritten: number },
  rows: <TRow>(party: PartyName, sql: string) => Promise<TRow[]>,
  plan: SubgraphPlan,
  profiling?: Profiling,
  statements?: StatementStats,
): Promise<Figures[]> {
  const order = [...variants.keys()];
  const results = new Map<Variant, Tally>(
    order.map((variant) => [variant, { rps: [], p50: [], p99: [], failures: {}, cpuMs: {}, requests: 0 }]),
  );
  const logBytes: number[] = [];
  // Warm: each gateway plans the question, every connection pool fills, and V8 optimises the hot
  // code of every process; else the first variant measured pays the others' compiling too.
  for (const request of variants.values()) await closedLoop(connections, WARM_SECONDS, request);
  await statements?.start();
  for (let round = 0; round < rounds; round += 1) {
    for (let turn = 0; turn < order.length; turn += 1) {
      const variant = order[(round + turn) % order.length] as Variant;
      const request = variants.get(variant);
      const result = results.get(variant);
      if (!request || !result) continue;
      const before = variant === 'ketengraaf' ? await processingLogBytes(rows) : 0;
      const profiled = variant === 'ketengraaf' && round === 0 ? profiling : undefined;
      if (profiled) for (const { pid } of profiled.subgraphs) process.kill(pid, 'SIGUSR2');
      const variantClocks = clocks.get(variant) ?? [];
      const cpuBefore = await Promise.all(variantClocks.map((clock) => clock.cpuMs()));
      const loop = await closedLoop(connections, seconds, request);
      const cpuAfter = await Promise.all(variantClocks.map((clock) => clock.cpuMs()));
      variantClocks.forEach(({ name }, index) => {
        result.cpuMs[name] = (result.cpuMs[name] ?? 0) + (cpuAfter[index] ?? NaN) - (cpuBefore[index] ?? NaN);
      });
      result.requests += loop.requests;
      if (profiled) await printProfiles(profiled, `${persons} ${workload.name}`, loop.requests);
      if (variant === 'ketengraaf') logBytes.push(((await processingLogBytes(rows)) - before) / loop.requests);
      result.rps.push(loop.requests / loop.seconds);
      result.p50.push(percentile(loop.latencies, 0.5));
      result.p99.push(percentile(loop.latencies, 0.99));
      for (const [code, count] of Object.entries(loop.failureCodes)) {
        result.failures[code] = (result.failures[code] ?? 0) + count;
      }
    }
  }
  const figures = order.map((variant): Figures => {
    const result = results.get(variant) ?? { rps: [], p50: [], p99: [], failures: {}, cpuMs: {}, requests: 0 };
    return {
      workload: workload.name,
      pageSize: workload.pageSize,
      persons,
      variant,
      requestsPerSecond: median(result.rps),
      p50: median(result.p50),
      p99: median(result.p99),
      failures: Object.values(result.failures).reduce((total, count) => total + count, 0),
      failureCodes: result.failures,
      cpuMsPerRequest: Object.fromEntries(
        Object.entries(result.cpuMs).map(([name, ms]) => [name, ms / result.requests]),
      ),
      ...(variant === 'ketengraaf' ? { ...cost, logBytes: median(logBytes) } : {}),
    };
  });
  if (statements) {
    // Every variant but the baseline sends the same subgraph requests, one request's statements each.
    const requests = [...results].reduce(
      (sum, [variant, { requests }]) => sum + (variant === 'baseline' ? 0 : requests),
      0,
    );
    console.log(`\n${persons} ${workload.name}, statements:\n${await statements.table(requests, /_baseline_/)}\n`);
  }
  for (const figure of figures) {
    console.log(
      `${persons} ${workload.name} [${figure.variant}]: ${figure.requestsPerSecond.toFixed(1)} req/s, p50 ${figure.p50.toFixed(0)} ms, p99 ${figure.p99.toFixed(0)} ms, ${figure.failures} failed, CPU ${cpuTotal(figure).toFixed(1)} ms/request` +
        (figure.variant === 'direct' ? ` (${plan.flat().length} subgraph requests in ${plan.length} stages)` : ''),
    );
  }
  return figures;
}

/**
 * Stops each profiled subgraph's profiler, prints where its time went over `requests` requests, and
 * keeps its profile (for Chrome's DevTools or speedscope) named after the subgraph and `title`.
 */
async function printProfiles({ subgraphs, dir }: Profiling, title: string, requests: number): Promise<void> {
  for (const { pid } of subgraphs) process.kill(pid, 'SIGUSR2');
  for (const { name, pid } of subgraphs) {
    const profile = await writtenProfile(join(dir, `${pid}.cpuprofile`));
    // Out of the way of the next workload's profile, which is written under the same name.
    const kept = join(dir, `${name}, ${title}.cpuprofile`.replace(/[^\w,. -]/g, ''));
    await rename(join(dir, `${pid}.cpuprofile`), kept);
    console.log(
      `\n${name}, ${title}, ${requests} requests: ${kept}\n${summariseProfile(profile, requests, SUBGRAPH_PHASES, [])}`,
    );
  }
}

async function createDatabases(adminUrl: string, prefix: string): Promise<Record<PartyName, string>> {
  const urls = {} as Record<PartyName, string>;
  for (const party of parties) {
    const name = `${prefix}_${party.replace(/-/g, '_')}`;
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
