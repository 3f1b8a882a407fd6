import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');
const GATEWAY_MAIN = join(ROOT, 'gateway/dist/main.js');

/**
 * Every module file the built gateway has loaded once it listens, as the image runs it: its
 * `main.js` required under `-e`, which first installs a SIGUSR2 handler that lists `require.cache`
 * and exits (installed before the gateway loads, so no signal can come too early for it).
 */
async function modulesOfListeningGateway(): Promise<string[]> {
  const listLoaded = `process.on('SIGUSR2', () => {
      process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n');
      process.exit(0);
    });
    require(${JSON.stringify(GATEWAY_MAIN)});`;
  const child = spawn(process.execPath, ['-e', listLoaded], {
    cwd: ROOT,
    env: {
      ...process.env,
      GATEWAY_PORT: '0',
      GATEWAY_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // Never asked: no request is sent.
      AUTH_ISSUER: 'https://issuer.invalid',
      AUTH_AUDIENCE: 'ketengraaf',
      AUTH_JWKS_URL: 'https://issuer.invalid/jwks',
      ...Object.fromEntries(
        ['DJI', 'GEMEENTE', 'RECLASSERING', 'OM_BURGEMEESTER'].map((prefix) => [
          `${prefix}_URL`,
          'http://127.0.0.1:9/graphql',
        ]),
      ),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    if (/listening/.test(stdout) && !child.killed) child.kill('SIGUSR2');
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  await new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const loaded = /^LOADED (.*)$/m.exec(stderr)?.[1];
  if (!loaded || !/listening/.test(stdout)) throw new Error(`the gateway did not start: ${stdout}${stderr}`);
  return JSON.parse(loaded) as string[];
}

describe("the gateway's modules", () => {
  it("hold none of the kit's database, subgraph schema or meldingen: only @ketengraaf/subgraph-kit/service", async () => {
    // The entry point as the image runs it: built, under the build lock other test files take too.
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/build-if-stale.cjs')], { cwd: ROOT });
    const loaded = await modulesOfListeningGateway();

    expect(loaded).toContain(join(ROOT, 'packages/subgraph-kit/dist/service/index.js'));
    expect(loaded.some((file) => /[\\/]@apollo[\\/]gateway[\\/]/.test(file))).toBe(true);
    const unused = loaded.filter(
      (file) =>
        /[\\/]node_modules[\\/](typeorm|type-graphql|pg|pg-pool|pg-boss|cloudevents|reflect-metadata|@apollo[\\/]subgraph)[\\/]/.test(
          file,
        ) ||
        /subgraph-kit[\\/]dist[\\/](index\.js$|processing-log[\\/]|loaders[\\/]|server[\\/]define-party)/.test(file),
    );
    expect(unused).toEqual([]);
  }, 180_000);
});
