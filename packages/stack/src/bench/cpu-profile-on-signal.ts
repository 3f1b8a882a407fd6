import { renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/**
 * Preloaded (`node -r`) into a gateway that `npm run bench:gateway` profiles, or a subgraph that
 * `npm run bench -- --profile` does: the first SIGUSR2 starts V8's CPU profiler, the next writes the
 * profile to `CPU_PROFILE_PATH` (`{pid}` in it replaced by the process id, so several processes can
 * share the setting), so the profile holds the measured requests and not the start (loading modules,
 * building the supergraph or schema).
 */
const path = process.env['CPU_PROFILE_PATH']?.replace('{pid}', String(process.pid));
if (!path) throw new Error('CPU_PROFILE_PATH names the file the CPU profile is written to');
const session = new Session();
session.connect();
let profiling = false;
process.on('SIGUSR2', () => {
  if (!profiling) {
    profiling = true;
    session.post('Profiler.enable', () => {
      session.post('Profiler.start');
    });
    return;
  }
  profiling = false;
  session.post('Profiler.stop', (error, result) => {
    if (error) throw error;
    // Whole or not at all: the bench reads it as soon as it is there.
    writeFileSync(`${path}.partial`, JSON.stringify(result.profile));
    renameSync(`${path}.partial`, path);
  });
});
