import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { postgresCpuMs, postmasterPid, processCpuMs } from '../bench/process-cpu';

const run = promisify(execFile);

/** Keeps the process busy until it has used `ms` of CPU time, however loaded the machine. */
function spinCpu(ms: number): void {
  const start = process.cpuUsage();
  for (let used = 0; used < ms * 1000; ) {
    const { user, system } = process.cpuUsage(start);
    used = user + system;
  }
}

describe("a process's CPU time, as the bench reads it from /proc", () => {
  it("counts this process's own work", async () => {
    const before = await processCpuMs(process.pid);
    spinCpu(150);
    expect((await processCpuMs(process.pid)) - before).toBeGreaterThanOrEqual(140);
  });

  it("counts, under a parent, a child's work after the child has ended (as a closed connection's backend)", async () => {
    const before = await postgresCpuMs(process.pid);
    await run(process.execPath, ['-e', `(${spinCpu.toString()})(300)`]);
    expect((await postgresCpuMs(process.pid)) - before).toBeGreaterThanOrEqual(300);
  });

  it('reads NaN for a process that has gone, and the postmaster from its pid file', async () => {
    expect(await processCpuMs(2 ** 22 + 1)).toBeNaN();
    const dataDir = await mkdtemp(join(tmpdir(), 'process-cpu-'));
    try {
      await writeFile(join(dataDir, 'postmaster.pid'), '4321\n/data\n1700000000\n5432\n');
      expect(await postmasterPid(dataDir)).toBe(4321);
      await writeFile(join(dataDir, 'postmaster.pid'), '\n');
      await expect(postmasterPid(dataDir)).rejects.toThrow(/no postmaster process id/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
