import { mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { parseGatewayLimits } from '@ketengraaf/gateway';
import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { demoPopulation, startLocalIssuer } from '@ketengraaf/subgraph-kit';
import type { Rol } from '@ketengraaf/subgraph-kit';

import { signDemoToken } from './demo-token';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ensurePartyDatabases } from './party-databases';
import { parseStackConfig } from './stack-config';
import { startStack } from './start-stack';

const USAGE = `Usage: npm run soak -- [--url <gateway URL>] [--seconds 60] [--clients 20]

Without --url it starts the whole stack in this process (a fresh embedded PostgreSQL in a
temporary folder, free ports, its own token issuer, the demo data) and measures that; with --url it
sends to a running gateway (\`npm start\`'s) with tokens of \`npm start\`'s demo issuer.`;

/** Who asks what: the questions of the chain's daily work, each with a caller who may ask it. */
interface Question {
  readonly name: string;
  readonly org: string;
  readonly role: Rol;
  readonly weight: number;
  readonly query: string;
  readonly variables?: () => Record<string, unknown>;
}

/** Persons in detention who return to Amsterdam: the gemeente's nazorgcoördinator may read them. */
const returningToAmsterdam = demoPopulation(300).filter(
  (person) =>
    person.terugkeer.soort === 'GEMEENTE' && person.terugkeer.gemeentecode === '0363' && person.uitstroomdatum === null,
);

const questions: Question[] = [
  {
    name: "gemeente's open dossiers with DJI's verblijf",
    org: 'gemeente:0363',
    role: 'nazorgcoordinator',
    weight: 3,
    query:
      '{ nazorgdossiers(gemeentecode: "0363", first: 10) { edges { node { rol justitiabele { bsn huidigVerblijf { instroomdatum verwachteUitstroomdatum } } } } } }',
  },
  {
    name: "DJI's verblijven",
    org: 'dji:PI-VUGHT',
    role: 'casemanager',
    weight: 3,
    query: '{ verblijven(first: 20) { edges { node { instroomdatum titel terugkeer { gemeentecode } } } } }',
  },
  {
    name: 'one returning person by chain id',
    org: 'gemeente:0363',
    role: 'nazorgcoordinator',
    weight: 2,
    query:
      'query ($id: ID!) { justitiabele(id: $id) { bsn personalia { achternaam } nazorgdossiers { gemeentecode basisvoorwaarden { onderdak { type } } } } }',
    variables: () => ({ id: returningToAmsterdam[Math.floor(Math.random() * returningToAmsterdam.length)]?.skn }),
  },
  {
    name: "the toezichthouder's werkvoorraad",
    org: 'reclassering:RN',
    role: 'toezichthouder',
    weight: 2,
    query: '{ werkvoorraad(first: 10) { edges { node { begindatum justitiabele { id } } } } }',
  },
  {
    name: "the burgemeester's BIJ-meldingen",
    org: 'burgemeester:0363',
    role: 'oov-adviseur',
    weight: 1,
    query:
      '{ bijWerkvoorraad(first: 20) { edges { node { terugkeergemeente delictcategorie justitiabele { id } } } } }',
  },
  {
    name: 'the inrichtingen',
    org: 'gemeente:0599',
    role: 'nazorgcoordinator',
    weight: 1,
    query: '{ inrichtingen { code naam } }',
  },
];

interface Target {
  readonly gatewayUrl: string;
  /** Each question's `authorization` header. */
  readonly tokens: ReadonlyMap<Question, string>;
  /** The processes serving the stack, by name, for their memory. */
  readonly processes: () => Promise<Record<string, number | undefined>>;
  stop(): Promise<void>;
}

interface Tally {
  requests: number;
  readonly errors: Map<string, number>;
  readonly latencies: number[];
}

/**
 * `npm run soak`: a steady load of the chain's everyday questions from concurrent clients, for a
 * while, then the errors by code, the number of requests, the latency percentiles and the memory
 * (RSS) of the services at the start and the end. Not a test: a measurement to run by hand.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      seconds: { type: 'string', default: '60' },
      clients: { type: 'string', default: '20' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const seconds = Number(values.seconds);
  const clients = Number(values.clients);
  if (values.help || !(seconds > 0) || !(clients > 0 && Number.isInteger(clients))) {
    throw new Error(USAGE);
  }
  console.log(values.url ? `Soaking ${values.url} ...` : 'Starting the stack in this process ...');
  const target = values.url ? await runningStack(values.url) : await inProcessStack();
  try {
    const before = await target.processes();
    console.log(`${clients} clients for ${seconds} s against ${target.gatewayUrl}`);
    const tally: Tally = { requests: 0, errors: new Map(), latencies: [] };
    const deadline = Date.now() + seconds * 1000;
    const weighted = questions.flatMap((question) => Array.from({ length: question.weight }, () => question));
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (Date.now() < deadline) {
          const question = weighted[Math.floor(Math.random() * weighted.length)] ?? questions[0];
          if (question) await ask(target, question, tally);
        }
      }),
    );
    const after = await target.processes();
    report(tally, seconds, before, after);
  } finally {
    await target.stop();
  }
}

async function ask(target: Target, question: Question, tally: Tally): Promise<void> {
  const started = performance.now();
  const count = (code: string): void => {
    const key = `${code} (${question.name})`;
    tally.errors.set(key, (tally.errors.get(key) ?? 0) + 1);
  };
  try {
    const response = await fetch(target.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: target.tokens.get(question) ?? '' },
      body: JSON.stringify({ query: question.query, variables: question.variables?.() ?? {} }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
    if (response.status !== 200) count(`HTTP ${response.status}`);
    for (const error of body.errors ?? []) count(String(error.extensions?.code));
  } catch (error) {
    count(`no answer: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    tally.requests += 1;
    tally.latencies.push(performance.now() - started);
  }
}

function report(
  tally: Tally,
  seconds: number,
  before: Record<string, number | undefined>,
  after: Record<string, number | undefined>,
): void {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const percentile = (p: number): string =>
    `${(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0).toFixed(0)} ms`;
  const errors = [...tally.errors.values()].reduce((sum, n) => sum + n, 0);
  const megabytes = (bytes: number | undefined): string =>
    bytes === undefined ? 'unknown' : `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(`
requests   ${tally.requests} (${(tally.requests / seconds).toFixed(1)} per second)
errors     ${errors}${[...tally.errors].map(([code, n]) => `\n  ${code.padEnd(60)} ${n}`).join('')}
latency    p50 ${percentile(50)}, p95 ${percentile(95)}, p99 ${percentile(99)}, max ${percentile(100)}
RSS        start → end
${Object.keys(after)
  .map((name) => `  ${name.padEnd(28)} ${megabytes(before[name])} → ${megabytes(after[name])}`)
  .join('\n')}`);
  process.exitCode = errors === 0 ? 0 : 1;
}

/** The whole stack in this process, over a fresh embedded PostgreSQL, as `npm start` runs it. */
async function inProcessStack(): Promise<Target> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ketengraaf-soak-'));
  const postgres = await startEmbeddedPostgres({ dataDir, port: 0 });
  const issuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-soak' });
  const identity = { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl };
  const byParty = <T>(value: (party: PartyName) => T) =>
    Object.fromEntries(parties.map((party) => [party, value(party)])) as Record<PartyName, T>;
  const config = parseStackConfig(process.env);
  const stack = await startStack({
    databases: await ensurePartyDatabases(postgres.adminUrl),
    ports: { gateway: 0, ...byParty(() => 0) },
    logLevel: 'warn',
    seedDemoData: true,
    gatewayLimits: parseGatewayLimits(process.env),
    maxPageSize: config.maxPageSize,
    maxRepresentations: config.maxRepresentations,
    queryLimits: config.queryLimits,
    identity,
    pseudonymKeys: byParty(() => 'soak-pseudonym-key-of-at-least-32-characters'),
    meldingen: { settings: config.meldingen, tokens: issuer.machineTokens, dispatch: true },
  });
  const tokens = new Map<Question, string>();
  for (const question of questions) {
    tokens.set(question, `Bearer ${await issuer.sign({ org: question.org, role: question.role, sub: 'soak' })}`);
  }
  return {
    gatewayUrl: stack.gatewayUrl,
    tokens,
    processes: async () => ({
      'every service (this process)': process.memoryUsage().rss,
      'embedded PostgreSQL (PSS, all)': await postgresMemory(postgres.adminUrl),
    }),
    async stop() {
      await stack.stop();
      await issuer.stop();
      await postgres.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A gateway already running, `npm start`'s by default, with tokens of `npm start`'s demo issuer. */
async function runningStack(gatewayUrl: string): Promise<Target> {
  const config = parseStackConfig(process.env);
  if (config.identity.kind === 'external') {
    throw new Error('An external token issuer is configured: the soak signs only with the demo issuer of npm start.');
  }
  const tokens = new Map<Question, string>();
  for (const question of questions) {
    const token = await signDemoToken(config.identity, {
      organisatie: question.org,
      rol: question.role,
      gebruiker: 'soak',
    });
    tokens.set(question, `Bearer ${token}`);
  }
  const port = Number(new URL(gatewayUrl).port || 80);
  return {
    gatewayUrl,
    tokens,
    processes: async () => ({
      "the gateway's process": await listenerRss(port),
      'this process (the clients)': process.memoryUsage().rss,
    }),
    stop: () => Promise.resolve(),
  };
}

/** The RSS of the local process listening on `port` (Linux's /proc), or undefined when not found. */
async function listenerRss(port: number): Promise<number | undefined> {
  const pid = await listenerPid(port);
  return pid ? rssOf(pid) : undefined;
}

async function rssOf(pid: string): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kilobytes ? Number(kilobytes) * 1024 : undefined;
}

/**
 * The memory of the PostgreSQL server and its backends, found by the port it listens on: summed
 * PSS, which counts the shared buffers once rather than once per backend as summed RSS would.
 */
async function postgresMemory(adminUrl: string): Promise<number | undefined> {
  const main = await listenerPid(Number(new URL(adminUrl).port));
  if (!main) return undefined;
  let total = 0;
  for (const pid of (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry))) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    if (pid === main || new RegExp(`^PPid:\\s+${main}$`, 'm').test(status)) {
      const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
      total += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
    }
  }
  return total;
}

/** The process listening on `port` on this machine, found through /proc; undefined elsewhere. */
async function listenerPid(port: number): Promise<string | undefined> {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const table = `${await readFile('/proc/net/tcp', 'utf8').catch(() => '')}${await readFile('/proc/net/tcp6', 'utf8').catch(() => '')}`;
  const inode = table
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((fields) => fields[1]?.endsWith(`:${hex}`) && fields[3] === '0A')?.[9];
  if (!inode) return undefined;
  for (const pid of (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry))) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => []);
    for (const fd of fds) {
      if ((await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')) === `socket:[${inode}]`) return pid;
    }
  }
  return undefined;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
