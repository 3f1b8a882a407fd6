import { Client } from 'pg';

/**
 * Creates each party's own database on a server when it does not exist yet, and returns their
 * connection strings. Used for the embedded default, where one server hosts every party's database.
 */
export async function ensurePartyDatabases<TParty extends string>(
  adminUrl: string,
  parties: readonly TParty[],
): Promise<Record<TParty, string>> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const urls = {} as Record<TParty, string>;
    for (const party of parties) {
      const name = `ketengraaf_${party.replace(/-/g, '_')}`;
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
