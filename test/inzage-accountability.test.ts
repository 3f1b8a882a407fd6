import { verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { betrokkene, findScenario, readAs, traced, trail } from './inzage-fixtures';
import type { Scenario } from './inzage-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * What the processing logs account for beyond a person's own trail: the privacy officers' view of
 * one question across parties, the chain report of the logs, and "mag ik dit delen?" logged as
 * itself and nothing more.
 */
let federation: TestStack;
let scenario: Scenario;

beforeAll(async () => {
  federation = await startTestStack('inzage_acc');
  ({ scenario } = await findScenario(federation));
  // A read at DJI this month, so the chain report has DJI's records to count.
  await readAs(
    federation,
    { org: `dji:${scenario.inrichting}`, role: 'casemanager', sub: 'cm-1' },
    `query ($id: ID!) { justitiabele(id: $id) { bsn } }`,
    { id: scenario.person.skn },
  );
}, 120_000);

afterAll(() => federation.stop());

describe('one question across parties, for the privacy officers', () => {
  it('shows each party its own records of the trace, and another party’s privacy officer nothing', async () => {
    const gemeente = `gemeente:${scenario.dossier.gemeentecode}`;
    const traceId = await readAs(
      federation,
      { org: gemeente, role: 'nazorgcoordinator', sub: 'nc-1' },
      `query ($id: ID!) { nazorgdossier(id: $id) { status justitiabele { huidigVerblijf { instroomdatum } } } }`,
      { id: scenario.dossier.id },
    );
    const search = (caller: TokenClaims, query: string): Promise<GraphQLResponse> =>
      federation.ask(
        federation.stack.gatewayUrl,
        caller,
        `query ($trace: String!) { ${query}(filter: { traceId: $trace }, first: 100) { edges { node { verwerkingsactiviteit } } } }`,
        { trace: traceId },
      );
    const activities = (response: GraphQLResponse, query: string): string[] =>
      (response.data?.[query] as { edges: { node: { verwerkingsactiviteit: string } }[] }).edges.map(
        (edge) => edge.node.verwerkingsactiviteit,
      );
    const ownOfficer: TokenClaims = { org: gemeente, role: 'privacy-officer', sub: 'po-gem' };
    const djiOfficer: TokenClaims = { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' };
    expect(activities(await search(ownOfficer, 'gemeenteVerwerkingen'), 'gemeenteVerwerkingen')).toContain(
      verwerkingsactiviteit('gemeente', 'EIGEN_TAAK'),
    );
    expect(activities(await search(djiOfficer, 'djiVerwerkingen'), 'djiVerwerkingen').length).toBeGreaterThan(0);
    expect(errorCodes(await search(ownOfficer, 'djiVerwerkingen'))).toEqual(['ACCESS_DENIED']);
    expect(errorCodes(await search(djiOfficer, 'gemeenteVerwerkingen'))).toEqual(['ACCESS_DENIED']);
    const otherGemeente = scenario.dossier.gemeentecode === '0599' ? 'gemeente:0363' : 'gemeente:0599';
    expect(
      activities(
        await search({ org: otherGemeente, role: 'privacy-officer', sub: 'po-other' }, 'gemeenteVerwerkingen'),
        'gemeenteVerwerkingen',
      ),
    ).toEqual([]);
  });
});

describe('the chain report of the processing logs', () => {
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .slice(0, 7);
  const REPORT = `query ($m: String!) { djiVerwerkingscijfers(vanaf: $m, tot: $m) { maand partij grondslag aantal onderdrukt } }`;

  it("counts DJI's records per month, owner and ground as its log holds them, small counts suppressed, no person", async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      { org: 'inspectie', role: 'analist', sub: 'an-1' },
      REPORT,
      { m: month },
    );
    expect(response.errors).toBeUndefined();
    const rows = response.data?.['djiVerwerkingscijfers'] as {
      maand: string;
      partij: string;
      grondslag: string;
      aantal: number | null;
      onderdrukt: boolean;
    }[];
    const counted = await federation.rows<{ activity: string; aantal: number }>(
      'dji',
      'SELECT processing_activity_id AS activity, count(*)::int AS aantal FROM processing_log_record GROUP BY 1',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const inLog = counted.find((count) => count.activity === verwerkingsactiviteit('dji', row.grondslag as never));
      expect(row).toEqual({
        maand: month,
        partij: 'dji',
        grondslag: row.grondslag,
        aantal: inLog && inLog.aantal >= 5 ? inLog.aantal : null,
        onderdrukt: !inLog || inLog.aantal < 5,
      });
    }
    expect(JSON.stringify(rows)).not.toMatch(/\d{9}/);
  });

  it('answers no one but the analists of the regiegroep and the inspectie', async () => {
    for (const caller of [
      { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' },
      betrokkene(scenario.person),
    ] as TokenClaims[]) {
      const response = await federation.ask(federation.stack.gatewayUrl, caller, REPORT, { m: month });
      expect([caller.org, errorCodes(response)]).toEqual([caller.org, ['ACCESS_DENIED']]);
    }
  });
});

describe('"mag ik dit delen?"', () => {
  const DRY_RUN = `query ($bsn: String!) { gemeenteMagIkDelen(betrokkene: { soort: BSN, nummer: $bsn }) { veld besluit grondslag beleid bronhouder } }`;

  it('answers from the declarations without reading, logs the question alone, and the person sees it in their trail', async () => {
    const gemeente = `gemeente:${scenario.dossier.gemeentecode}`;
    const { traceId, headers } = traced();
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      { org: gemeente, role: 'nazorgcoordinator', sub: 'nc-1' },
      DRY_RUN,
      { bsn: scenario.person.bsn },
      headers,
    );
    expect(response.errors).toBeUndefined();
    const velden = response.data?.['gemeenteMagIkDelen'] as {
      veld: string;
      besluit: string;
      bronhouder: string | null;
    }[];
    expect(velden).toContainEqual({
      veld: 'Nazorgdossier.status',
      besluit: 'PERMIT',
      grondslag: 'EIGEN_TAAK',
      beleid: verwerkingsactiviteit('gemeente', 'EIGEN_TAAK'),
      bronhouder: gemeente,
    });
    const decisions = await federation.rows<{ resource: string; decision: string; policy: string }>(
      'gemeente',
      'SELECT resource, decision, policy FROM access_decision WHERE trace_id = $1',
      [traceId],
    );
    expect(decisions).toEqual([
      {
        resource: 'Query.gemeenteMagIkDelen',
        decision: 'PERMIT',
        policy: verwerkingsactiviteit('gemeente', 'ART_5_LID_2_AVG'),
      },
    ]);
    const regels = await trail(federation, betrokkene(scenario.person), 'gemeente');
    expect(regels.filter((regel) => regel.traceId === traceId)).toEqual([
      expect.objectContaining({ organisatie: gemeente, grondslag: 'ART_5_LID_2_AVG' }),
    ]);
    // The asking gemeente's privacy officer finds the question in its own part of the log.
    const accounted = await federation.ask(
      federation.stack.gatewayUrl,
      { org: gemeente, role: 'privacy-officer', sub: 'po-gem' },
      `query ($trace: String!) { gemeenteToegangsbesluiten(traceId: $trace) { edges { node { resource besluit } } } }`,
      { trace: traceId },
    );
    expect(accounted.data?.['gemeenteToegangsbesluiten']).toEqual({
      edges: [{ node: { resource: 'Query.gemeenteMagIkDelen', besluit: 'PERMIT' } }],
    });
  });

  it('tells an unknown person as it tells one without a ground, refuses bad input and the betrokkene', async () => {
    const stranger: TokenClaims = { org: 'gemeente:1680', role: 'nazorgcoordinator', sub: 'nc-aa' };
    const held = await federation.ask(federation.stack.gatewayUrl, stranger, DRY_RUN, { bsn: scenario.person.bsn });
    const unknown = await federation.ask(federation.stack.gatewayUrl, stranger, DRY_RUN, { bsn: '999999990' });
    expect(held.errors).toBeUndefined();
    expect(unknown).toEqual(held);
    const invalid = await federation.ask(federation.stack.gatewayUrl, stranger, DRY_RUN, { bsn: '123456789' });
    expect(errorCodes(invalid)).toEqual(['INVALID_BSN']);
    const notSkn = await federation.ask(
      federation.stack.gatewayUrl,
      stranger,
      `{ djiMagIkDelen(betrokkene: { soort: SKN, nummer: "3000'; --" }) { veld } }`,
    );
    expect(errorCodes(notSkn)).toEqual(['INVALID_INPUT']);
    const asked = await federation.ask(federation.stack.gatewayUrl, betrokkene(scenario.person), DRY_RUN, {
      bsn: scenario.person.bsn,
    });
    expect(errorCodes(asked)).toEqual(['ACCESS_DENIED']);
  });
});
