import { mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parseGatewayLimits } from '@ketengraaf/gateway';
import { partyNamed, parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { supergraphPath } from '@ketengraaf/schema';
import { createLogger, startLocalIssuer } from '@ketengraaf/subgraph-kit';
import type { DemoPerson, Rol } from '@ketengraaf/subgraph-kit';

import { startServiceProcess } from './bench/service-processes';
import type { ServiceProcess } from './bench/service-processes';
import { signDemoToken } from './demo-token';
import { startEmbeddedPostgres } from './embedded-postgres';
import { readHeapAfterGc } from './heap-after-gc';
import type { HeapReading } from './heap-after-gc';
import { ensurePartyDatabases } from './party-databases';
import type { SubgraphServiceOptions } from './party-subgraph';
import { parseStackConfig } from './stack-config';
import { startStack } from './start-stack';

/*
 * The stacks `npm run soak` loads (`soak.ts`): the whole stack in its process, a process per
 * service, or a gateway already running; each with its callers' tokens and its processes' memory.
 */

/** One process's memory at one moment, in bytes; a figure it cannot give is absent. */
export interface MemoryReading {
  /** Its RSS (for PostgreSQL, its processes' summed PSS). */
  readonly resident?: number;
  /** Its V8 heap in use after a full collection: only of a node process the soak started. */
  readonly heapAfterGc?: number;
}

export type Readings = Readonly<Record<string, MemoryReading>>;

/** Who asks a question: its caller's organisation and role. */
export interface SoakCaller {
  readonly org: string;
  readonly role: Rol;
}

/** A stack under the soak's load: its gateway, a token per caller, its processes' memory. */
export interface Target<TCaller extends SoakCaller> {
  readonly gatewayUrl: string;
  /** Each caller's `authorization` header. */
  readonly tokens: ReadonlyMap<TCaller, string>;
  /** The processes serving the stack, by name, for their memory. */
  readonly processes: () => Promise<Readings>;
  stop(): Promise<void>;
}

/** What both of the soak's own stacks start on: PostgreSQL with the parties' databases, an issuer, tokens. */
interface Foundation<TCaller extends SoakCaller> {
  readonly databases: Readonly<Record<PartyName, string>>;
  readonly issuer: Awaited<ReturnType<typeof startLocalIssuer>>;
  readonly tokens: ReadonlyMap<TCaller, string>;
  /** The embedded PostgreSQL's memory, as a reading. */
  postgresMemory(): Promise<MemoryReading>;
  stop(): Promise<void>;
}

/** A fresh embedded PostgreSQL in a temporary folder with a database per party, and its own issuer. */
async function startFoundation<TCaller extends SoakCaller>(callers: readonly TCaller[]): Promise<Foundation<TCaller>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ketengraaf-soak-'));
  const postgres = await startEmbeddedPostgres({ dataDir, port: 0 });
  const issuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-soak' });
  const stop = async (): Promise<void> => {
    await issuer.stop();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const tokens = new Map<TCaller, string>();
    for (const caller of callers) {
      tokens.set(caller, `Bearer ${await issuer.sign({ org: caller.org, role: caller.role, sub: 'soak' })}`);
    }
    return {
      databases: await ensurePartyDatabases(postgres.adminUrl),
      issuer,
      tokens,
      postgresMemory: async () => ({ resident: await postgresMemory(postgres.adminUrl) }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

const byParty = <T>(value: (party: PartyName) => T) =>
  Object.fromEntries(parties.map((party) => [party, value(party)])) as Record<PartyName, T>;

const identityOf = ({ issuer }: Foundation<SoakCaller>) => ({
  issuer: issuer.issuer,
  audience: issuer.audience,
  jwksUrl: issuer.jwksUrl,
});

const nodeMemory = ({ rss, heapAfterGc }: HeapReading): MemoryReading => ({ resident: rss, heapAfterGc });

const POSTGRES = 'embedded PostgreSQL (PSS, all)';

/** The whole stack in this process, over a fresh embedded PostgreSQL, as `npm start` runs it. */
export async function inProcessStack<TCaller extends SoakCaller>(
  callers: readonly TCaller[],
): Promise<Target<TCaller>> {
  const foundation = await startFoundation(callers);
  const config = parseStackConfig(process.env);
  const stack = await startStack({
    databases: foundation.databases,
    ports: { gateway: 0, ...byParty(() => 0) },
    logLevel: 'warn',
    seedDemoData: true,
    gatewayLimits: parseGatewayLimits(process.env),
    maxPageSize: config.maxPageSize,
    maxRepresentations: config.maxRepresentations,
    queryLimits: config.queryLimits,
    identity: identityOf(foundation),
    pseudonymKeys: byParty(() => 'soak-pseudonym-key-of-at-least-32-characters'),
    meldingen: { settings: config.meldingen, tokens: foundation.issuer.machineTokens, dispatch: true },
  }).catch(async (error: unknown) => {
    await foundation.stop();
    throw error;
  });
  return {
    gatewayUrl: stack.gatewayUrl,
    tokens: foundation.tokens,
    processes: async () => ({
      'every service (this process)': nodeMemory(readHeapAfterGc()),
      [POSTGRES]: await foundation.postgresMemory(),
    }),
    async stop() {
      await stack.stop();
      await foundation.stop();
    },
  };
}

/**
 * Each subgraph and the gateway in a process of its own, as deployed and as `npm run bench` runs
 * them (with the image's runtime settings), over the demo chain: the memory of each service.
 */
export async function processStack<TCaller extends SoakCaller>(
  callers: readonly TCaller[],
  population: readonly DemoPerson[],
): Promise<Target<TCaller>> {
  const foundation = await startFoundation(callers);
  const services: ServiceProcess[] = [];
  const stop = async (): Promise<void> => {
    for (const service of services.reverse()) await service.stop();
    await foundation.stop();
  };
  try {
    await seedDemoChain(foundation.databases, population);
    const config = parseStackConfig(process.env);
    const identity = identityOf(foundation);
    const options: SubgraphServiceOptions = {
      databases: foundation.databases,
      logLevel: 'warn',
      maxPageSize: config.maxPageSize,
      maxRepresentations: config.maxRepresentations,
      queryLimits: config.queryLimits,
      identity,
      pseudonymKeys: byParty(() => 'soak-pseudonym-key-of-at-least-32-characters'),
      meldingen: { settings: config.meldingen },
    };
    const subgraphUrls = {} as Record<PartyName, string>;
    for (const party of parties) {
      const subgraph = await startServiceProcess(party, { role: 'subgraph', party, options });
      services.push(subgraph);
      subgraphUrls[party] = subgraph.url;
    }
    const gateway = await startServiceProcess('gateway', {
      role: 'gateway',
      options: { logLevel: 'warn', gatewayLimits: parseGatewayLimits(process.env), identity },
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      subgraphUrls,
    });
    services.push(gateway);
    return {
      gatewayUrl: gateway.url,
      tokens: foundation.tokens,
      processes: async () => ({
        ...Object.fromEntries(
          await Promise.all(services.map(async (service) => [service.name, nodeMemory(await service.heap())] as const)),
        ),
        [POSTGRES]: await foundation.postgresMemory(),
      }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The demo chain in every party's database, through its own migrations and seed, as `npm start` seeds it. */
async function seedDemoChain(
  databases: Readonly<Record<PartyName, string>>,
  population: readonly DemoPerson[],
): Promise<void> {
  const log = createLogger('soak-seed', 'warn');
  for (const party of parties) {
    const database = await partyNamed(party).openDatabase(databases[party], log);
    try {
      await partyNamed(party).seed(database.dataSource, population);
    } finally {
      await database.dataSource.destroy();
    }
  }
}

/** A gateway already running, `npm start`'s by default, with tokens of `npm start`'s demo issuer. */
export async function runningStack<TCaller extends SoakCaller>(
  gatewayUrl: string,
  callers: readonly TCaller[],
): Promise<Target<TCaller>> {
  const config = parseStackConfig(process.env);
  if (config.identity.kind === 'external') {
    throw new Error('An external token issuer is configured: the soak signs only with the demo issuer of npm start.');
  }
  const tokens = new Map<TCaller, string>();
  for (const caller of callers) {
    const token = await signDemoToken(config.identity, {
      organisatie: caller.org,
      rol: caller.role,
      gebruiker: 'soak',
    });
    tokens.set(caller, `Bearer ${token}`);
  }
  const port = Number(new URL(gatewayUrl).port || 80);
  return {
    gatewayUrl,
    tokens,
    processes: async () => ({
      "the gateway's process": { resident: await listenerRss(port) },
      'this process (the clients)': { resident: process.memoryUsage().rss },
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
