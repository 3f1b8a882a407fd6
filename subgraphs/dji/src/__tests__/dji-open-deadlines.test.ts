import { demoPopulation } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';
import type { DataSource } from 'typeorm';

import { storeOpenDeadlines } from '../data/open-deadlines';
import { seedDji } from '../index';
import { StoredOpenDeadlines1763900000160 } from '../migrations/1763900000160-StoredOpenDeadlines';
import { NazorgWerkvoorraadIndexes1763900000170 } from '../migrations/1763900000170-NazorgWerkvoorraadIndexes';

import { A, AMSTERDAM, INSTROOM, instroomOf, startDji } from './dji-fixtures';
import type { DjiTestSubgraph } from './dji-fixtures';

const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-bij' };

let dji: DjiTestSubgraph;
let database: DataSource;

beforeAll(async () => {
  dji = await startDji('dji_open_deadlines');
  database = dji.subgraph.database.dataSource;
  await seedDji(database, demoPopulation(120));
});

afterAll(() => dji.stop());

interface NazorgPage {
  readonly verblijfWerkvoorraad: {
    readonly edges: readonly { readonly node: { readonly verblijf: { readonly id: string } | null } }[];
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
}

interface StoredDeadlines {
  readonly screening: string | null;
  readonly drPlan: string | null;
  readonly mdo: string | null;
  readonly bijMelding: string | null;
}

const STORED = `SELECT id, screening_deadline::text AS screening, dr_plan_deadline::text AS "drPlan", mdo_deadline::text AS mdo,
                       bij_melding_deadline::text AS "bijMelding"
                  FROM verblijf ORDER BY id`;

async function storedOf(verblijfId: string): Promise<StoredDeadlines> {
  const [row] = await database.query<StoredDeadlines[]>(
    `SELECT screening, "drPlan", mdo, "bijMelding" FROM (${STORED}) s WHERE id = $1`,
    [verblijfId],
  );
  if (!row) throw new Error(`no verblijf ${verblijfId}`);
  return { ...row };
}

async function change(mutation: string, input: Record<string, unknown>): Promise<void> {
  const response = await dji.ask(mutation, { input });
  expect(response.errors).toBeUndefined();
}

describe("DJI's stored open deadlines", () => {
  it('follow every change that moves them: instroom, expected uitstroom, screening, D&R-plan and MDO', async () => {
    const instroom = await dji.ask<{ registreerInstroom: { id: string } }>(INSTROOM, { input: instroomOf(A) });
    const verblijfId = instroom.data?.registreerInstroom.id ?? '';
    // Instroom on 2026-03-01: screening within 10 days, D&R-plan within 28, no MDO before a plan;
    // the BIJ-melding 60 days before the expected uitstroom on 2026-12-15.
    const expected = { screening: '2026-03-11', drPlan: '2026-03-29', mdo: null, bijMelding: '2026-10-16' };
    expect(await storedOf(verblijfId)).toEqual(expected);

    const verwachteUitstroom = async (verwachteVersie: number, verwachteUitstroomdatum: string): Promise<void> =>
      change(`mutation ($input: VerwachteUitstroomInput!) { wijzigVerwachteUitstroom(input: $input) { versie } }`, {
        verblijfId,
        verwachteVersie,
        verwachteUitstroomdatum,
        viDatum: null,
      });
    // Out before either deadline: neither can be met any more (NIET_HAALBAAR), so none is open.
    await verwachteUitstroom(1, '2026-03-09');
    expect(await storedOf(verblijfId)).toEqual({ screening: null, drPlan: null, mdo: null, bijMelding: '2026-01-08' });
    await verwachteUitstroom(2, '2026-12-15');
    expect(await storedOf(verblijfId)).toEqual(expected);

    await change(`mutation ($input: ScreeningInput!) { registreerScreening(input: $input) { id } }`, {
      verblijfId,
      datum: '2026-03-08',
      reflectorAfgenomen: true,
      hulpvragen: [{ domein: 'ONDERDAK', hulpvraag: true }],
    });
    expect(await storedOf(verblijfId)).toEqual({ ...expected, screening: null });

    await change(`mutation ($input: DrPlanInput!) { stelDrPlanVast(input: $input) { versie } }`, {
      verblijfId,
      verwachteVersie: 0,
      regie: 'DJI',
      deelnemendeOrganisaties: ['dji:PI-VUGHT'],
      justitiabeleBetrokken: true,
      vastgesteldOp: '2026-03-25',
      afspraken: [],
    });
    // The first MDO 42 days after the plan.
    expect(await storedOf(verblijfId)).toEqual({ ...expected, screening: null, drPlan: null, mdo: '2026-05-06' });

    await change(`mutation ($input: MdoInput!) { registreerMdo(input: $input) { id } }`, {
      verblijfId,
      datum: '2026-05-01',
      deelnemers: ['dji:PI-VUGHT'],
      justitiabeleAanwezig: true,
    });
    expect(await storedOf(verblijfId)).toEqual({ ...expected, screening: null, drPlan: null, mdo: '2026-06-12' });
  });

  it('equal a fresh computation for every stay, seeded or changed, and the migration computes them for the stays already held', async () => {
    const stored = await database.query<StoredDeadlines[]>(STORED);
    for (const column of ['screening', 'drPlan', 'mdo', 'bijMelding'] as const) {
      expect(stored.some((row) => row[column] !== null)).toBe(true);
    }
    await storeOpenDeadlines(database, null);
    expect(await database.query(STORED)).toEqual(stored);

    // Rolled back: an index built while other transactions in the cluster still see older versions
    // of updated rows stays unused by the planner until they end (pg_index.indcheckxmin), and the
    // tests below read the plans of the indexes the migrations built at start.
    const queryRunner = database.createQueryRunner();
    try {
      await queryRunner.startTransaction();
      // The nazorgcoördinator's indexes are over the stored columns: down with them, and up after.
      const migrations = [new StoredOpenDeadlines1763900000160(), new NazorgWerkvoorraadIndexes1763900000170()];
      for (const migration of [...migrations].reverse()) await migration.down(queryRunner);
      for (const migration of migrations) await migration.up(queryRunner);
      expect(await queryRunner.query(STORED)).toEqual(stored);
    } finally {
      await queryRunner.rollbackTransaction();
      await queryRunner.release();
    }
  });

  it("serves the casemanager's page, the first and the next, from the index in urgency order", async () => {
    await database.query(`UPDATE verblijf SET huidige_inrichting = 'PI-VUGHT'`);
    await database.query('ANALYZE verblijf');
    const PAGE = `query ($after: String) { verblijfWerkvoorraad(first: 5, after: $after) {
      edges { node { urgentie } } pageInfo { endCursor } } }`;
    const pageStatements: string[] = [];
    const stopListening = dji.subgraph.database.statements.listen((sql) => {
      if (sql.includes('ORDER BY w.urgentie')) pageStatements.push(sql);
    });
    try {
      const first = await dji.ask<{ verblijfWerkvoorraad: { pageInfo: { endCursor: string } } }>(PAGE, {});
      expect(first.errors).toBeUndefined();
      await dji.ask(PAGE, { after: first.data?.verblijfWerkvoorraad.pageInfo.endCursor });
    } finally {
      stopListening();
    }
    const [firstPage, nextPage] = pageStatements;
    const first = await explain(firstPage ?? '', ['PI-VUGHT', 6]);
    // The plan does not depend on the cursor's values, only on its being there.
    const next = await explain(nextPage ?? '', ['PI-VUGHT', 6, '2026-01-01', '00000000-0000-4000-8000-000000000000']);
    for (const plan of [first, next]) {
      expect(plan).toMatch(/Index Scan using verblijf_detentie_urgentie_per_inrichting/);
      expect(plan).not.toMatch(/Sort/);
    }
    // The next page starts inside the index, after the cursor, rather than filtering what comes before it.
    expect(next).toMatch(/Index Cond: \(\(huidige_inrichting = 'PI-VUGHT'::text\) AND \(ROW\(/);
  });

  it("serves the nazorgcoördinator's page, the first and the next, from the indexes of its gemeente of origin and of return merged, with the same stays in the same order", async () => {
    await database.query(
      `UPDATE verblijf SET herkomst_gemeentecode = '0363'
        WHERE herkomst_soort = 'GEMEENTE' AND id IN (SELECT id FROM verblijf ORDER BY id LIMIT 30)`,
    );
    await database.query(
      `UPDATE verblijf SET terugkeer_gemeentecode = '0363'
        WHERE terugkeer_soort = 'GEMEENTE' AND id IN (SELECT id FROM verblijf ORDER BY id DESC LIMIT 30)`,
    );
    await database.query('ANALYZE verblijf');
    const PAGE = `query ($after: String) { verblijfWerkvoorraad(first: 7, after: $after) {
      edges { node { verblijf { id } } } pageInfo { hasNextPage endCursor } } }`;
    const pageStatements: string[] = [];
    const ids: string[] = [];
    const stopListening = dji.subgraph.database.statements.listen((sql) => {
      if (sql.includes('ORDER BY w.urgentie')) pageStatements.push(sql);
    });
    try {
      let after: string | null = null;
      do {
        const response: GraphQLResponse<NazorgPage> = await dji.ask<NazorgPage>(PAGE, { after }, AMSTERDAM);
        expect(response.errors).toBeUndefined();
        const page: NazorgPage['verblijfWerkvoorraad'] | undefined = response.data?.verblijfWerkvoorraad;
        ids.push(...(page?.edges.map((edge) => edge.node.verblijf?.id ?? '') ?? []));
        after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
    } finally {
      stopListening();
    }
    // The page as one condition over every current stay of the gemeente, as it was read before.
    const expected = await database.query<{ id: string }[]>(
      `SELECT id FROM verblijf WHERE status <> 'UITGESTROOMD' AND (herkomst_gemeentecode = '0363' OR terugkeer_gemeentecode = '0363')
        ORDER BY coalesce(least(screening_deadline, dr_plan_deadline, mdo_deadline), 'infinity'::date), id`,
    );
    expect(expected.length).toBeGreaterThan(7);
    expect(ids).toEqual(expected.map((row) => row.id));

    const [firstPage, nextPage] = pageStatements;
    const first = await explain(firstPage ?? '', ['0363', 8]);
    const next = await explain(nextPage ?? '', ['0363', 8, '2026-01-01', '00000000-0000-4000-8000-000000000000']);
    for (const plan of [first, next]) {
      // Each index read from its head up to a page, merged in order: no Sort node over the stays.
      expect(plan).toMatch(/Merge Append/);
      expect(plan).toMatch(/Index Scan using verblijf_detentie_urgentie_per_herkomst/);
      expect(plan).toMatch(/Index Scan using verblijf_detentie_urgentie_per_terugkeer/);
      expect(plan).not.toMatch(/(^|-> {2})Sort /m);
    }
    expect(next).toMatch(/Index Cond: \(\(herkomst_gemeentecode = '0363'::bpchar\) AND \(ROW\(/);
    expect(next).toMatch(/Index Cond: \(\(terugkeer_gemeentecode = '0363'::bpchar\) AND \(ROW\(/);
  });

  it("serves Justid's BIJ desk's page from the index by the melding's day, stopping at the month ahead", async () => {
    const pageStatements: string[] = [];
    const stopListening = dji.subgraph.database.statements.listen((sql) => {
      if (sql.includes('ORDER BY w.urgentie')) pageStatements.push(sql);
    });
    try {
      const response = await dji.ask(`{ verblijfWerkvoorraad(first: 5) { edges { node { urgentie } } } }`, {}, JUSTID);
      expect(response.errors).toBeUndefined();
    } finally {
      stopListening();
    }
    const plan = await explain(pageStatements[0] ?? '', [['0363', '0344'], '2026-12-01', 6]);
    expect(plan).toMatch(/Index Scan using verblijf_bij_melding_urgentie/);
    expect(plan).toMatch(
      /Index Cond: \(COALESCE\(LEAST\(bij_melding_deadline\), 'infinity'::date\) <= '2026-12-01'::date\)/,
    );
    expect(plan).not.toMatch(/Sort/);
  });
});

/**
 * The plan of `sql` as text. On a test's few hundred rows the planner rightly prefers reading and
 * sorting them all; with that off, the plan shows whether an index serves the page in its order.
 */
async function explain(sql: string, parameters: readonly unknown[]): Promise<string> {
  return database.transaction(async (manager) => {
    for (const setting of ['enable_seqscan', 'enable_bitmapscan', 'enable_sort']) {
      await manager.query(`SET LOCAL ${setting} = off`);
    }
    const lines = await manager.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, [...parameters]);
    return lines.map((line) => line['QUERY PLAN']).join('\n');
  });
}
