import type { DataSource } from 'typeorm';

import { openPartyDatabase } from '../database/data-source';
import { createLogger } from '../logging/logger';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('kit_party_database_settings');
  ({ dataSource } = await openPartyDatabase({
    url: database.url,
    entities: [],
    migrations: [],
    log: createLogger('kit-party-database-settings', 'silent'),
    poolSize: 2,
  }));
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

test("no connection of a party's pool JIT-compiles a statement", async () => {
  const settings = async (): Promise<unknown> =>
    (await dataSource.query<unknown[]>(`SELECT pg_backend_pid() AS pid, current_setting('jit') AS jit`))[0];
  // Two at once, so the pool opens its second connection.
  const [one, other] = (await Promise.all([settings(), settings()])) as { pid: number }[];
  expect(one?.pid).not.toBe(other?.pid);
  for (const connection of [one, other]) {
    expect(connection).toEqual({ pid: expect.any(Number) as number, jit: 'off' });
  }
});
