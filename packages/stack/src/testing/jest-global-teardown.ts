import { rm } from 'node:fs/promises';

import { Client } from 'pg';

const TEST_ADMIN_URL_VARIABLE = 'KETENGRAAF_TEST_ADMIN_URL';
const TEST_TEMPLATE_PREFIX_VARIABLE = 'KETENGRAAF_TEST_TEMPLATE_PREFIX';

/**
 * Stops the embedded PostgreSQL the global setup started and removes its folder; on a server of
 * the caller's, drops the run's templates (each test file drops its own databases).
 */
export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.ketengraafTestPostgres;
  if (embedded) {
    await embedded.stop();
    await rm(embedded.dataDir, { recursive: true, force: true });
    return;
  }
  const admin = new Client({ connectionString: process.env[TEST_ADMIN_URL_VARIABLE] });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [process.env[TEST_TEMPLATE_PREFIX_VARIABLE]],
    );
    for (const { datname } of rows) {
      await admin.query(`ALTER DATABASE "${datname}" WITH IS_TEMPLATE false`);
      await admin.query(`DROP DATABASE "${datname}"`);
    }
  } finally {
    await admin.end();
  }
}
