import { Client } from 'pg';

import { partyRegistry } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';

/**
 * Creates each party's own database on a server when it does not exist yet, and returns their
 * connection strings. Used for the embedded default, where one server hosts every party's database.
 */
export async function ensurePartyDatabases(adminUrl: string): Promise<Record<PartyName, string>> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const urls = {} as Record<PartyName, string>;
    for (const { name: party, databaseName: name } of partyRegistry) {
      const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (existing.rowCount === 0) {
        await client.query(`CREATE DATABASE "${name}"`);
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      urls[party] = url.toString();
    }
    return urls;
  } finally {
    await client.end();
  }
}
