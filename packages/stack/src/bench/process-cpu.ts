import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Linux counts CPU time in clock ticks of 10 ms (`USER_HZ` is 100 on every common build). */
const MS_PER_TICK = 10;

/** A `/proc/<pid>/stat` line's fields after the command's name, which may itself hold spaces. */
async function statFields(pid: number): Promise<readonly string[] | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat?.slice(stat.lastIndexOf(') ') + 2).split(' ');
}

// Indices after the command's name: ppid is the 4th field of the line, utime, stime, cutime and
// cstime the 14th to 17th (proc(5)); the name is the 2nd, the state the 3rd.
const PPID = 1;
const UTIME = 11;
const STIME = 12;
const CUTIME = 13;
const CSTIME = 14;

const ticks = (fields: readonly string[], ...at: readonly number[]): number =>
  at.reduce((sum, index) => sum + Number(fields[index] ?? NaN), 0);

/** CPU time a process has used so far, user and system, in ms; NaN once it has gone. */
export async function processCpuMs(pid: number): Promise<number> {
  const fields = await statFields(pid);
  return fields ? ticks(fields, UTIME, STIME) * MS_PER_TICK : NaN;
}

/**
 * CPU time a PostgreSQL cluster has used so far, in ms: the postmaster's own, its living children's
 * (each connection's backend, the checkpointer, the WAL writer, autovacuum…) and that of the
 * children it has reaped (a backend whose connection closed leaves its time in the postmaster's
 * `cutime`/`cstime`), so the difference of two readings holds every process of the cluster.
 */
export async function postgresCpuMs(postmasterPid: number): Promise<number> {
  const postmaster = await statFields(postmasterPid);
  if (!postmaster) return NaN;
  let total = ticks(postmaster, UTIME, STIME, CUTIME, CSTIME);
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  for (const fields of await Promise.all(pids.map(statFields))) {
    if (fields && Number(fields[PPID]) === postmasterPid) total += ticks(fields, UTIME, STIME);
  }
  return total * MS_PER_TICK;
}

/** The postmaster's process id, the first line of `postmaster.pid` in the cluster's data folder. */
export async function postmasterPid(dataDir: string): Promise<number> {
  const pid = Number((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no postmaster process id in ${dataDir}/postmaster.pid`);
  return pid;
}

/** CPU time in ms, user and system apart. */
export interface CpuSplit {
  readonly user: number;
  readonly system: number;
}

/**
 * The CPU time a PostgreSQL cluster has used so far by kind of process, user and system apart:
 * `backends` (every connection's), each background process by its title (`walwriter`,
 * `checkpointer`, `autovacuum worker`…), and `postmaster` with the children it has reaped.
 */
export async function postgresCpuByProcess(postmasterPid: number): Promise<Map<string, CpuSplit>> {
  const byKind = new Map<string, CpuSplit>();
  const add = (kind: string, fields: readonly string[], user: readonly number[], system: readonly number[]) => {
    const earlier = byKind.get(kind) ?? { user: 0, system: 0 };
    byKind.set(kind, {
      user: earlier.user + ticks(fields, ...user) * MS_PER_TICK,
      system: earlier.system + ticks(fields, ...system) * MS_PER_TICK,
    });
  };
  const postmaster = await statFields(postmasterPid);
  if (postmaster) add('postmaster', postmaster, [UTIME, CUTIME], [STIME, CSTIME]);
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  for (const pid of pids) {
    const fields = await statFields(pid);
    if (!fields || Number(fields[PPID]) !== postmasterPid) continue;
    // A child's title: `postgres: walwriter`, or `postgres: <user> <database> <client> <state>` for a backend.
    const title = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replace(/\0/g, ' ').trim();
    const kind = /^postgres: \S+ \S+ [\d.]+\(\d+\)/.test(title)
      ? 'backends'
      : title.replace(/^postgres: /, '').replace(/^autovacuum worker .*/, 'autovacuum worker');
    add(kind, fields, [UTIME], [STIME]);
  }
  return byKind;
}
