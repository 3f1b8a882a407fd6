import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/** Set by the test run's global setup: a superuser URL of the PostgreSQL the tests use. */
export const TEST_ADMIN_URL_VARIABLE = 'KETENGRAAF_TEST_ADMIN_URL';

/** Set by the test run's global setup: how the run's template databases on that server begin, unique to the run. */
export const TEST_TEMPLATE_PREFIX_VARIABLE = 'KETENGRAAF_TEST_TEMPLATE_PREFIX';

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** The superuser URL the test run's global setup handed over. */
export function testAdminUrl(): string {
  const adminUrl = process.env[TEST_ADMIN_URL_VARIABLE];
  if (!adminUrl) {
    throw new Error(
      `${TEST_ADMIN_URL_VARIABLE} is not set: run the tests through jest, whose global setup starts PostgreSQL.`,
    );
  }
  return adminUrl;
}

/**
 * A new database for one test file, so test files never see each other's rows: empty, or a copy of
 * `template` (a database no one is connected to).
 */
export async function createTestDatabase(
  prefix: string,
  { template }: { template?: string } = {},
): Promise<TestDatabase> {
  const adminUrl = testAdminUrl();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`.toLowerCase();
  await withAdmin(adminUrl, (client) =>
    client.query(`CREATE DATABASE "${name}"${template === undefined ? '' : ` TEMPLATE "${template}"`}`),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

async function withAdmin(adminUrl: string, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
