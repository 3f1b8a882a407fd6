import { Client } from 'pg';

import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import type { RunningStack } from '@ketengraaf/stack';
import { TEST_TEMPLATE_PREFIX_VARIABLE, testAdminUrl } from '@ketengraaf/subgraph-kit/testing';

/**
 * Each party's database as a first start leaves it, migrated and seeded with the demo chain, made
 * once per test run as a template every stack's databases are copied from: a copy takes a fraction
 * of a second, migrating and seeding took some 6 s per stack. `start` starts a stack over the
 * given databases (and so migrates and seeds them). Test files in parallel workers take turns
 * through an advisory lock: the first one builds the templates, the others find them.
 */
export async function demoDataTemplates(
  start: (databases: Record<PartyName, string>) => Promise<RunningStack>,
): Promise<Record<PartyName, string>> {
  const prefix = process.env[TEST_TEMPLATE_PREFIX_VARIABLE];
  if (!prefix) {
    throw new Error(
      `${TEST_TEMPLATE_PREFIX_VARIABLE} is not set: run the tests through jest, whose global setup names the run's templates.`,
    );
  }
  const names = Object.fromEntries(parties.map((party) => [party, `${prefix}${party.replace(/-/g, '_')}`])) as Record<
    PartyName,
    string
  >;
  const adminUrl = testAdminUrl();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [prefix]);
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datistemplate AND datname = ANY($1)',
      [Object.values(names)],
    );
    if (rows.length < parties.length) {
      // A build that failed half-way left databases that are not yet templates: built again.
      for (const name of Object.values(names)) {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${name}"`);
      }
      const urlOf = (name: string) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
      const stack = await start(
        Object.fromEntries(parties.map((party) => [party, urlOf(names[party])])) as Record<PartyName, string>,
      );
      await stack.stop();
      // A template no one may connect to stays exactly as built, and can always be copied.
      for (const name of Object.values(names)) {
        await admin.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
      }
    }
  } finally {
    await admin.end();
  }
  return names;
}
