import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the baseline checkouts are kept between runs, outside every worktree (jest, tsc and eslint never see them). */
export const BASELINE_CACHE = join(homedir(), '.cache', 'ketengraaf-bench');

/** Written into a checkout once it is installed and built, naming the commit. */
const BUILT_MARKER = '.ketengraaf-bench-built';

/**
 * A built checkout of `revision`: a `git worktree add` of it under the cache, installed with
 * `npm ci` from the registry and built with `npm run build`, or the one an earlier run left there.
 */
export async function preparedBaseline(revision: string): Promise<{ dir: string; commit: string }> {
  const commit = (await run('git', ['rev-parse', '--verify', `${revision}^{commit}`])).trim();
  const dir = join(BASELINE_CACHE, `baseline-${commit.slice(0, 12)}`);
  const marker = join(dir, BUILT_MARKER);
  if (existsSync(marker) && (await readFile(marker, 'utf8')).trim() === commit) return { dir, commit };
  if (!existsSync(dir)) await run('git', ['worktree', 'add', '--detach', dir, commit], { echo: true });
  console.log(`Installing and building ${commit.slice(0, 12)} in ${dir} ...`);
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, echo: true });
  await run('npm', ['run', 'build', '--silent'], { cwd: dir, echo: true });
  await writeFile(marker, `${commit}\n`);
  return { dir, commit };
}

/** Removes every cached baseline checkout, and git's record of each worktree. */
export async function cleanBaselines(): Promise<void> {
  const entries = existsSync(BASELINE_CACHE) ? await readdir(BASELINE_CACHE) : [];
  for (const entry of entries.filter((name) => name.startsWith('baseline-'))) {
    const dir = join(BASELINE_CACHE, entry);
    await run('git', ['worktree', 'remove', '--force', dir]).catch(() => rm(dir, { recursive: true, force: true }));
    console.log(`Removed ${dir}`);
  }
  await run('git', ['worktree', 'prune']);
}

/** Runs a command, resolving with what it printed; `echo` shows its output as it comes instead. */
function run(command: string, args: readonly string[], { cwd, echo = false }: { cwd?: string; echo?: boolean } = {}) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', echo ? 'inherit' : 'pipe', 'inherit'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
    });
  });
}
