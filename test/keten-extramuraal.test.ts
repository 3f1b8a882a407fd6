import { randomBytes, randomUUID } from 'node:crypto';

import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import {
  ADVISEUR_RN,
  ANDERE_CASEMANAGER,
  ANDERE_GEMEENTE,
  codes,
  ENTITIES,
  gatewayOf,
  GEMEENTE,
  nazorg,
  OFFICIER,
  registrar,
  toezichthouder,
} from './keten-fixtures';
import { testBsn } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/**
 * The chain's changes (issue 12 point 5): the extramural phase with the toezichthouder's periodic
 * report to the director (seed 001 l. 612–640), through the gateway.
 */
let federation: TestStack;

const VANDAAG = '2026-11-01';

beforeAll(async () => {
  federation = await startTestStack('keten_extramuraal', { vandaag: VANDAAG });
});

afterAll(() => federation.stop());

const gateway = gatewayOf(() => federation);
const registreer = registrar(() => federation);

const FASE = /* GraphQL */ `
  mutation ($input: ExtramuraleFaseInput!) {
    registreerExtramuraleFase(input: $input) {
      status
      versie
      extramuraleFase {
        soort
        van
        toezichthouder
        rapportageIntervalDagen
      }
      betrokkenOrganisaties {
        organisatie
        aanleiding
      }
    }
  }
`;

const RAPPORTEER = /* GraphQL */ `
  mutation ($input: ExtramuraleRapportageInput!) {
    rapporteerExtramuraleFase(input: $input) {
      extramuraleFase {
        toezichthouder
      }
      extramuraleRapportages {
        verloop
      }
    }
  }
`;

const SIGNALEN = /* GraphQL */ `
  query ($bsn: BSN!) {
    justitiabeleOpBsn(bsn: $bsn) {
      detentieSignalen {
        soort
        deadline
        status
      }
    }
  }
`;

const FASE_EN_RAPPORTAGES = /* GraphQL */ `
  query ($id: ID!) {
    verblijf(id: $id) {
      extramuraleFase {
        soort
      }
      extramuraleRapportages {
        datum
        organisatie
        verloop
      }
    }
  }
`;

interface Signaal {
  soort: string;
  deadline: string;
  status: string;
}

async function rapportageSignalen(caller: TokenClaims, bsn: string): Promise<Signaal[]> {
  const response = await gateway(caller, SIGNALEN, { bsn });
  expect(response.errors).toBeUndefined();
  const signalen = (response.data?.['justitiabeleOpBsn'] as { detentieSignalen: Signaal[] }).detentieSignalen;
  expect(signalen.length).toBeGreaterThan(0);
  return signalen.filter((signaal) => signaal.soort === 'EXTRAMURALE_RAPPORTAGE');
}

describe('the extramural phase and the periodic report to the director', () => {
  const bsn = testBsn(1203);
  const VERLOOP = 'Houdt zich aan de afspraken; werkt vier dagen per week.';
  let verblijf: { id: string; versie: number };
  /** The stay whose director asked for no reports. */
  let zonderRapportages: { id: string; versie: number };

  beforeAll(async () => {
    verblijf = await registreer(1203);
  });

  const fase = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    verblijfId: verblijf.id,
    verwachteVersie: verblijf.versie,
    soort: 'PENITENTIAIR_PROGRAMMA',
    van: '2026-09-01',
    toezichthouder: 'reclassering:RN',
    rapportageIntervalDagen: 28,
    ...overrides,
  });

  it('is recorded by the own casemanager only, for a supervising reclassering, ISD only for an ISD measure', async () => {
    expect(codes(await gateway(nazorg(GEMEENTE), FASE, { input: fase() }))).toEqual(['ACCESS_DENIED']);
    expect(codes(await gateway(toezichthouder('RN'), FASE, { input: fase() }))).toEqual(['ACCESS_DENIED']);
    expect(codes(await gateway(ANDERE_CASEMANAGER, FASE, { input: fase() }))).toEqual(['ACCESS_DENIED']);
    expect(codes(await gateway(CASEMANAGER, FASE, { input: fase({ soort: 'ISD_EXTRAMURAAL' }) }))).toEqual([
      'INVALID_INPUT',
    ]);
    expect(
      codes(await gateway(CASEMANAGER, FASE, { input: fase({ toezichthouder: `gemeente:${GEMEENTE}` }) })),
    ).toEqual(['INVALID_INPUT']);
    for (const rapportageIntervalDagen of [0, 367]) {
      expect(codes(await gateway(CASEMANAGER, FASE, { input: fase({ rapportageIntervalDagen }) }))).toEqual([
        'INVALID_INPUT',
      ]);
    }
    expect(
      await federation.rows('dji', 'SELECT 1 FROM extramurale_fase WHERE verblijf_id = $1', [verblijf.id]),
    ).toEqual([]);

    const recorded = await gateway(CASEMANAGER, FASE, { input: fase() });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.['registreerExtramuraleFase']).toEqual({
      status: 'EXTRAMURAAL',
      versie: verblijf.versie + 1,
      extramuraleFase: {
        soort: 'PENITENTIAIR_PROGRAMMA',
        van: '2026-09-01',
        toezichthouder: 'reclassering:RN',
        rapportageIntervalDagen: 28,
      },
      betrokkenOrganisaties: [{ organisatie: 'reclassering:RN', aanleiding: 'TOEZICHT' }],
    });
    expect(codes(await gateway(CASEMANAGER, FASE, { input: fase({ verwachteVersie: verblijf.versie + 1 }) }))).toEqual([
      'INVALID_STATE',
    ]);
  });

  it('without a report yet, is a signal overdue for the director and the toezichthouder, and none for the gemeente', async () => {
    const overdue = [{ soort: 'EXTRAMURALE_RAPPORTAGE', deadline: '2026-09-29', status: 'TE_LAAT' }];
    expect(await rapportageSignalen(CASEMANAGER, bsn)).toEqual(overdue);
    expect(await rapportageSignalen(toezichthouder('RN'), bsn)).toEqual(overdue);
    expect(await rapportageSignalen(nazorg(GEMEENTE), bsn)).toEqual([]);
    const werkvoorraad = await gateway(
      nazorg(GEMEENTE),
      '{ verblijfWerkvoorraad(first: 100) { edges { node { signalen { soort } } } } }',
    );
    expect(werkvoorraad.errors).toBeUndefined();
    expect(JSON.stringify(werkvoorraad.data)).not.toContain('EXTRAMURALE_RAPPORTAGE');
    const ordered = await gateway(
      nazorg(GEMEENTE),
      '{ verblijfWerkvoorraad(soort: EXTRAMURALE_RAPPORTAGE, first: 10) { edges { node { urgentie } } } }',
    );
    expect(codes(ordered)).toEqual(['INVALID_INPUT']);
  });

  it('a report is filed by the supervising toezichthouder only; anyone else is refused alike, an unknown stay too', async () => {
    const report = { verblijfId: verblijf.id, datum: '2026-10-20', verloop: VERLOOP };
    const refusals = await Promise.all(
      [toezichthouder('SVG'), ADVISEUR_RN, CASEMANAGER, nazorg(GEMEENTE)].map((caller) =>
        gateway(caller, RAPPORTEER, { input: report }),
      ),
    );
    for (const refused of refusals) {
      expect(refused.data?.['rapporteerExtramuraleFase'] ?? null).toBeNull();
      expect(codes(refused)).toEqual(['ACCESS_DENIED']);
    }
    const otherOrganisation = await gateway(toezichthouder('SVG'), RAPPORTEER, { input: report });
    const unknown = await gateway(toezichthouder('SVG'), RAPPORTEER, {
      input: { ...report, verblijfId: randomUUID() },
    });
    expect(unknown.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual(
      otherOrganisation.errors?.map(({ message, extensions }) => ({ message, extensions })),
    );
    const ownReports = () =>
      federation.rows('dji', 'SELECT datum::text, organisatie FROM extramurale_rapportage WHERE verblijf_id = $1', [
        verblijf.id,
      ]);
    expect(await ownReports()).toEqual([]);

    // The maker reads the stay on its own ground, and not its report back: that is the director's.
    const filed = await gateway(toezichthouder('RN'), RAPPORTEER, { input: report });
    expect(filed.data?.['rapporteerExtramuraleFase']).toEqual({
      extramuraleFase: { toezichthouder: 'reclassering:RN' },
      extramuraleRapportages: null,
    });
    expect(codes(filed)).toEqual(['ACCESS_DENIED']);
    expect(await ownReports()).toEqual([{ datum: '2026-10-20', organisatie: 'reclassering:RN' }]);
    const next = [{ soort: 'EXTRAMURALE_RAPPORTAGE', deadline: '2026-11-17', status: 'OPEN' }];
    expect(await rapportageSignalen(CASEMANAGER, bsn)).toEqual(next);
    expect(await rapportageSignalen(toezichthouder('RN'), bsn)).toEqual(next);
  });

  it('the director reads the report; the toezichthouder and the gemeente read the phase but not the report, on any path', async () => {
    const director = await gateway(CASEMANAGER, FASE_EN_RAPPORTAGES, { id: verblijf.id });
    expect(director.errors).toBeUndefined();
    expect(director.data?.['verblijf']).toEqual({
      extramuraleFase: { soort: 'PENITENTIAIR_PROGRAMMA' },
      extramuraleRapportages: [{ datum: '2026-10-20', organisatie: 'reclassering:RN', verloop: VERLOOP }],
    });
    for (const caller of [toezichthouder('RN'), nazorg(GEMEENTE)]) {
      const root = await gateway(caller, FASE_EN_RAPPORTAGES, { id: verblijf.id });
      expect(root.data?.['verblijf']).toEqual({
        extramuraleFase: { soort: 'PENITENTIAIR_PROGRAMMA' },
        extramuraleRapportages: null,
      });
      expect(codes(root)).toEqual(['ACCESS_DENIED']);
      const entities = await federation.ask(federation.stack.subgraphUrls.dji, caller, ENTITIES, {
        representations: [{ __typename: 'Justitiabele', id: '9000001203' }],
      });
      expect(entities.data?.['_entities']).toEqual([
        { huidigVerblijf: { verloven: [], extramuraleRapportages: null } },
      ]);
      expect(codes(entities)).toEqual(['ACCESS_DENIED']);
    }
    const list = await gateway(
      nazorg(GEMEENTE),
      `{ verblijven(filter: { terugkeergemeente: "${GEMEENTE}" }, first: 100) { edges { node { extramuraleRapportages { verloop } } } } }`,
    );
    expect(JSON.stringify(list)).not.toContain(VERLOOP);
    for (const caller of [toezichthouder('SVG'), nazorg(ANDERE_GEMEENTE), OFFICIER]) {
      const refused = await gateway(caller, FASE_EN_RAPPORTAGES, { id: verblijf.id });
      expect(refused.data?.['verblijf']).toBeNull();
      expect(codes(refused)).toEqual(['ACCESS_DENIED']);
    }
  });

  it("keeps the report's text out of every processing log, and records the gemeente's refused read", async () => {
    const trace = randomBytes(16).toString('hex');
    await gateway(nazorg(GEMEENTE), FASE_EN_RAPPORTAGES, { id: verblijf.id }, trace);
    const decisions = await federation.rows<{ resource: string; decision: string }>(
      'dji',
      `SELECT DISTINCT resource, decision FROM access_decision WHERE trace_id = $1 AND resource LIKE '%extramurale%' ORDER BY resource`,
      [trace],
    );
    expect(decisions).toEqual([
      { resource: 'Verblijf.extramuraleFase', decision: 'PERMIT' },
      { resource: 'Verblijf.extramuraleRapportages', decision: 'DENY' },
    ]);
    for (const table of ['access_decision', 'processing_log_record', 'processing_audit_record']) {
      expect(JSON.stringify(await federation.rows('dji', `SELECT * FROM ${table}`))).not.toContain('vier dagen');
    }
  });

  it('asks nothing of the toezichthouder when the director asked for no reports', async () => {
    zonderRapportages = await registreer(1204);
    const recorded = await gateway(CASEMANAGER, FASE, {
      input: fase({
        verblijfId: zonderRapportages.id,
        verwachteVersie: zonderRapportages.versie,
        soort: 'ART_43_3_PBW',
        rapportageIntervalDagen: null,
      }),
    });
    expect(recorded.errors).toBeUndefined();
    expect(await rapportageSignalen(CASEMANAGER, testBsn(1204))).toEqual([]);
    const refused = await gateway(toezichthouder('RN'), RAPPORTEER, {
      input: { verblijfId: zonderRapportages.id, datum: '2026-10-20', verloop: VERLOOP },
    });
    expect(codes(refused)).toEqual(['INVALID_STATE']);
  });

  it("orders the toezichthouder's werkvoorraad at DJI by the next report, for its own organisation's phases only", async () => {
    const eerder = await registreer(1205);
    const recorded = await gateway(CASEMANAGER, FASE, {
      input: fase({ verblijfId: eerder.id, verwachteVersie: eerder.versie, rapportageIntervalDagen: 14 }),
    });
    expect(recorded.errors).toBeUndefined();
    const page = (caller: TokenClaims, args: string) =>
      gateway(
        caller,
        `{ verblijfWerkvoorraad(${args}) { edges { node { urgentie verblijf { id } signalen { soort deadline status } } } pageInfo { hasNextPage endCursor } } }`,
      );
    interface Page {
      edges: { node: { urgentie: string; verblijf: { id: string }; signalen: Signaal[] } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    }
    const eerste = await page(toezichthouder('RN'), 'soort: EXTRAMURALE_RAPPORTAGE, first: 1');
    expect(eerste.errors).toBeUndefined();
    const eerstePagina = eerste.data?.['verblijfWerkvoorraad'] as Page;
    // The overdue phase first; the stay whose director asked for no reports (1204) is not on it.
    expect(eerstePagina.edges.map(({ node }) => [node.urgentie, node.verblijf.id])).toEqual([
      ['2026-09-15', eerder.id],
    ]);
    expect(eerstePagina.edges[0]?.node.signalen).toContainEqual({
      soort: 'EXTRAMURALE_RAPPORTAGE',
      deadline: '2026-09-15',
      status: 'TE_LAAT',
    });
    expect(eerstePagina.pageInfo.hasNextPage).toBe(true);
    // The rest of RN's page holds the demo chain's extramural phases RN supervises too, in the same order.
    const tweede = await page(toezichthouder('RN'), `first: 100, after: "${eerstePagina.pageInfo.endCursor}"`);
    expect(tweede.errors).toBeUndefined();
    const tweedePagina = tweede.data?.['verblijfWerkvoorraad'] as Page;
    const rest = tweedePagina.edges.map(({ node }) => [node.urgentie, node.verblijf.id]);
    expect(rest).toContainEqual(['2026-11-17', verblijf.id]);
    expect(rest.map(([, id]) => id)).not.toContain(zonderRapportages.id);
    const urgenties = rest.map(([urgentie]) => urgentie ?? '');
    expect(urgenties).toEqual([...urgenties].sort());
    expect(tweedePagina.pageInfo.hasNextPage).toBe(false);

    // Another organisation's toezichthouder keeps none of these; DJI's other deadlines are not the toezichthouder's to order by.
    const ander = await page(toezichthouder('SVG'), 'first: 100');
    expect(ander.errors).toBeUndefined();
    const anderIds = (ander.data?.['verblijfWerkvoorraad'] as Page).edges.map(({ node }) => node.verblijf.id);
    expect(anderIds).not.toContain(verblijf.id);
    expect(anderIds).not.toContain(eerder.id);
    expect(codes(await page(toezichthouder('RN'), 'soort: SCREENING, first: 10'))).toEqual(['INVALID_INPUT']);
    for (const caller of [ADVISEUR_RN, OFFICIER]) {
      const refused = await page(caller, 'first: 10');
      expect(refused.data?.['verblijfWerkvoorraad'] ?? null).toBeNull();
      expect(codes(refused)).toEqual(['ACCESS_DENIED']);
    }
    // The gemeente's page is still not ordered by the report: no urgency on the report's deadlines.
    const gemeente = await page(nazorg(GEMEENTE), 'first: 100');
    expect(gemeente.errors).toBeUndefined();
    expect(JSON.stringify(gemeente.data)).not.toMatch(/EXTRAMURALE_RAPPORTAGE|2026-09-15"/);
  });
});
