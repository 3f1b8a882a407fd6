import type { DataSource } from 'typeorm';

import { IDLE_CONNECTION_MS, openPartyDatabase } from '../database/data-source';
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
  jest.useRealTimers();
  await dataSource.destroy();
  await database.drop();
});

async function connection(): Promise<{ pid: number; jit: string }> {
  const [row] = await dataSource.query<{ pid: number; jit: string }[]>(
    `SELECT pg_backend_pid() AS pid, current_setting('jit') AS jit`,
  );
  if (!row) throw new Error('no row');
  return row;
}

test("no connection of a party's pool JIT-compiles a statement", async () => {
  // Two at once, so the pool opens its second connection.
  const [one, other] = await Promise.all([connection(), connection()]);
  expect(one.pid).not.toBe(other.pid);
  for (const { jit } of [one, other]) expect(jit).toBe('off');
});

test('an idle connection stays open for minutes, not the 10 s pg closes it after', async () => {
  // The pool's idle timer starts when a connection comes back; only timers are faked, not I/O.
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  const first = await connection();
  jest.advanceTimersByTime(60_000);
  expect((await connection()).pid).toBe(first.pid);
  jest.advanceTimersByTime(IDLE_CONNECTION_MS + 1);
  const pids = new Set([(await connection()).pid, (await connection()).pid]);
  expect(pids.has(first.pid)).toBe(false);
});
