import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmbeddedPostgres } from '../embedded-postgres';

const TEST_ADMIN_URL_VARIABLE = 'KETENGRAAF_TEST_ADMIN_URL';

declare global {
  var ketengraafTestPostgres: { stop(): Promise<void> } | undefined;
}

/**
 * Gives the test run one PostgreSQL server: the one named by KETENGRAAF_TEST_ADMIN_URL when set
 * (CI's PostgreSQL 15), otherwise an embedded one in a temporary folder. Each test file then makes
 * its own databases on it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_ADMIN_URL_VARIABLE]) {
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'ketengraaf-test-pg-'));
  const postgres = await startEmbeddedPostgres({ dataDir, port: 0 });
  process.env[TEST_ADMIN_URL_VARIABLE] = postgres.adminUrl;
  globalThis.ketengraafTestPostgres = postgres;
}
