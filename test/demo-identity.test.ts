import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import {
  DEMO_AUDIENCE,
  demoIssuerUrl,
  parseIdentityChoice,
  parseStackConfig,
  pseudonymKeysFor,
  signDemoToken,
  startDemoIssuer,
} from '@ketengraaf/stack';
import type { IdentityChoice } from '@ketengraaf/stack';
import { createTokenVerifier } from '@ketengraaf/subgraph-kit';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ketengraaf-identity-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function localChoice(): Promise<Extract<IdentityChoice, { kind: 'local' }>> {
  const config = parseStackConfig({ KETENGRAAF_DATA_DIR: dataDir, ISSUER_PORT: String(await freePort()) });
  if (config.identity.kind !== 'local') {
    throw new Error('expected the local demo issuer');
  }
  return config.identity;
}

const verifierFor = (port: number) =>
  createTokenVerifier({
    issuer: demoIssuerUrl(port),
    audience: DEMO_AUDIENCE,
    jwksUrl: `${demoIssuerUrl(port)}/.well-known/jwks.json`,
  });

describe('the demo issuer of npm start', () => {
  it('keeps its key, owner-only, so tokens signed with or without the stack running stay valid across restarts', async () => {
    const choice = await localChoice();
    expect(choice.keyFile).toBe(join(dataDir, 'issuer', 'private-key.json'));
    // `npm run token` before the first `npm start`: the key is made then.
    const before = await signDemoToken(choice, {
      organisatie: 'gemeente:0363',
      rol: 'nazorgcoordinator',
      gebruiker: 'u-1',
    });
    expect((await stat(choice.keyFile)).mode & 0o777).toBe(0o600);
    const keyText = await readFile(choice.keyFile, 'utf8');

    const first = await startDemoIssuer(choice);
    expect(first.issuer).toBe(`http://127.0.0.1:${choice.port}`);
    // `npm run token` while `npm start` runs.
    const during = await signDemoToken(choice, { organisatie: 'dji:PI-VUGHT', rol: 'casemanager', gebruiker: 'cm-1' });
    await expect(verifierFor(choice.port)(`Bearer ${before}`)).resolves.toMatchObject({
      organisatie: 'gemeente:0363',
      rol: 'nazorgcoordinator',
      gebruiker: 'u-1',
    });
    await expect(verifierFor(choice.port)(`Bearer ${during}`)).resolves.toMatchObject({ soort: 'dji' });
    await first.stop();

    const second = await startDemoIssuer(choice);
    try {
      expect(await readFile(choice.keyFile, 'utf8')).toBe(keyText);
      await expect(verifierFor(choice.port)(`Bearer ${before}`)).resolves.toMatchObject({ gebruiker: 'u-1' });
      await expect(verifierFor(choice.port)(`Bearer ${during}`)).resolves.toMatchObject({ gebruiker: 'cm-1' });
    } finally {
      await second.stop();
    }
  });

  it('refuses to start on a port in use, naming ISSUER_PORT', async () => {
    const choice = await localChoice();
    const running = await startDemoIssuer(choice);
    try {
      await expect(startDemoIssuer(choice)).rejects.toThrow(/ISSUER_PORT/);
    } finally {
      await running.stop();
    }
  });

  it('signs only for an organisation that exists and a role it has, naming the valid roles', async () => {
    const choice = await localChoice();
    const sign = (organisatie: string, rol: string) => signDemoToken(choice, { organisatie, rol, gebruiker: 'u' });
    await expect(sign('gemeente:0363', 'casemanager')).rejects.toThrow(
      'Role "casemanager" does not exist at a gemeente organisation; the roles there are: nazorgcoordinator, privacy-officer, beheerder, sociaal-domein-systeem.',
    );
    await expect(sign('gemeente:9999', 'nazorgcoordinator')).rejects.toThrow(
      /Organisation "gemeente:9999" is not valid/,
    );
    await expect(sign('politie:1', 'agent')).rejects.toThrow(/starts with one of dji, gemeente/);
    await expect(sign('om', 'officier')).resolves.toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });
});

describe('pseudonym keys of npm start', () => {
  it('makes one random key per party once, owner-only, and keeps it', async () => {
    const config = parseStackConfig({ KETENGRAAF_DATA_DIR: dataDir });
    const keys = await pseudonymKeysFor(config.pseudonymKeys);
    expect(keys.dji).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.gemeente).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.dji).not.toBe(keys.gemeente);
    expect((await stat(join(dataDir, 'keys', 'dji.key'))).mode & 0o777).toBe(0o600);
    expect(await pseudonymKeysFor(config.pseudonymKeys)).toEqual(keys);
  });

  it('takes a party key from the environment when set', async () => {
    const key = 'k'.repeat(40);
    const config = parseStackConfig({ KETENGRAAF_DATA_DIR: dataDir, GEMEENTE_PSEUDONYM_KEY: key });
    expect((await pseudonymKeysFor(config.pseudonymKeys)).gemeente).toBe(key);
    expect(() => parseStackConfig({ DJI_PSEUDONYM_KEY: 'short' })).toThrow(/DJI_PSEUDONYM_KEY/);
  });
});

describe('an external issuer', () => {
  const external = {
    AUTH_ISSUER: 'https://login.example.nl',
    AUTH_AUDIENCE: 'ketengraaf',
    AUTH_JWKS_URL: 'https://login.example.nl/.well-known/jwks.json',
  };

  it('replaces the demo issuer when fully configured, for the stack and for npm run token alike', () => {
    const identity = {
      kind: 'external',
      identity: { issuer: external.AUTH_ISSUER, audience: external.AUTH_AUDIENCE, jwksUrl: external.AUTH_JWKS_URL },
    };
    expect(parseStackConfig(external).identity).toEqual(identity);
    expect(parseIdentityChoice(external)).toEqual(identity);
  });

  it('is refused when only partly configured', () => {
    for (const parse of [parseStackConfig, parseIdentityChoice]) {
      expect(() => parse({ AUTH_ISSUER: external.AUTH_ISSUER })).toThrow(
        /AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL/,
      );
    }
  });
});

describe('npm run token', () => {
  const ROOT = join(__dirname, '..');
  const TOKEN_CLI = join(ROOT, 'packages/stack/dist/token-cli.js');
  const run = promisify(execFile);

  it("prints a token the demo issuer accepts, loading neither the parties nor the kit's servers and database", async () => {
    const choice = await localChoice();
    const env = { ...process.env, KETENGRAAF_DATA_DIR: dataDir, ISSUER_PORT: String(choice.port) };
    // What `npm run token` runs: builds first when the kit or the stack changed.
    const { stdout } = await run(process.execPath, ['scripts/token.cjs', 'gemeente:0363', 'nazorgcoordinator', 'u-7'], {
      cwd: ROOT,
      env,
    });
    const issuer = await startDemoIssuer(choice);
    try {
      await expect(verifierFor(choice.port)(`Bearer ${stdout.trim()}`)).resolves.toMatchObject({
        organisatie: 'gemeente:0363',
        rol: 'nazorgcoordinator',
        gebruiker: 'u-7',
      });
    } finally {
      await issuer.stop();
    }

    // With -e, the arguments start at argv[1]; the CLI reads them from argv[2], as when run as a file.
    const listLoaded = `process.argv.splice(1, 0, 'token-cli');
      process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));
      require(${JSON.stringify(TOKEN_CLI)});`;
    const { stderr } = await run(process.execPath, ['-e', listLoaded, 'om', 'officier'], { cwd: ROOT, env });
    const loaded = JSON.parse(stderr) as string[];
    expect(loaded).toContain(TOKEN_CLI);
    const heavy = loaded.filter((file) =>
      /[\\/](parties|subgraphs|gateway|typeorm|pg|pg-boss|@apollo|type-graphql|express)[\\/]|subgraph-kit[\\/]dist[\\/]index\.js$/.test(
        file,
      ),
    );
    expect(heavy).toEqual([]);
  }, 180_000);
});
