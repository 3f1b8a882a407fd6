import { demoPopulation } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';
import type { DataSource } from 'typeorm';

import { storeOpenDeadlines } from '../data/open-deadlines';
import { recordInvolvement } from '../domain/betrokken-organisatie-commands';
import { BetrokkenheidAanleiding } from '../entities/betrokken-organisatie.entity';
import { seedDji } from '../index';
import { StoredOpenDeadlines1763900000160 } from '../migrations/1763900000160-StoredOpenDeadlines';
import { NazorgWerkvoorraadIndexes1763900000170 } from '../migrations/1763900000170-NazorgWerkvoorraadIndexes';
import { RapportageWerkvoorraad1763900000180 } from '../migrations/1763900000180-RapportageWerkvoorraad';

import { A, AMSTERDAM, INSTROOM, instroomOf, RN_TOEZICHTHOUDER, startDji } from './dji-fixtures';
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

interface WerkvoorraadPage {
  readonly verblijfWerkvoorraad: {
    readonly edges: readonly {
      readonly node: { readonly urgentie: string; readonly verblijf: { readonly id: string } | null };
    }[];
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
}

interface StoredDeadlines {
  readonly screening: string | null;
  readonly drPlan: string | null;
  readonly mdo: string | null;
  readonly bijMelding: string | null;
  readonly rapportage: string | null;
  readonly rapportageToezichthouder: string | null;
}

const STORED = `SELECT id, screening_deadline::text AS screening, dr_plan_deadline::text AS "drPlan", mdo_deadline::text AS mdo,
                       bij_melding_deadline::text AS "bijMelding", rapportage_deadline::text AS rapportage,
                       rapportage_toezichthouder AS "rapportageToezichthouder"
                  FROM verblijf ORDER BY id`;

async function storedOf(verblijfId: string): Promise<StoredDeadlines> {
  const [row] = await database.query<StoredDeadlines[]>(
    `SELECT screening, "drPlan", mdo, "bijMelding", rapportage, "rapportageToezichthouder" FROM (${STORED}) s WHERE id = $1`,
    [verblijfId],
  );
  if (!row) throw new Error(`no verblijf ${verblijfId}`);
  return { ...row };
}

async function change(mutation: string, input: Record<string, unknown>, caller?: TokenClaims): Promise<void> {
  const response = await dji.ask(mutation, { input }, caller);
  expect(response.errors).toBeUndefined();
}

describe("DJI's stored open deadlines", () => {
  it('follow every change that moves them: instroom, expected uitstroom, screening, D&R-plan, MDO, extramural phase and report', async () => {
    const instroom = await dji.ask<{ registreerInstroom: { id: string } }>(INSTROOM, { input: instroomOf(A) });
    const verblijfId = instroom.data?.registreerInstroom.id ?? '';
    // Instroom on 2026-03-01: screening within 10 days, D&R-plan within 28, no MDO before a plan;
    // the BIJ-melding 60 days before the expected uitstroom on 2026-12-15.
    const expected = {
      screening: '2026-03-11',
      drPlan: '2026-03-29',
      mdo: null,
      bijMelding: '2026-10-16',
      rapportage: null,
      rapportageToezichthouder: null,
    };
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
    expect(await storedOf(verblijfId)).toEqual({
      ...expected,
      screening: null,
      drPlan: null,
      bijMelding: '2026-01-08',
    });
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
    const afterMdo = { ...expected, screening: null, drPlan: null, mdo: '2026-06-12' };
    expect(await storedOf(verblijfId)).toEqual(afterMdo);

    const [{ versie }] = await database.query<[{ versie: number }]>('SELECT versie FROM verblijf WHERE id = $1', [
      verblijfId,
    ]);
    await change(`mutation ($input: ExtramuraleFaseInput!) { registreerExtramuraleFase(input: $input) { versie } }`, {
      verblijfId,
      verwachteVersie: versie,
      soort: 'PENITENTIAIR_PROGRAMMA',
      van: '2026-09-01',
      toezichthouder: 'reclassering:RN',
      rapportageIntervalDagen: 28,
    });
    // The first report 28 days into the phase, filed by the supervising organisation.
    const rapporterend = { ...afterMdo, rapportage: '2026-09-29', rapportageToezichthouder: 'reclassering:RN' };
    expect(await storedOf(verblijfId)).toEqual(rapporterend);

    await change(
      `mutation ($input: ExtramuraleRapportageInput!) { rapporteerExtramuraleFase(input: $input) { id } }`,
      { verblijfId, datum: '2026-09-25', verloop: 'Houdt zich aan de afspraken.' },
      RN_TOEZICHTHOUDER,
    );
    expect(await storedOf(verblijfId)).toEqual({ ...rapporterend, rapportage: '2026-10-23' });
  });

  it('equal a fresh computation for every stay, seeded or changed, and the migration computes them for the stays already held', async () => {
    const stored = await database.query<StoredDeadlines[]>(STORED);
    for (const column of [
      'screening',
      'drPlan',
      'mdo',
      'bijMelding',
      'rapportage',
      'rapportageToezichthouder',
    ] as const) {
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
      // The werkvoorraden's indexes are over the stored columns: down with them, and up after.
      const migrations = [
        new StoredOpenDeadlines1763900000160(),
        new NazorgWerkvoorraadIndexes1763900000170(),
        new RapportageWerkvoorraad1763900000180(),
      ];
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
    const cursor = ['PI-VUGHT', 6, '2026-01-01', '00000000-0000-4000-8000-000000000000'];
    const next = await explain(nextPage ?? '', cursor);
    // The page is a prepared statement, so PostgreSQL may come to run it on the generic plan, for any inrichting.
    const genericFirst = await explain(firstPage ?? '', ['PI-VUGHT', 6], 'generic');
    const genericNext = await explain(nextPage ?? '', cursor, 'generic');
    for (const plan of [first, next, genericFirst, genericNext]) {
      expect(plan).toMatch(/Index Scan using verblijf_detentie_urgentie_per_inrichting/);
      expect(plan).not.toMatch(/Sort/);
    }
    // The next page starts inside the index, after the cursor, rather than filtering what comes before it.
    expect(next).toMatch(/Index Cond: \(\(huidige_inrichting = 'PI-VUGHT'::text\) AND \(ROW\(/);
    expect(genericNext).toMatch(/Index Cond: \(\(huidige_inrichting = \$1\) AND \(ROW\(/);
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
    const { nodes, pageStatements } = await everyPage(7, AMSTERDAM);
    const ids = nodes.map((node) => node.verblijf?.id);
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

  it("serves the toezichthouder's page from the index by its organisation's next report: the stays and order of computing every phase's next report", async () => {
    // The demo's phases are spread over three organisations: RN supervises them all here, taking
    // part in each stay's re-integration as the phase's command records, stored anew.
    await database.query(`UPDATE extramurale_fase SET toezichthouder = 'reclassering:RN'`);
    const phases = await database.query<{ verblijfId: string; van: string }[]>(
      `SELECT verblijf_id AS "verblijfId", van::text FROM extramurale_fase`,
    );
    for (const { verblijfId, van } of phases) {
      await recordInvolvement(database.manager, verblijfId, 'reclassering:RN', BetrokkenheidAanleiding.TOEZICHT, van);
    }
    await storeOpenDeadlines(database, null);
    await database.query('ANALYZE verblijf');
    const { nodes, pageStatements } = await everyPage(3, RN_TOEZICHTHOUDER);
    // The condition and the order the page was read by before: every phase the organisation
    // supervises with reports asked, its next report computed per stay.
    const expected = await database.query<{ id: string; urgentie: string }[]>(
      `SELECT v.id, coalesce(CASE WHEN v.verwachte_uitstroomdatum IS NULL OR r.volgende <= v.verwachte_uitstroomdatum THEN r.volgende END,
                             'infinity'::date)::text AS urgentie
         FROM verblijf v
         JOIN extramurale_fase f ON f.verblijf_id = v.id
         CROSS JOIN LATERAL (SELECT coalesce((SELECT max(x.datum) FROM extramurale_rapportage x WHERE x.verblijf_id = v.id), f.van)
                                    + f.rapportage_interval_dagen AS volgende) r
        WHERE v.status <> 'UITGESTROOMD' AND f.toezichthouder = 'reclassering:RN' AND f.rapportage_interval_dagen IS NOT NULL
        ORDER BY 2, 1`,
    );
    expect(expected.length).toBeGreaterThan(3);
    expect(nodes.map((node) => ({ id: node.verblijf?.id, urgentie: node.urgentie }))).toEqual(expected);

    const [firstPage, nextPage] = pageStatements;
    const first = await explain(firstPage ?? '', ['reclassering:RN', 4]);
    const next = await explain(nextPage ?? '', [
      'reclassering:RN',
      4,
      '2026-01-01',
      '00000000-0000-4000-8000-000000000000',
    ]);
    for (const plan of [first, next]) {
      expect(plan).toMatch(/Index Scan using verblijf_rapportage_urgentie_per_toezichthouder/);
      expect(plan).not.toMatch(/extramurale_fase|Sort/);
    }
    expect(next).toMatch(/Index Cond: \(\(rapportage_toezichthouder = 'reclassering:RN'::text\) AND \(ROW\(/);
  });
});

/**
 * Every page of `caller`'s werkvoorraad at DJI, `first` at a time: its items in order, and the
 * page statements DJI sent.
 */
async function everyPage(
  first: number,
  caller: TokenClaims,
): Promise<{ nodes: WerkvoorraadPage['verblijfWerkvoorraad']['edges'][number]['node'][]; pageStatements: string[] }> {
  const PAGE = `query ($first: Int!, $after: String) { verblijfWerkvoorraad(first: $first, after: $after) {
    edges { node { urgentie verblijf { id } } } pageInfo { hasNextPage endCursor } } }`;
  const pageStatements: string[] = [];
  const nodes: WerkvoorraadPage['verblijfWerkvoorraad']['edges'][number]['node'][] = [];
  const stopListening = dji.subgraph.database.statements.listen((sql) => {
    if (sql.includes('ORDER BY w.urgentie')) pageStatements.push(sql);
  });
  try {
    let after: string | null = null;
    do {
      const response: GraphQLResponse<WerkvoorraadPage> = await dji.ask<WerkvoorraadPage>(
        PAGE,
        { first, after },
        caller,
      );
      expect(response.errors).toBeUndefined();
      const page: WerkvoorraadPage['verblijfWerkvoorraad'] | undefined = response.data?.verblijfWerkvoorraad;
      nodes.push(...(page?.edges.map((edge) => edge.node) ?? []));
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  } finally {
    stopListening();
  }
  return { nodes, pageStatements };
}

/**
 * The plan of `sql` as text: the custom plan for `parameters`, or the generic plan PostgreSQL may
 * come to run a prepared statement on. On a test's few hundred rows the planner rightly prefers
 * reading and sorting them all; with that off, the plan shows whether an index serves the page in
 * its order.
 */
async function explain(
  sql: string,
  parameters: readonly unknown[],
  plan: 'custom' | 'generic' = 'custom',
): Promise<string> {
  return database.transaction(async (manager) => {
    for (const setting of ['enable_seqscan', 'enable_bitmapscan', 'enable_sort']) {
      await manager.query(`SET LOCAL ${setting} = off`);
    }
    if (plan === 'custom') {
      const lines = await manager.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, [...parameters]);
      return lines.map((line) => line['QUERY PLAN']).join('\n');
    }
    await manager.query('SET LOCAL plan_cache_mode = force_generic_plan');
    await manager.query(`PREPARE page_under_test AS ${sql}`);
    // EXECUTE takes its values as literals.
    const literals = parameters.map((value) => (typeof value === 'number' ? String(value) : `'${String(value)}'`));
    const lines = await manager.query<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN EXECUTE page_under_test(${literals.join(', ')})`,
    );
    await manager.query('DEALLOCATE page_under_test');
    return lines.map((line) => line['QUERY PLAN']).join('\n');
  });
}
