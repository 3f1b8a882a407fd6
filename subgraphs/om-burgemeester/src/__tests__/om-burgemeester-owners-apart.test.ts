import { expectDenied } from '@ketengraaf/subgraph-kit/testing';

import {
  bijMeldingInput,
  burgemeester,
  countRows,
  expectError,
  GEEF_OPDRACHT,
  GEEF_ZIENSWIJZE,
  JUSTID,
  must,
  OFFICIER,
  ONTVANG_BIJ_MELDING,
  REGISTREER_DELICTCATEGORIE,
  REGISTREER_OMGEVINGSANALYSE,
  REGISTREER_VERSTREKKING,
  REGISTREER_VI,
  registreerZaak,
  sql,
  startOmBurgemeester,
} from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';

const PERSOON = '5000000001';
const ANDER = '5000000002';
const AMSTERDAM = burgemeester('0363');

let om: OmBurgemeesterSubgraph;

/**
 * Each owner's records, written through the service: OM two cases, a VI-beslissing, three
 * opdrachten and two verstrekkingen; the burgemeesters four BIJ-meldingen, a zienswijze and an
 * omgevingsanalyse.
 */
beforeAll(async () => {
  om = await startOmBurgemeester('owners_apart');
  const zaakId = await registreerZaak(om, PERSOON, '13/123456-26', 'ZEDEN');
  await registreerZaak(om, ANDER, '05/000001-25', 'OPIUMWET');
  await must(om, OFFICIER, REGISTREER_VI, {
    zaakId,
    datum: '2026-01-05',
    ingangsdatum: '2026-01-31',
    voorwaarden: ['Meldplicht bij de reclassering'],
    proeftijdMaanden: 13,
  });
  for (const organisatie of ['reclassering:RN', 'reclassering:SVG', 'reclassering:LJ&R']) {
    await must(om, OFFICIER, GEEF_OPDRACHT, { zaakId, organisatie, datum: '2025-11-01', vraag: 'Advies' });
  }
  for (const [code, besluit] of [
    ['0363', 'VERSTREKT'],
    ['0599', 'GEWEIGERD'],
  ] as const) {
    await must(om, OFFICIER, REGISTREER_VERSTREKKING, {
      zaakId,
      burgemeester: `burgemeester:${code}`,
      besluit,
      reden: 'Voor de openbare orde bij terugkeer',
      datum: '2026-02-01',
      onderdelen: ['DELICTCATEGORIE'],
    });
  }
  for (const kenmerk of ['BIJ-2026-000001', 'BIJ-2026-000002', 'BIJ-2026-000003', 'BIJ-2026-000004']) {
    await must(om, JUSTID, ONTVANG_BIJ_MELDING, bijMeldingInput({ kenmerk }));
  }
  await must(om, AMSTERDAM, GEEF_ZIENSWIJZE, { justitiabeleId: PERSOON, datum: '2026-12-10', tekst: 'Gebiedsverbod' });
  await must(om, AMSTERDAM, REGISTREER_OMGEVINGSANALYSE, {
    justitiabeleId: PERSOON,
    datum: '2026-12-12',
    bevindingen: 'School op 200 meter.',
  });
});

afterAll(() => om.stop());

describe('the two owners are kept apart in the database', () => {
  it('keeps OM’s tables in schema om and the burgemeesters’ in schema burgemeester', async () => {
    const tables = await sql<{ table_schema: string; table_name: string }>(
      om,
      `SELECT table_schema, table_name FROM information_schema.tables
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'pgboss') ORDER BY table_schema, table_name`,
    );
    expect(tables).toEqual([
      { table_schema: 'burgemeester', table_name: 'bij_melding' },
      { table_schema: 'burgemeester', table_name: 'omgevingsanalyse' },
      { table_schema: 'burgemeester', table_name: 'zienswijze' },
      { table_schema: 'om', table_name: 'ontvangen_stuk' },
      { table_schema: 'om', table_name: 'opdracht_tot_advies' },
      { table_schema: 'om', table_name: 'reclasseringsmelding' },
      { table_schema: 'om', table_name: 'strafzaak' },
      { table_schema: 'om', table_name: 'verstrekking' },
      { table_schema: 'om', table_name: 'vi_beslissing' },
      // Only the machinery is shared: the migrations, the processing log, the meldingen (and their queue, schema pgboss).
      { table_schema: 'public', table_name: 'access_decision' },
      { table_schema: 'public', table_name: 'access_decision_kind' },
      { table_schema: 'public', table_name: 'access_decision_resource' },
      { table_schema: 'public', table_name: 'access_decision_set' },
      { table_schema: 'public', table_name: 'melding_inbox' },
      { table_schema: 'public', table_name: 'melding_outbox' },
      { table_schema: 'public', table_name: 'migrations' },
      { table_schema: 'public', table_name: 'processing_audit_record' },
      { table_schema: 'public', table_name: 'processing_log_deletion' },
      { table_schema: 'public', table_name: 'processing_log_entry' },
      { table_schema: 'public', table_name: 'processing_log_kind' },
      { table_schema: 'public', table_name: 'processing_log_operation' },
      { table_schema: 'public', table_name: 'processing_log_record' },
    ]);
  });

  it('has the data written above in those schemas', async () => {
    const counts = await sql<{ schema: string; rows: number }>(
      om,
      `SELECT 'om' AS schema, ((SELECT count(*) FROM om.strafzaak) + (SELECT count(*) FROM om.vi_beslissing)
                + (SELECT count(*) FROM om.opdracht_tot_advies) + (SELECT count(*) FROM om.verstrekking))::int AS rows
       UNION ALL
       SELECT 'burgemeester', ((SELECT count(*) FROM burgemeester.bij_melding) + (SELECT count(*) FROM burgemeester.zienswijze)
                + (SELECT count(*) FROM burgemeester.omgevingsanalyse))::int`,
    );
    expect(counts).toEqual([
      { schema: 'om', rows: 2 + 1 + 3 + 2 },
      { schema: 'burgemeester', rows: 4 + 1 + 1 },
    ]);
  });

  it('lets no foreign key cross from one owner’s schema to the other’s', async () => {
    const crossing = await sql<{ constraint_name: string }>(
      om,
      `SELECT c.conname AS constraint_name
         FROM pg_constraint c
         JOIN pg_class source ON source.oid = c.conrelid
         JOIN pg_namespace source_ns ON source_ns.oid = source.relnamespace
         JOIN pg_class target ON target.oid = c.confrelid
         JOIN pg_namespace target_ns ON target_ns.oid = target.relnamespace
        WHERE c.contype = 'f' AND source_ns.nspname <> target_ns.nspname`,
    );
    expect(crossing).toEqual([]);
  });

  it('keeps only the BIJ target group, also when a statement passes by the service', async () => {
    const insert = (kenmerk: string, delictcategorie: string) =>
      sql(
        om,
        `INSERT INTO burgemeester.bij_melding (kenmerk, justitiabele_id, soort, terugkeerdatum, terugkeergemeente, delictcategorie, grondslag, onherroepelijk, gemeente_neemt_deel, ontvangen_op)
         VALUES ($1, '1', 'TERUGKEER', '2027-01-01', '0363', $2, 'VEROORDELING', true, true, '2026-11-01')`,
        [kenmerk, delictcategorie],
      );
    await expect(insert('X', 'VERMOGEN')).rejects.toThrow('bij_doelgroep');
    await expect(insert('Y', 'BRANDSTICHTING')).resolves.toBeDefined();
    await sql(om, `DELETE FROM burgemeester.bij_melding WHERE kenmerk = 'Y'`);
  });
});

describe('only the owning party writes', () => {
  it('refuses OM’s changes to a burgemeester and a burgemeester’s to OM, and records the refusal', async () => {
    const before = await countRows(om, 'access_decision');
    const delict = await om.ask(
      REGISTREER_DELICTCATEGORIE,
      {
        input: { justitiabeleId: PERSOON, parketnummer: '13/555555-26', delictcategorie: 'ZEDEN', verwachteVersie: 0 },
      },
      AMSTERDAM,
    );
    expectError(delict, 'ACCESS_DENIED', /is done by om:officier on own task of the owning party/);
    expectDenied(
      await om.ask(
        REGISTREER_OMGEVINGSANALYSE,
        { input: { justitiabeleId: PERSOON, datum: '2026-12-12', bevindingen: 'x' } },
        OFFICIER,
      ),
      ['registreerOmgevingsanalyse'],
    );
    expect(await countRows(om, 'access_decision')).toBe(before + 2);
    expect(await countRows(om, 'om.strafzaak')).toBe(2);
  });
});
