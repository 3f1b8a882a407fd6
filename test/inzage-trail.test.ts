import type { PartyName } from '@ketengraaf/parties';
import { verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { DemoPerson, TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes } from '@ketengraaf/subgraph-kit/testing';

import {
  betrokkene,
  findScenario,
  PARTIES,
  persons,
  readAs,
  traced,
  trail,
  TRAIL_FIELDS,
  TRAILS,
} from './inzage-fixtures';
import type { BijScenario, Regel, Scenario } from './inzage-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * A person's own trail across the chain (AVG art. 15): what each party shows them, what the
 * burgemeester and OM's disclosures withhold from it, and that no one reads another person's.
 */
let federation: TestStack;
let scenario: Scenario;
let bij: BijScenario;
/** The trace of each party's read of the scenario's person, through the gateway. */
const reads = {} as Record<PartyName, string>;
let bijRead: string;

beforeAll(async () => {
  federation = await startTestStack('inzage');
  ({ scenario, bij } = await findScenario(federation));
  reads.dji = await readAs(
    federation,
    { org: `dji:${scenario.inrichting}`, role: 'casemanager', sub: 'cm-1' },
    `query ($id: ID!) { justitiabele(id: $id) { bsn } }`,
    { id: scenario.person.skn },
  );
  reads.gemeente = await readAs(
    federation,
    { org: `gemeente:${scenario.dossier.gemeentecode}`, role: 'nazorgcoordinator', sub: 'nc-1' },
    `query ($id: ID!) { nazorgdossier(id: $id) { status } }`,
    { id: scenario.dossier.id },
  );
  reads.reclassering = await readAs(
    federation,
    { org: scenario.toezicht.organisatie, role: 'toezichthouder', sub: 'th-1' },
    `query ($id: ID!) { toezicht(id: $id) { organisatie } }`,
    { id: scenario.toezicht.id },
  );
  reads['om-burgemeester'] = await readAs(
    federation,
    { org: 'om', role: 'officier', sub: 'ovj-1' },
    `query ($parketnummer: String!) { strafzaak(parketnummer: $parketnummer) { parketnummer } }`,
    { parketnummer: scenario.parketnummer },
  );
  bijRead = await readAs(
    federation,
    { org: `burgemeester:${bij.terugkeergemeente}`, role: 'oov-adviseur', sub: 'oov-1' },
    `{ bijWerkvoorraad(first: 100) { edges { node { terugkeerdatum } } } }`,
  );
}, 120_000);

afterAll(() => federation.stop());

describe("a person's own trail across the four parties (AVG art. 15)", () => {
  it('shows, at each party, which organisation processed their data, on which ground, when, in one question', async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      betrokkene(scenario.person),
      `{ ${PARTIES.map((party) => `${TRAILS[party]}(first: 100) { ${TRAIL_FIELDS} }`).join(' ')} }`,
    );
    expect(response.errors).toBeUndefined();
    const expected: Record<PartyName, Partial<Regel>> = {
      dji: { organisatie: `dji:${scenario.inrichting}`, grondslag: 'EIGEN_TAAK' },
      gemeente: {
        organisatie: `gemeente:${scenario.dossier.gemeentecode}`,
        grondslag: 'EIGEN_TAAK',
        bronhouder: `gemeente:${scenario.dossier.gemeentecode}`,
      },
      reclassering: { organisatie: scenario.toezicht.organisatie, grondslag: 'EIGEN_TAAK' },
      'om-burgemeester': { organisatie: 'om', grondslag: 'EIGEN_TAAK', bronhouder: 'om' },
    };
    for (const party of PARTIES) {
      const regels = (response.data?.[TRAILS[party]] as { edges: { node: Regel }[] }).edges.map((edge) => edge.node);
      expect([party, regels.filter((regel) => regel.traceId === reads[party])]).toEqual([
        party,
        [
          expect.objectContaining({
            ...expected[party],
            verwerkingsactiviteit: verwerkingsactiviteit(party, 'EIGEN_TAAK'),
            tijdstip: expect.any(String),
          }),
        ],
      ]);
      // Each party answers from its own log: no other party's read is in its trail.
      const others = PARTIES.filter((other) => other !== party).map((other) => reads[other]);
      expect(regels.filter((regel) => others.includes(regel.traceId))).toEqual([]);
    }
    // The answer holds no plain number of the person, nor any employee.
    expect(JSON.stringify(response.data)).not.toMatch(new RegExp(`${scenario.person.bsn}|cm-1|nc-1|th-1|ovj-1`));
  });

  it('is asked of each party alone: the others log nothing of it, the one asked logs it under art. 15 AVG', async () => {
    const { traceId, headers } = traced();
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      betrokkene(scenario.person),
      `{ inzageDji(first: 5) { ${TRAIL_FIELDS} } }`,
      {},
      headers,
    );
    expect(response.errors).toBeUndefined();
    for (const party of PARTIES.filter((other) => other !== 'dji')) {
      const logged = await federation.rows(
        party,
        `SELECT trace_id FROM processing_audit_record WHERE trace_id = $1
         UNION ALL SELECT trace_id FROM access_decision WHERE trace_id = $1
         UNION ALL SELECT trace_id FROM processing_log_record WHERE trace_id = $1`,
        [traceId],
      );
      expect([party, logged]).toEqual([party, []]);
    }
    const decisions = await federation.rows<{ resource: string; decision: string; policy: string }>(
      'dji',
      'SELECT resource, decision, policy FROM access_decision WHERE trace_id = $1',
      [traceId],
    );
    expect(decisions).toEqual([
      { resource: 'Query.inzageDji', decision: 'PERMIT', policy: verwerkingsactiviteit('dji', 'ART_15_AVG') },
    ]);
    const audit = await federation.rows<{ user_id: string; organisation: string }>(
      'dji',
      'SELECT user_id, organisation FROM processing_audit_record WHERE trace_id = $1',
      [traceId],
    );
    expect(audit).toEqual([{ user_id: `digid-${scenario.person.skn}`, organisation: 'burger' }]);
  });

  it("withholds the burgemeester's BIJ data, which its privacy officer does see", async () => {
    const officer: TokenClaims = {
      org: `burgemeester:${bij.terugkeergemeente}`,
      role: 'privacy-officer',
      sub: 'po-bgm',
    };
    const logged = await federation.ask(
      federation.stack.gatewayUrl,
      officer,
      `query ($trace: String!) { omBurgemeesterVerwerkingen(filter: { traceId: $trace }, first: 100) { edges { node { id } } } }`,
      { trace: bijRead },
    );
    expect(
      (logged.data?.['omBurgemeesterVerwerkingen'] as { edges: unknown[] } | undefined)?.edges.length,
    ).toBeGreaterThan(0);
    const regels = await trail(federation, betrokkene(bij.person), 'om-burgemeester');
    expect(regels.filter((regel) => regel.traceId === bijRead)).toEqual([]);
    expect(regels.filter((regel) => regel.bronhouder?.startsWith('burgemeester:'))).toEqual([]);
    expect(regels.filter((regel) => ['ART_11A_BJSG', 'AANWIJZING_WJSG'].includes(regel.grondslag))).toEqual([]);
  });
});

describe("OM's disclosures to a burgemeester", () => {
  it('are left out of the trail, though OM/burgemeester logs their reads under the Aanwijzing WJSG', async () => {
    const officier: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };
    const zaak = await federation.ask(
      federation.stack.gatewayUrl,
      officier,
      `query ($parketnummer: String!) { strafzaak(parketnummer: $parketnummer) { id } }`,
      { parketnummer: scenario.parketnummer },
    );
    const zaakId = (zaak.data?.['strafzaak'] as { id: string }).id;
    const made = await federation.ask(
      federation.stack.gatewayUrl,
      officier,
      `mutation ($input: VerstrekkingInput!) { registreerVerstrekking(input: $input) { id } }`,
      {
        input: {
          zaakId,
          burgemeester: 'burgemeester:0363',
          besluit: 'VERSTREKT',
          reden: 'Nodig voor de openbare orde bij terugkeer',
          datum: '2026-02-01',
          onderdelen: ['DELICTCATEGORIE'],
        },
      },
    );
    expect(made.errors).toBeUndefined();
    const { traceId, headers } = traced();
    const read = await federation.ask(
      federation.stack.subgraphUrls['om-burgemeester'],
      { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-ams' },
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { verstrekkingen { delictcategorie } } } }`,
      { r: [{ __typename: 'Justitiabele', id: scenario.person.skn }] },
      headers,
    );
    expect(read.errors).toBeUndefined();
    const logged = await federation.rows<{ activity: string }>(
      'om-burgemeester',
      'SELECT DISTINCT processing_activity_id AS activity FROM processing_log_record WHERE trace_id = $1',
      [traceId],
    );
    expect(logged).toEqual([{ activity: verwerkingsactiviteit('om-burgemeester', 'AANWIJZING_WJSG') }]);
    const regels = await trail(federation, betrokkene(scenario.person), 'om-burgemeester');
    expect(regels.filter((regel) => regel.traceId === traceId)).toEqual([]);
    // The officier's own decision to disclose is OM's own task, and shows.
    expect(regels.some((regel) => regel.organisatie === 'om' && regel.grondslag === 'EIGEN_TAAK')).toBe(true);
  });
});

describe("no one reads another person's trail", () => {
  const other = (): DemoPerson => {
    const person = persons.find(
      (candidate) => candidate.skn !== scenario.person.skn && candidate.bsn !== bij.person.bsn,
    );
    if (!person) throw new Error('The demo population has one person only.');
    return person;
  };

  it("has no argument to name another person: another betrokkene's trail holds none of these reads", async () => {
    for (const party of PARTIES) {
      const regels = await trail(federation, betrokkene(other()), party);
      expect([party, regels.filter((regel) => Object.values(reads).includes(regel.traceId))]).toEqual([party, []]);
    }
  });

  it('refuses a betrokkene every other path to a person: root, _entities, the processing log', async () => {
    const caller = betrokkene(scenario.person);
    const someone = other();
    const root = await federation.ask(
      federation.stack.gatewayUrl,
      caller,
      `query ($id: ID!) { justitiabele(id: $id) { bsn } }`,
      { id: someone.skn },
    );
    expect(root.data?.['justitiabele']).toBeNull();
    expect(errorCodes(root)).toEqual(['ACCESS_DENIED']);
    const entities = await federation.ask(
      federation.stack.subgraphUrls.dji,
      caller,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { bsn } } }`,
      { r: [{ __typename: 'Justitiabele', id: someone.skn }] },
    );
    expect(entities.data?.['_entities']).toEqual([null]);
    expect(errorCodes(entities)).toEqual(['ACCESS_DENIED']);
    for (const [party, query] of [
      ['dji', 'djiVerwerkingen'],
      ['gemeente', 'gemeenteVerwerkingen'],
    ] as const) {
      const search = await federation.ask(
        federation.stack.subgraphUrls[party],
        caller,
        `query ($bsn: String!) { ${query}(filter: { betrokkene: { soort: BSN, nummer: $bsn } }) { edges { node { id } } } }`,
        { bsn: someone.bsn },
      );
      expect([party, errorCodes(search)]).toEqual([party, ['ACCESS_DENIED']]);
    }
  });

  it.each(PARTIES)('refuses the %s trail to anyone but the person, recorded', async (party) => {
    const { traceId, headers } = traced();
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      { org: 'gemeente:0363', role: 'privacy-officer', sub: 'po-0363' },
      `{ ${TRAILS[party]} { ${TRAIL_FIELDS} } }`,
      {},
      headers,
    );
    expect(response.data).toBeNull();
    expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
    const decisions = await federation.rows<{ resource: string; decision: string }>(
      party,
      'SELECT resource, decision FROM access_decision WHERE trace_id = $1',
      [traceId],
    );
    expect(decisions).toEqual([{ resource: `Query.${TRAILS[party]}`, decision: 'DENY' }]);
  });

  it("refuses a token naming a person that is not a betrokkene's, and a betrokkene's without a valid BSN", async () => {
    const withBsn = await federation.ask(
      federation.stack.gatewayUrl,
      { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-1', bsn: scenario.person.bsn },
      '{ inzageGemeente { edges { node { traceId } } } }',
    );
    expect(errorCodes(withBsn)).toEqual(['UNAUTHENTICATED']);
    const noBsn = await federation.ask(
      federation.stack.gatewayUrl,
      { org: 'burger', role: 'betrokkene', sub: 'digid-x', bsn: '123456789' },
      '{ inzageGemeente { edges { node { traceId } } } }',
    );
    expect(errorCodes(noBsn)).toEqual(['UNAUTHENTICATED']);
  });
});
