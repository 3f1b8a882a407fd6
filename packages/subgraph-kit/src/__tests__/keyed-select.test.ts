import { Column, CreateDateColumn, Entity, In, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { DataSource } from 'typeorm';

import { openPartyDatabase } from '../database/data-source';
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
