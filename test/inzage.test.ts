import { randomBytes } from 'node:crypto';

import type { PartyName } from '@ketengraaf/parties';
import { demoPopulation, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { DemoPerson, TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * Inzage across the chain: a person's own trail at every party (AVG art. 15), what the burgemeester
 * withholds from it, the privacy officers' view of one question, the chain report of the logs, and
 * "mag ik dit delen?" logged as itself and nothing more.
 */
let federation: TestStack;
const persons = demoPopulation(300);

const TRAILS: Record<PartyName, string> = {
  dji: 'inzageDji',
  gemeente: 'inzageGemeente',
  reclassering: 'inzageReclassering',
  'om-burgemeester': 'inzageOmBurgemeester',
};
const PARTIES = Object.keys(TRAILS) as PartyName[];

interface Regel {
  readonly tijdstip: string;
  readonly organisatie: string;
  readonly verwerkingsactiviteit: string;
  readonly grondslag: string;
  readonly bronhouder: string | null;
  readonly traceId: string;
}

/** The demo person every party holds records of, and who at each party reads them. */
interface Scenario {
  readonly person: DemoPerson;
  readonly inrichting: string;
  readonly dossier: { id: string; gemeentecode: string };
  readonly toezicht: { id: string; organisatie: string };
  readonly parketnummer: string;
}
let scenario: Scenario;
/** A person with a BIJ-melding at a burgemeester, read by its OOV-adviseur. */
let bij: { person: DemoPerson; terugkeergemeente: string };
/** The trace of each party's read of the scenario's person, through the gateway. */
const reads = {} as Record<PartyName, string>;
let bijRead: string;

const betrokkene = (person: DemoPerson): TokenClaims => ({
  org: 'burger',
  role: 'betrokkene',
  sub: `digid-${person.skn}`,
  bsn: person.bsn,
  skn: person.skn,
});

function traced(): { traceId: string; headers: Record<string, string> } {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } };
}

async function readAs(caller: TokenClaims, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  const { traceId, headers } = traced();
  const response = await federation.ask(federation.stack.gatewayUrl, caller, query, variables, headers);
  expect(response.errors).toBeUndefined();
  return traceId;
}

const TRAIL_FIELDS = 'edges { node { tijdstip organisatie verwerkingsactiviteit grondslag bronhouder traceId } }';

async function trail(caller: TokenClaims, party: PartyName): Promise<Regel[]> {
  const response = await federation.ask(
    federation.stack.gatewayUrl,
    caller,
    `{ ${TRAILS[party]}(first: 100) { ${TRAIL_FIELDS} } }`,
  );
  expect(response.errors).toBeUndefined();
  return (response.data?.[TRAILS[party]] as { edges: { node: Regel }[] }).edges.map((edge) => edge.node);
}

const bySkn = (skn: string): DemoPerson => {
  const person = persons.find((candidate) => candidate.skn === skn);
  if (!person) throw new Error(`No demo person has strafrechtsketennummer ${skn}.`);
  return person;
};

beforeAll(async () => {
  federation = await startTestStack('inzage');
  const [held, dossiers, toezichten, zaken, bijMeldingen] = await Promise.all([
    federation.rows<{ id: string; inrichting: string }>(
      'dji',
      `SELECT justitiabele_id AS id, huidige_inrichting AS inrichting FROM verblijf WHERE status <> 'UITGESTROOMD'`,
    ),
    federation.rows<{ id: string; bsn: string; gemeentecode: string }>(
      'gemeente',
      `SELECT id, bsn, gemeentecode FROM nazorgdossier WHERE status = 'OPEN'`,
    ),
    federation.rows<{ id: string; justitiabele: string; organisatie: string }>(
      'reclassering',
      `SELECT id, justitiabele_id AS justitiabele, organisatie FROM toezicht`,
    ),
    federation.rows<{ justitiabele: string; parketnummer: string }>(
      'om-burgemeester',
      `SELECT justitiabele_id AS justitiabele, parketnummer FROM om.strafzaak`,
    ),
    federation.rows<{ justitiabele: string; terugkeergemeente: string }>(
      'om-burgemeester',
      `SELECT justitiabele_id AS justitiabele, terugkeergemeente FROM burgemeester.bij_melding ORDER BY justitiabele_id`,
    ),
  ]);
  const found = held
    .map(({ id, inrichting }) => {
      const person = bySkn(id);
      const dossier = dossiers.find((candidate) => candidate.bsn === person.bsn);
      const toezicht = toezichten.find((candidate) => candidate.justitiabele === id);
      const zaak = zaken.find((candidate) => candidate.justitiabele === id);
      return dossier && toezicht && zaak
        ? { person, inrichting, dossier, toezicht, parketnummer: zaak.parketnummer }
        : null;
    })
    .find((candidate) => candidate !== null);
  const [melding] = bijMeldingen;
  if (!found || !melding) throw new Error('The demo chain lacks a person held at all four parties, or a BIJ-melding.');
  scenario = found;
  bij = { person: bySkn(melding.justitiabele), terugkeergemeente: melding.terugkeergemeente };

  reads.dji = await readAs(
    { org: `dji:${scenario.inrichting}`, role: 'casemanager', sub: 'cm-1' },
    `query ($id: ID!) { justitiabele(id: $id) { bsn } }`,
    { id: scenario.person.skn },
  );
  reads.gemeente = await readAs(
    { org: `gemeente:${scenario.dossier.gemeentecode}`, role: 'nazorgcoordinator', sub: 'nc-1' },
    `query ($id: ID!) { nazorgdossier(id: $id) { status } }`,
    { id: scenario.dossier.id },
  );
  reads.reclassering = await readAs(
    { org: scenario.toezicht.organisatie, role: 'toezichthouder', sub: 'th-1' },
    `query ($id: ID!) { toezicht(id: $id) { organisatie } }`,
    { id: scenario.toezicht.id },
  );
  reads['om-burgemeester'] = await readAs(
    { org: 'om', role: 'officier', sub: 'ovj-1' },
    `query ($parketnummer: String!) { strafzaak(parketnummer: $parketnummer) { parketnummer } }`,
    { parketnummer: scenario.parketnummer },
  );
  bijRead = await readAs(
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
    const regels = await trail(betrokkene(bij.person), 'om-burgemeester');
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
    const regels = await trail(betrokkene(scenario.person), 'om-burgemeester');
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
      const regels = await trail(betrokkene(other()), party);
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

describe('one question across parties, for the privacy officers', () => {
  it('shows each party its own records of the trace, and another party’s privacy officer nothing', async () => {
    const gemeente = `gemeente:${scenario.dossier.gemeentecode}`;
    const traceId = await readAs(
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
    const regels = await trail(betrokkene(scenario.person), 'gemeente');
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
