import { randomBytes } from 'node:crypto';

import { demoPopulation } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import type { PartyName } from '@ketengraaf/parties';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * Each owner's part of the processing log is its own: a privacy officer finds its own
 * organisation's records by either number of the person, nothing of another owner's, and a
 * refused search is itself recorded.
 */
let federation: TestStack;
const persons = demoPopulation(300);

const logQueries: Record<PartyName, string> = {
  dji: 'djiVerwerkingen',
  gemeente: 'gemeenteVerwerkingen',
  reclassering: 'reclasseringVerwerkingen',
  'om-burgemeester': 'omBurgemeesterVerwerkingen',
};

beforeAll(async () => {
  federation = await startTestStack('plo');
});

afterAll(() => federation.stop());

function traceparent(): { traceId: string; headers: Record<string, string> } {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } };
}

function verwerkingen(party: PartyName, caller: TokenClaims, filter: Record<string, unknown>) {
  return federation.ask(
    federation.stack.subgraphUrls[party],
    caller,
    `query ($filter: VerwerkingFilter!) { ${logQueries[party]}(filter: $filter, first: 100) { edges { node { traceId betrokkene verwerkingsactiviteit } } } }`,
    { filter },
  );
}

function edgesOf(response: { data?: Record<string, unknown> | null }, party: PartyName): { traceId: string }[] {
  const connection = response.data?.[logQueries[party]] as { edges: { node: { traceId: string } }[] } | undefined;
  return connection?.edges.map((edge) => edge.node) ?? [];
}

describe('a refused search of the processing log', () => {
  it.each(Object.keys(logQueries) as PartyName[])(
    'is recorded by the %s subgraph as a denial, under its trace, as the caller’s organisation’s',
    async (party) => {
      const caller: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-ams-1' };
      const { traceId, headers } = traceparent();
      const response = await federation.ask(
        federation.stack.subgraphUrls[party],
        caller,
        `query { ${logQueries[party]}(filter: { traceId: "${traceId}" }) { edges { node { id } } } }`,
        {},
        headers,
      );
      expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
      const decisions = await federation.rows<{ resource: string; decision: string; bronhouder: string }>(
        party,
        'SELECT resource, decision, bronhouder FROM access_decision WHERE trace_id = $1',
        [traceId],
      );
      expect(decisions).toEqual([
        { resource: `Query.${logQueries[party]}`, decision: 'DENY', bronhouder: 'gemeente:0363' },
      ]);
    },
  );
});

describe('a data subject’s request by BSN', () => {
  it('finds the records DJI logged by strafrechtsketennummer', async () => {
    const person = persons.find((candidate) => candidate.uitstroomdatum === null);
    if (!person) throw new Error('No detained demo person');
    const holder = await federation.rows<{ code: string }>(
      'dji',
      `SELECT huidige_inrichting AS code FROM verblijf WHERE justitiabele_id = $1 AND status <> 'UITGESTROOMD'`,
      [person.skn],
    );
    const casemanager: TokenClaims = { org: `dji:${holder[0]?.code ?? ''}`, role: 'casemanager', sub: 'cm-1' };
    const { traceId, headers } = traceparent();
    const read = await federation.ask(
      federation.stack.subgraphUrls.dji,
      casemanager,
      `query ($id: ID!) { justitiabele(id: $id) { personalia { achternaam } } }`,
      { id: person.skn },
      headers,
    );
    expect(read.errors).toBeUndefined();
    const privacyOfficer: TokenClaims = { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' };
    for (const betrokkene of [
      { soort: 'BSN', nummer: person.bsn },
      { soort: 'SKN', nummer: person.skn },
    ]) {
      const found = await verwerkingen('dji', privacyOfficer, { betrokkene });
      expect(found.errors).toBeUndefined();
      expect(edgesOf(found, 'dji').map((record) => record.traceId)).toContain(traceId);
    }
  });
});

describe('one owner’s privacy officer', () => {
  it('sees nothing of another gemeente’s reads, by person or by trace', async () => {
    const dossier = (
      await federation.rows<{ bsn: string; gemeentecode: string }>(
        'gemeente',
        `SELECT bsn, gemeentecode FROM nazorgdossier WHERE gemeentecode = '0363' ORDER BY id LIMIT 1`,
        [],
      )
    )[0];
    if (!dossier) throw new Error('No Amsterdam dossier in the demo data');
    const { traceId, headers } = traceparent();
    const read = await federation.ask(
      federation.stack.subgraphUrls.gemeente,
      { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-ams-1' },
      `query { nazorgdossiers(gemeentecode: "0363", first: 5) { edges { node { id justitiabele { bsn } } } } }`,
      {},
      headers,
    );
    expect(read.errors).toBeUndefined();
    const own = await verwerkingen(
      'gemeente',
      { org: 'gemeente:0363', role: 'privacy-officer', sub: 'po-ams' },
      { traceId },
    );
    expect(edgesOf(own, 'gemeente').length).toBeGreaterThan(0);
    const other: TokenClaims = { org: 'gemeente:0599', role: 'privacy-officer', sub: 'po-rdam' };
    expect(edgesOf(await verwerkingen('gemeente', other, { traceId }), 'gemeente')).toEqual([]);
    expect(
      edgesOf(
        await verwerkingen('gemeente', other, { betrokkene: { soort: 'BSN', nummer: dossier.bsn } }),
        'gemeente',
      ).filter((record) => record.traceId === traceId),
    ).toEqual([]);
    const decisions = await federation.ask(
      federation.stack.subgraphUrls.gemeente,
      other,
      `query ($traceId: String) { gemeenteToegangsbesluiten(traceId: $traceId, first: 100) { edges { node { id } } } }`,
      { traceId },
    );
    expect(decisions.data?.['gemeenteToegangsbesluiten']).toEqual({ edges: [] });
  });
});

describe('one burgemeester’s privacy officer', () => {
  it('sees its own OOV-adviseur’s reads of the BIJ-werkvoorraad through the gateway, and another burgemeester’s none', async () => {
    const [busiest] = await federation.rows<{ terugkeergemeente: string }>(
      'om-burgemeester',
      `SELECT terugkeergemeente FROM burgemeester.bij_melding GROUP BY terugkeergemeente ORDER BY count(*) DESC LIMIT 1`,
      [],
    );
    const code = busiest?.terugkeergemeente ?? '';
    const { traceId, headers } = traceparent();
    const read = await federation.ask(
      federation.stack.gatewayUrl,
      { org: `burgemeester:${code}`, role: 'oov-adviseur', sub: 'oov-1' },
      `query { bijWerkvoorraad(first: 10) { edges { node { terugkeerdatum delictcategorie justitiabele { id } } } } }`,
      {},
      headers,
    );
    expect(read.errors).toBeUndefined();
    const skns = (read.data?.['bijWerkvoorraad'] as { edges: { node: { justitiabele: { id: string } } }[] }).edges.map(
      (edge) => edge.node.justitiabele.id,
    );
    expect(skns.length).toBeGreaterThan(0);

    const own = { org: `burgemeester:${code}`, role: 'privacy-officer', sub: 'po-own' } as const;
    const other: TokenClaims = {
      org: code === '0014' ? 'burgemeester:0363' : 'burgemeester:0014',
      role: 'privacy-officer',
      sub: 'po-other',
    };
    expect(edgesOf(await verwerkingen('om-burgemeester', own, { traceId }), 'om-burgemeester').length).toBeGreaterThan(
      0,
    );
    expect(edgesOf(await verwerkingen('om-burgemeester', other, { traceId }), 'om-burgemeester')).toEqual([]);
    for (const skn of skns) {
      const found = await verwerkingen('om-burgemeester', other, { betrokkene: { soort: 'SKN', nummer: skn } });
      expect(edgesOf(found, 'om-burgemeester').filter((record) => record.traceId === traceId)).toEqual([]);
    }
    const decisions = await federation.ask(
      federation.stack.subgraphUrls['om-burgemeester'],
      other,
      `query ($traceId: String) { omBurgemeesterToegangsbesluiten(traceId: $traceId, first: 100) { edges { node { id } } } }`,
      { traceId },
    );
    expect(decisions.data?.['omBurgemeesterToegangsbesluiten']).toEqual({ edges: [] });
  });
});
