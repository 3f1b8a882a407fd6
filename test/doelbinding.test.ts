import { randomBytes } from 'node:crypto';

import { demoPopulation, pseudonym, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/** Doelbinding across the federation: every party decides and logs for itself, one trace for all. */
let federation: TestStack;
const persons = demoPopulation(300);

const amsterdam: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-ams-1' };

beforeAll(async () => {
  federation = await startTestStack('dlb');
});

afterAll(() => federation.stop());

describe('one question across parties', () => {
  it('is logged by each owning party under one trace id, per person and activity', async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      amsterdam,
      `query { nazorgdossiers(gemeentecode: "0363", first: 5) { edges { node { justitiabele { bsn huidigVerblijf { instroomdatum verwachteUitstroomdatum } } } } } }`,
      {},
      { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    );
    expect(response.errors).toBeUndefined();
    const edges = (response.data?.['nazorgdossiers'] as { edges: { node: { justitiabele: { bsn: string } } }[] }).edges;
    const bsns = edges.map((edge) => edge.node.justitiabele.bsn);
    expect(bsns).toHaveLength(5);

    const gemeenteRecords = await federation.rows<{
      data_subject_id: string;
      processing_activity_id: string;
      foreign_operation_processor: string | null;
    }>(
      'gemeente',
      'SELECT data_subject_id, processing_activity_id, foreign_operation_processor FROM processing_log_record WHERE trace_id = $1',
      [traceId],
    );
    expect(gemeenteRecords.map((record) => record.data_subject_id).sort()).toEqual(
      bsns.map((bsn) => pseudonym(federation.pseudonymKeys.gemeente, { soort: 'BSN', nummer: bsn })).sort(),
    );
    expect(new Set(gemeenteRecords.map((record) => record.processing_activity_id))).toEqual(
      new Set([verwerkingsactiviteit('gemeente', 'EIGEN_TAAK')]),
    );

    // DJI answered the same question for the same people, under art. 51c WJSG, in its own log.
    const djiRecords = await federation.rows<{
      data_subject_id: string;
      processing_activity_id: string;
      foreign_operation_processor: string | null;
    }>(
      'dji',
      'SELECT data_subject_id, processing_activity_id, foreign_operation_processor FROM processing_log_record WHERE trace_id = $1',
      [traceId],
    );
    const skns = bsns.map((bsn) => persons.find((person) => person.bsn === bsn)?.skn ?? '');
    expect([...new Set(djiRecords.map((record) => record.data_subject_id))].sort()).toEqual(
      skns.map((skn) => pseudonym(federation.pseudonymKeys.dji, { soort: 'SKN', nummer: skn })).sort(),
    );
    expect(djiRecords.every((record) => record.foreign_operation_processor === 'gemeente:0363')).toBe(true);
    expect(djiRecords.map((record) => record.processing_activity_id)).toContain(
      verwerkingsactiviteit('dji', 'ART_51C_WJSG'),
    );

    // Each subgraph worked under its own span of the one trace.
    const spans = await Promise.all(
      (['dji', 'gemeente'] as const).map((party) =>
        federation.rows<{ span_id: string }>(
          party,
          'SELECT DISTINCT span_id FROM processing_audit_record WHERE trace_id = $1',
          [traceId],
        ),
      ),
    );
    expect(spans.every((found) => found.length >= 1)).toBe(true);
  });

  it('shows a gemeente only the stays that name it, and what art. 18a Pbw opens of them, through the gateway too', async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      amsterdam,
      `query { verblijven(first: 50) { edges { node { terugkeer { gemeentecode } herkomst { gemeentecode } instroomdatum titel screening { datum } justitiabele { personalia { achternaam } } } } } }`,
    );
    const nodes = (response.data?.['verblijven'] as { edges: { node: Record<string, unknown> }[] }).edges.map(
      (edge) => edge.node,
    );
    expect(nodes.length).toBeGreaterThan(3);
    for (const node of nodes) {
      const codes = [node['terugkeer'], node['herkomst']].map(
        (registratie) => (registratie as { gemeentecode: string | null } | null)?.gemeentecode,
      );
      expect(codes).toContain('0363');
      expect(node['instroomdatum']).not.toBeNull();
    }
    // Titel and screening open under art. 18a Pbw from instroom on to the gemeente DJI registered,
    // plan or not; the list holds only the stays that name Amsterdam, so nothing is refused.
    expect(response.errors).toBeUndefined();
    expect(nodes.every((node) => node['titel'] !== null)).toBe(true);
  });

  it('refuses a gemeente another gemeente’s worklist, through the gateway', async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      amsterdam,
      `query { nazorgdossiers(gemeentecode: "0599", first: 5) { edges { node { id } } } }`,
    );
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
  });
});

describe('the toezichthouder’s werkvoorraad', () => {
  it('joins the reclassering’s own cases with DJI’s verblijf, as far as DJI’s grounds open it', async () => {
    const toezichthouder: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' };
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      toezichthouder,
      `query { werkvoorraad(first: 10) { edges { node { begindatum justitiabele { id verblijven { verwachteUitstroomdatum } } } } } }`,
    );
    const nodes = (
      response.data?.['werkvoorraad'] as { edges: { node: { justitiabele: { id: string; verblijven: unknown } } }[] }
    ).edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    // DJI opens the verblijf to RN under art. 18a Pbw for the people whose D&R-plan names RN, and says
    // so (ACCESS_DENIED from dji) for the others; either way the reclassering's own data arrives.
    const joined = nodes.filter((node) => Array.isArray(node.justitiabele.verblijven));
    const refusedByDji = (response.errors ?? []).filter(
      (error) => error.extensions?.['code'] === 'ACCESS_DENIED' && error.extensions['serviceName'] === 'dji',
    );
    expect(joined.length + refusedByDji.length).toBeGreaterThanOrEqual(nodes.length);
    expect(joined.length).toBeGreaterThan(0);
    expect((response.errors ?? []).every((error) => error.extensions?.['code'] === 'ACCESS_DENIED')).toBe(true);
  });
});

describe('the hard line: delict information never reaches a gemeente’s nazorg staff', () => {
  const DELICT_CATEGORIES = /ZEDEN|ERNSTIG_GEWELD|LEVENSDELICT|VERMOGEN|OPIUMWET|OVERIG/;

  it('holds through the gateway, from the gemeente’s own dossiers on to OM and the burgemeester', async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      amsterdam,
      `query {
        nazorgdossiers(gemeentecode: "0363", first: 50) {
          edges { node { justitiabele {
            bsn
            strafzaken { delictcategorie slachtofferomgeving { inDirecteWoonomgeving } }
            bijMeldingen { delictcategorie terugkeerdatum }
            verstrekkingen { delictcategorie }
          } } }
        }
      }`,
    );
    const edges = (
      response.data?.['nazorgdossiers'] as { edges: { node: { justitiabele: Record<string, unknown> } }[] }
    ).edges;
    expect(edges.length).toBeGreaterThan(5);
    expect(JSON.stringify(response.data)).not.toMatch(DELICT_CATEGORIES);
    for (const { node } of edges) {
      expect([
        node.justitiabele['strafzaken'],
        node.justitiabele['bijMeldingen'],
        node.justitiabele['verstrekkingen'],
      ]).toEqual([null, null, null]);
    }
    const refusals = (response.errors ?? []).filter((error) => error.extensions?.['serviceName'] === 'om-burgemeester');
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((error) => error.extensions?.['code'] === 'ACCESS_DENIED')).toBe(true);
  });

  it('lets the burgemeester of the return gemeente see its BIJ-meldingen, and no other burgemeester', async () => {
    const query = `query { bijWerkvoorraad(first: 50) { edges { node { terugkeergemeente delictcategorie justitiabele { id } } } } }`;
    const amsterdamOov: TokenClaims = { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' };
    const own = await federation.ask(federation.stack.gatewayUrl, amsterdamOov, query);
    const meldingen = (
      own.data?.['bijWerkvoorraad'] as {
        edges: { node: { terugkeergemeente: string; delictcategorie: string | null } }[];
      }
    ).edges;
    expect(meldingen.length).toBeGreaterThan(0);
    expect(meldingen.every(({ node }) => node.terugkeergemeente === '0363' && node.delictcategorie !== null)).toBe(
      true,
    );
  });
});
