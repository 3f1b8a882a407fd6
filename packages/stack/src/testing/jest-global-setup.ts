import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmbeddedPostgres } from '../embedded-postgres';

const TEST_ADMIN_URL_VARIABLE = 'KETENGRAAF_TEST_ADMIN_URL';
const TEST_TEMPLATE_PREFIX_VARIABLE = 'KETENGRAAF_TEST_TEMPLATE_PREFIX';

/**
 * Once the process `$1` is gone, stops the PostgreSQL server of data folder `$2` and removes the
 * folder. It runs outside Node, so it also cleans up after a run that was killed or crashed.
 */
const CLEAN_UP_AFTER_RUN = `
  while kill -0 "$1" 2>/dev/null; do sleep 1; done
  server=$(head -n 1 "$2/postmaster.pid" 2>/dev/null) && kill -INT "$server" 2>/dev/null
  while [ -n "$server" ] && kill -0 "$server" 2>/dev/null; do sleep 0.2; done
  rm -rf "$2"
`;

declare global {
  var ketengraafTestPostgres: { stop(): Promise<void>; readonly dataDir: string } | undefined;
}

/**
 * Gives the test run one PostgreSQL server: the one named by KETENGRAAF_TEST_ADMIN_URL when set
 * (CI's PostgreSQL 15), otherwise an embedded one in a temporary folder. Each test file then makes
 * its own databases on it, a stack's copied from templates the run makes once, named by
 * KETENGRAAF_TEST_TEMPLATE_PREFIX.
 */
export default async function globalSetup(): Promise<void> {
  process.env[TEST_TEMPLATE_PREFIX_VARIABLE] = `template_${randomBytes(4).toString('hex')}_`;
  if (process.env[TEST_ADMIN_URL_VARIABLE]) {
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'ketengraaf-test-pg-'));
  spawn('/bin/sh', ['-c', CLEAN_UP_AFTER_RUN, 'ketengraaf-test-pg-clean-up', String(process.pid), dataDir], {
    detached: true,
    stdio: 'ignore',
  }).unref();
  const postgres = await startEmbeddedPostgres({ dataDir, port: 0 });
  process.env[TEST_ADMIN_URL_VARIABLE] = postgres.adminUrl;
  globalThis.ketengraafTestPostgres = { stop: () => postgres.stop(), dataDir };
}
