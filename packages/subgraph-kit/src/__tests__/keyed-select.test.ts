import { Column, CreateDateColumn, Entity, In, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { DataSource } from 'typeorm';

import { openPartyDatabase } from '../database/data-source';
import { keysetPage, keysetSelect } from '../database/keyset-page';
import type { SqlStatementLog } from '../database/sql-statement-log';
import { ContactpersoonColumns } from '../domain/contactpersoon';
import { keyedSelect } from '../loaders/keyed-select';
import { createLogger } from '../logging/logger';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';

/** A table with every kind of column the parties' loaders read, in a schema of its own as OM's are. */
@Entity({ name: 'dossier', schema: 'nazorg' })
class DossierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 9 })
  bsn: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'date' })
  geopendOp: string;

  @Column({ type: 'date', nullable: true })
  geslotenOp: string | null;

  @Column(() => ContactpersoonColumns, { prefix: 'coordinator' })
  coordinator: ContactpersoonColumns;

  @Column()
  zvhBetrokken: boolean;

  @Column({ type: 'jsonb', nullable: true })
  hulpvragen: { domein: string; hulpvraag: boolean }[] | null;

  @Column({ type: 'text', array: true })
  labels: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;

  @VersionColumn()
  versie: number;
}

const ORDER = { geopendOp: 'DESC', id: 'ASC' } as const;

let database: TestDatabase;
let dataSource: DataSource;
let statements: SqlStatementLog;

beforeAll(async () => {
  database = await createTestDatabase('kit_keyed_select');
  // One connection, so pg_prepared_statements shows what the loaders' connection holds.
  ({ dataSource, statements } = await openPartyDatabase({
    url: database.url,
    entities: [DossierEntity],
    migrations: [],
    log: createLogger('kit-keyed-select', 'silent'),
    poolSize: 1,
  }));
  await dataSource.query('CREATE SCHEMA nazorg');
  await dataSource.query(`
    CREATE TABLE nazorg.dossier (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), bsn char(9) NOT NULL, status text NOT NULL,
      geopend_op date NOT NULL, gesloten_op date, coordinator_naam varchar, coordinator_email varchar,
      coordinator_telefoon text, zvh_betrokken boolean NOT NULL, hulpvragen jsonb, labels text[] NOT NULL,
      geregistreerd_op timestamptz NOT NULL DEFAULT now(), versie integer NOT NULL)`);
  const dossier = (bsn: string, geopendOp: string, extra: Partial<DossierEntity> = {}): Partial<DossierEntity> => ({
    bsn,
    status: 'OPEN',
    geopendOp,
    geslotenOp: null,
    coordinator: { naam: 'Noor', email: 'noor@rotterdam.nl', telefoon: null },
    zvhBetrokken: false,
    hulpvragen: null,
    labels: [],
    ...extra,
  });
  await dataSource.manager.save(DossierEntity, [
    dossier('111222333', '2026-01-05', { hulpvragen: [{ domein: 'ONDERDAK', hulpvraag: true }], labels: ['zvh'] }),
    dossier('111222333', '2026-03-01', { status: 'GESLOTEN', geslotenOp: '2026-04-01', zvhBetrokken: true }),
    dossier('111222345', '2026-02-10', { coordinator: { naam: null, email: null, telefoon: null } as never }),
    dossier('111222357', '2026-02-11'),
  ]);
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const stop = statements.listen((sql) => seen.push(sql));
  try {
    await work();
  } finally {
    stop();
  }
  return seen;
}

test("reads the rows TypeORM's find reads, in its order, as plain objects", async () => {
  const select = keyedSelect(dataSource, DossierEntity, { by: ['bsn'], order: ORDER });
  const bsns = ['111222333', '111222345', '999999990'];
  const rows = await select(bsns);
  const found = await dataSource.manager.find(DossierEntity, { where: { bsn: In(bsns) }, order: ORDER });
  expect(rows).toHaveLength(3);
  expect(rows).toEqual(found);
  expect(rows.map((row) => [row.bsn, row.geopendOp, row.geslotenOp, row.coordinator.naam])).toEqual([
    ['111222333', '2026-03-01', '2026-04-01', 'Noor'],
    ['111222345', '2026-02-10', null, null],
    ['111222333', '2026-01-05', null, 'Noor'],
  ]);
  expect(rows[2]?.hulpvragen).toEqual([{ domein: 'ONDERDAK', hulpvraag: true }]);
  expect(rows[2]?.labels).toEqual(['zvh']);
  expect(rows[0]?.geregistreerdOp).toBeInstanceOf(Date);
  expect(rows.every((row) => Object.getPrototypeOf(row) === Object.prototype)).toBe(true);
});

test('sends one statement text, with one array parameter, whatever the batch size: prepared once on the connection', async () => {
  const select = keyedSelect(dataSource, DossierEntity, { by: ['bsn'], order: ORDER });
  const sent = await statementsDuring(async () => {
    await select(['111222333']);
    await select(['111222333', '111222345', '111222357']);
  });
  expect(sent).toHaveLength(2);
  expect(sent[0]).toBe(sent[1]);
  expect(sent[0]).toContain('"bsn" = ANY($1)');
  const prepared = await dataSource.query<{ name: string; statement: string }[]>(
    'SELECT name, statement FROM pg_prepared_statements',
  );
  expect(prepared.filter((statement) => statement.statement === sent[0])).toHaveLength(1);
});

test('matches several key columns, one key list each, any of them', async () => {
  const select = keyedSelect(dataSource, DossierEntity, { by: ['id', 'bsn'], order: ORDER });
  const [first] = await select([], ['111222357']);
  expect(first?.bsn).toBe('111222357');
  const rows = await select([first?.id], ['111222345']);
  expect(rows.map((row) => row.bsn)).toEqual(['111222357', '111222345']);
});

describe('a keyset page in plain SQL (keysetSelect)', () => {
  const PAGE = { first: 2, maxPageSize: 50 };
  /** The same page through TypeORM's query builder (`keysetPage`), as the lists were read before. */
  const builtPage = (after: string | null) =>
    keysetPage(
      dataSource.manager.createQueryBuilder(DossierEntity, 'd').where('d.status = :status', { status: 'OPEN' }),
      {
        sortColumn: 'd.geopend_op',
        sortKeyOf: (row) => row.geopendOp,
        ...PAGE,
        after,
      },
    );

  test("reads the rows, cursors and pages TypeORM's query builder read, as plain objects", async () => {
    const page = keysetSelect(dataSource, DossierEntity, { equal: ['status'], sortBy: 'geopendOp' });
    const first = await page(['OPEN'], { ...PAGE, after: null });
    expect(first).toEqual(await builtPage(null));
    expect(first.edges.map((edge) => edge.node.geopendOp)).toEqual(['2026-01-05', '2026-02-10']);
    expect(first.edges[0]?.node.coordinator.naam).toBe('Noor');
    expect(Object.getPrototypeOf(first.edges[0]?.node)).toBe(Object.prototype);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await page(['OPEN'], { ...PAGE, after: first.pageInfo.endCursor });
    expect(next).toEqual(await builtPage(first.pageInfo.endCursor));
    expect(next.edges.map((edge) => edge.node.geopendOp)).toEqual(['2026-02-11']);
    expect(next.pageInfo.hasNextPage).toBe(false);
    await expect(page(['OPEN'], { ...PAGE, after: 'not-a-cursor' })).rejects.toMatchObject({
      extensions: { code: 'INVALID_CURSOR' },
    });
  });

  test('sends one text for first pages of any size and one for pages after a cursor, each prepared once on the connection', async () => {
    const page = keysetSelect(dataSource, DossierEntity, { equal: ['status'], sortBy: 'geopendOp' });
    let cursor: string | null = null;
    const sent = await statementsDuring(async () => {
      await page(['OPEN'], { first: 1, maxPageSize: 50 });
      cursor = (await page(['GESLOTEN'], PAGE)).pageInfo.endCursor;
      await page(['OPEN'], { ...PAGE, after: cursor });
    });
    expect(sent).toHaveLength(3);
    expect(sent[1]).toBe(sent[0]);
    expect(sent[2]).not.toBe(sent[0]);
    const prepared = await dataSource.query<{ statement: string }[]>('SELECT statement FROM pg_prepared_statements');
    for (const text of [sent[0], sent[2]]) {
      expect(prepared.filter((statement) => statement.statement === text)).toHaveLength(1);
    }
  });
});
