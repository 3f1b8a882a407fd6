import { randomBytes } from 'node:crypto';

import { DEMO_REFERENCE_DATE, pseudonym, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { deniedPaths } from '@ketengraaf/subgraph-kit/testing';

import { gatewayOf } from './keten-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * What one page of each werkvoorraad with its signals costs through the gateway: the fetches the
 * gateway makes to each subgraph (its /metrics) and the SQL statements each subgraph sends.
 * Both must not grow with the page size.
 */
let federation: TestStack;

const CASEMANAGER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-meting' };
const OOV: TokenClaims = { org: 'burgemeester:0344', role: 'oov-adviseur', sub: 'oov-meting' };
const OFFICIER: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-meting' };
const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-meting' };
let toezichthouder: TokenClaims;

beforeAll(async () => {
  // Without dispatchers: their polling would be counted with the question's statements.
  federation = await startTestStack('werkvoorraad_fetches', { vandaag: DEMO_REFERENCE_DATE, dispatch: false });
  // These tests count, not scope: each werkvoorraad is made to hold most of the demo chain.
  await federation.rows('dji', `UPDATE verblijf SET huidige_inrichting = 'PI-VUGHT'`);
  // Every dossier notified by that inrichting, so every page holds persons whose dossier it may see.
  await federation.rows('gemeente', `UPDATE nazorgdossier SET aangemeld_door = 'dji:PI-VUGHT'`);
  await federation.rows('om-burgemeester', `UPDATE burgemeester.bij_melding SET terugkeergemeente = '0344'`);
  const [busiest] = await federation.rows<{ organisatie: string }>(
    'reclassering',
    `SELECT organisatie FROM toezicht WHERE status = 'LOPEND' GROUP BY organisatie ORDER BY count(*) DESC LIMIT 1`,
  );
  toezichthouder = { org: busiest?.organisatie ?? '', role: 'toezichthouder', sub: 'th-meting' };
  await federation.rows(
    'reclassering',
    `UPDATE toezicht SET toezichthouder_gebruiker = 'th-meting' WHERE status = 'LOPEND' AND organisatie = $1`,
    [toezichthouder.org],
  );
  // Every person's last stay current, with that organisation involved: every item of a page then
  // has the same shape at DJI (a stay whose signals it may see), on a page of 5 as on one of 50.
  await federation.rows(
    'dji',
    `UPDATE verblijf v SET status = 'BINNEN', uitstroomdatum = NULL
      WHERE v.status = 'UITGESTROOMD'
        AND NOT EXISTS (SELECT 1 FROM verblijf o WHERE o.justitiabele_id = v.justitiabele_id AND o.status <> 'UITGESTROOMD')
        AND v.instroomdatum = (SELECT max(l.instroomdatum) FROM verblijf l WHERE l.justitiabele_id = v.justitiabele_id)`,
  );
  await federation.rows(
    'dji',
    `INSERT INTO betrokken_organisatie (verblijf_id, organisatie, aanleiding, datum)
     SELECT id, $1, 'TOEZICHT', instroomdatum FROM verblijf WHERE status <> 'UITGESTROOMD' ON CONFLICT DO NOTHING`,
    [toezichthouder.org],
  );
}, 180_000);

afterAll(() => federation.stop());

/**
 * Justid's BIJ desk's page at DJI as a client would ask it: what art. 11a Bjsg gives the desk (the
 * stay's instroom, expected uitstroom and gemeente of return, the person's joined signals and the
 * melding due), and beside it what it does not give: the item's own signals, the stay's origin and
 * title, the person's BSN, personalia, detention and nazorg signals.
 */
const BIJ_DESK_PAGE = `query ($first: Int!) { verblijfWerkvoorraad(soort: BIJ_MELDING_VERWACHT, first: $first) { edges { node {
  urgentie signalen { soort } verblijf { instroomdatum verwachteUitstroomdatum terugkeer { gemeentecode } herkomst { gemeentecode } titel }
  justitiabele { id bsn personalia { achternaam } bijVerwachtSignalen { status } detentieSignalen { soort } nazorgSignalen { soort } signalen { soort eigenaar } }
} } } }`;

const WERKVOORRADEN: { name: string; caller: () => TokenClaims; field: string; query: string }[] = [
  {
    name: "the casemanager's verblijfWerkvoorraad",
    caller: () => CASEMANAGER,
    field: 'verblijfWerkvoorraad',
    query: `query ($first: Int!) { verblijfWerkvoorraad(first: $first) { edges { node {
      urgentie signalen { soort status deadline } verblijf { instroomdatum }
      justitiabele { id bsn detentieSignalen { soort status } nazorgSignalen { soort status } regie { fase casusregie } }
    } } } }`,
  },
  {
    name: "the toezichthouder's werkvoorraad",
    caller: () => toezichthouder,
    field: 'werkvoorraad',
    query: `query ($first: Int!) { werkvoorraad(first: $first) { edges { node {
      begindatum bijzondereVoorwaarden { type }
      justitiabele { id detentieSignalen { soort status } huidigVerblijf { instroomdatum } }
    } } } }`,
  },
  {
    name: "the OOV-adviseur's bijWerkvoorraad",
    caller: () => OOV,
    field: 'bijWerkvoorraad',
    query: `query ($first: Int!) { bijWerkvoorraad(first: $first) { edges { node {
      terugkeerdatum signalen { soort status }
      justitiabele { id bijSignalen { status } detentieSignalen { soort } }
    } } } }`,
  },
  {
    name: "Justid's BIJ desk's verblijfWerkvoorraad, its refused fields asked too,",
    caller: () => JUSTID,
    field: 'verblijfWerkvoorraad',
    query: BIJ_DESK_PAGE,
  },
  {
    name: "the officier's zaakWerkvoorraad, with every party's signals joined",
    caller: () => OFFICIER,
    field: 'zaakWerkvoorraad',
    query: `query ($first: Int!) { zaakWerkvoorraad(first: $first) { edges { node {
      urgentie signalen { soort status deadline } strafzaak { parketnummer }
      justitiabele { id zaakSignalen { soort } signalen { soort status eigenaar } }
    } } } }`,
  },
];

/** The gateway's fetches so far, per subgraph, from its /metrics. */
async function fetchesSoFar(): Promise<Record<string, number>> {
  const text = await (await fetch(federation.stack.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
  const counts: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const match = /^ketengraaf_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="([^"]+)"[^}]*\} (\d+)/.exec(line);
    if (match?.[1]) counts[match[1]] = (counts[match[1]] ?? 0) + Number(match[2]);
  }
  return counts;
}

interface Cost {
  readonly items: number;
  readonly fetches: Record<string, number>;
  readonly statements: Record<string, number>;
}

/** One page of `first` items: how many, and what it cost each subgraph. */
async function cost(werkvoorraad: (typeof WERKVOORRADEN)[number], first: number): Promise<Cost> {
  const statements = Object.fromEntries(parties.map((party) => [party, 0])) as Record<PartyName, number>;
  const stop = parties.map((party) =>
    federation.stack.statements[party].listen(() => {
      statements[party] += 1;
    }),
  );
  const before = await fetchesSoFar();
  try {
    const response = await federation.ask(federation.stack.gatewayUrl, werkvoorraad.caller(), werkvoorraad.query, {
      first,
    });
    const page = response.data?.[werkvoorraad.field] as { edges: unknown[] } | null;
    const after = await fetchesSoFar();
    const fetches = Object.fromEntries(
      Object.entries(after)
        .map(([subgraph, count]) => [subgraph, count - (before[subgraph] ?? 0)] as const)
        .filter(([, count]) => count > 0),
    );
    return { items: page?.edges.length ?? 0, fetches, statements };
  } finally {
    for (const stopListening of stop) stopListening();
  }
}

describe('a werkvoorraad page with signals', () => {
  it.each(WERKVOORRADEN.map((werkvoorraad) => [werkvoorraad.name, werkvoorraad] as const))(
    '%s costs the same fetches per subgraph and SQL statements per subgraph for 5 items as for 50',
    async (_name, werkvoorraad) => {
      await cost(werkvoorraad, 5); // warm: the first question of a kind also loads what later ones share
      await cost(werkvoorraad, 50); // and the first log naming a field or kind numbers it, once per process
      const small = await cost(werkvoorraad, 5);
      const large = await cost(werkvoorraad, 50);
      expect(small.items).toBe(5);
      expect(large.items).toBeGreaterThanOrEqual(3 * small.items);
      expect(large.fetches).toEqual(small.fetches);
      expect(large.statements).toEqual(small.statements);
    },
  );
});

describe("Justid's BIJ desk on its werkvoorraad at DJI", () => {
  it('gets of each item only what art. 11a Bjsg gives it, each refusal named, and is logged by DJI and OM alone, DJI naming every field read and refused of every person', async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await gatewayOf(() => federation)(JUSTID, BIJ_DESK_PAGE, { first: 50 }, traceId);
    const nodes = (
      response.data?.['verblijfWerkvoorraad'] as {
        edges: {
          node: {
            urgentie: string;
            signalen: null;
            verblijf: { herkomst: null; titel: null; terugkeer: { gemeentecode: string } };
            justitiabele: {
              id: string;
              bsn: null;
              personalia: null;
              bijVerwachtSignalen: unknown[] | null;
              detentieSignalen: null;
              nazorgSignalen: null;
              signalen: { soort: string; eigenaar: string }[];
            };
          };
        }[];
      }
    ).edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThanOrEqual(15);
    for (const node of nodes) {
      expect(node).toMatchObject({
        signalen: null,
        verblijf: { herkomst: null, titel: null },
        justitiabele: { bsn: null, personalia: null, detentieSignalen: null, nazorgSignalen: null },
      });
      // Of the joined signals only OM's melding due, for a person in the BIJ target group: no
      // party's deadline of the re-integration.
      expect(node.justitiabele.signalen.every((signaal) => signaal.soort === 'BIJ_MELDING_VERWACHT')).toBe(true);
      expect(node.justitiabele.signalen).toHaveLength(node.justitiabele.bijVerwachtSignalen?.length ?? 0);
      // Only stays returning to a gemeente taking part whose melding comes due within the month.
      expect(node.verblijf.terugkeer.gemeentecode).not.toBe('0080');
      expect(node.urgentie <= '2026-12-01').toBe(true);
    }
    expect(nodes.some((node) => node.justitiabele.signalen.length > 0)).toBe(true);
    expect(nodes.some((node) => node.justitiabele.bijVerwachtSignalen === null)).toBe(true);
    expect(new Set(response.errors?.map((error) => error.extensions?.['code']))).toEqual(new Set(['ACCESS_DENIED']));
    expect(new Set([...deniedPaths(response)].map((path) => path.replace(/\.\d+\./g, '.*.')))).toEqual(
      new Set([
        'verblijfWerkvoorraad.edges.*.node.signalen',
        'verblijfWerkvoorraad.edges.*.node.verblijf.herkomst',
        'verblijfWerkvoorraad.edges.*.node.verblijf.titel',
        'verblijfWerkvoorraad.edges.*.node.justitiabele.bsn',
        'verblijfWerkvoorraad.edges.*.node.justitiabele.personalia',
        'verblijfWerkvoorraad.edges.*.node.justitiabele.detentieSignalen',
        // The gemeente has no ground for the desk at all: its part, the nazorgSignalen, refused as the whole person.
        'verblijfWerkvoorraad.edges.*.node.justitiabele',
        // OM's melding due, for the persons outside the BIJ target group.
        'verblijfWerkvoorraad.edges.*.node.justitiabele.bijVerwachtSignalen',
      ]),
    );
    const logged = (party: PartyName) =>
      federation.rows<{ activity: string; processor: string }>(
        party,
        `SELECT DISTINCT processing_activity_id AS activity, foreign_operation_processor AS processor
           FROM processing_log_record WHERE trace_id = $1`,
        [traceId],
      );
    for (const party of ['dji', 'om-burgemeester'] as const) {
      expect(await logged(party)).toEqual([
        { activity: verwerkingsactiviteit(party, 'ART_11A_BJSG'), processor: 'justid' },
      ]);
    }
    for (const party of ['gemeente', 'reclassering'] as const) {
      expect(await logged(party)).toEqual([]);
    }

    // DJI's decisions, one set per person, ground and outcome: every person of the page has each
    // field read and each refusal recorded, as every other person, and no one else is named.
    const decisions = await federation.rows<{ subject: string | null; resource: string; decision: string }>(
      'dji',
      `SELECT data_subject_id AS subject, resource, decision || ' ' || policy AS decision
         FROM access_decision WHERE trace_id = $1 ORDER BY resource, decision`,
      [traceId],
    );
    const ofPerson = (subject: string) =>
      decisions.filter((row) => row.subject === subject).map(({ resource, decision }) => `${decision} ${resource}`);
    const subjects = nodes.map(({ justitiabele }) =>
      pseudonym(federation.pseudonymKeys.dji, { soort: 'SKN', nummer: justitiabele.id }),
    );
    const permit = `PERMIT ${verwerkingsactiviteit('dji', 'ART_11A_BJSG')}`;
    const deny = 'DENY no-legal-ground';
    // With the stays' dates the gemeente's joined signals `@requires` (huidigVerblijf, laatsteVerblijf).
    const everyone = [
      `${deny} Justitiabele.bsn`,
      `${deny} Justitiabele.detentieSignalen`,
      `${permit} Justitiabele.huidigVerblijf`,
      `${permit} Justitiabele.id`,
      `${deny} Justitiabele.laatsteVerblijf`,
      `${deny} Justitiabele.personalia`,
      `${permit} Verblijf`,
      `${deny} Verblijf.herkomst`,
      `${permit} Verblijf.instroomdatum`,
      `${permit} Verblijf.terugkeer`,
      `${deny} Verblijf.titel`,
      `${permit} Verblijf.verwachteUitstroomdatum`,
      `${permit} WerkvoorraadItem`,
      `${permit} WerkvoorraadItem.justitiabele`,
      `${deny} WerkvoorraadItem.signalen`,
      `${permit} WerkvoorraadItem.urgentie`,
      `${permit} WerkvoorraadItem.verblijf`,
    ];
    for (const subject of subjects) {
      expect(ofPerson(subject)).toEqual(everyone);
    }
    expect(new Set(decisions.map((row) => row.subject))).toEqual(new Set(subjects));
  });
});
