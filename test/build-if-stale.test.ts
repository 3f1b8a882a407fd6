import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');
const run = promisify(execFile);

/** When each build last wrote its output: the services' `tsc -b` and the screens' Vite build. */
const builtAt = () => ({
  services: ['packages/subgraph-kit', 'gateway', 'subgraphs/dji', 'packages/stack'].map(
    (folder) => statSync(join(ROOT, folder, 'dist', '.tsbuildinfo')).mtimeMs,
  ),
  screens: statSync(join(ROOT, 'clients/screens/dist/index.html')).mtimeMs,
});

describe('scripts/build-if-stale.cjs', () => {
  it('leaves an up-to-date build alone: neither the services nor the screens are built again', async () => {
    // Under the build lock the other test files take: this first call builds only what is stale.
    await run(process.execPath, ['scripts/build-if-stale.cjs'], { cwd: ROOT });
    const before = builtAt();

    // A rebuild of the screens empties their dist/ while the browser test may be loading them.
    await run(process.execPath, ['scripts/build-if-stale.cjs'], { cwd: ROOT });
    await run(process.execPath, ['scripts/build-if-stale.cjs', 'clients/screens'], { cwd: ROOT });
    expect(builtAt()).toEqual(before);
  }, 180_000);
});
