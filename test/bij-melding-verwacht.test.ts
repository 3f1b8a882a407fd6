import { randomBytes } from 'node:crypto';

import { DEMO_REFERENCE_DATE, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { deniedPaths } from '@ketengraaf/subgraph-kit/testing';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER, mutate, personMaker, SIGNAAL } from './werkstroom-fixtures';
import type { Constructed, Signaal } from './werkstroom-fixtures';

/**
 * The BIJ-melding due before it arrives (`BIJ_MELDING_VERWACHT`): OM's BIJ target group against
 * DJI's expected uitstroom and gemeente of return by `@requires`, for Justid's BIJ desk, counted
 * from the demo's reference day (2026-11-01), through the gateway.
 */
let federation: TestStack;
const person = personMaker(() => federation, 3_700_000_001);

const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-bij' };
const OOV_UTRECHT: TokenClaims = { org: 'burgemeester:0344', role: 'oov-adviseur', sub: 'oov-utrecht' };
const OOV_ROTTERDAM: TokenClaims = { org: 'burgemeester:0599', role: 'oov-adviseur', sub: 'oov-rotterdam' };
const OOV_LEEUWARDEN: TokenClaims = { org: 'burgemeester:0080', role: 'oov-adviseur', sub: 'oov-leeuwarden' };
const NAZORG_UTRECHT: TokenClaims = { org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-utrecht' };
const TOEZICHTHOUDER: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' };
const OFFICIER: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj' };

/** Each returning to Utrecht (taking part in BIJ) unless said otherwise, counted from 2026-11-01. */
let open: Constructed;
let teLaat: Constructed;
let nietHaalbaar: Constructed;
let gemeld: Constructed;
let buitenDoelgroep: Constructed;
let nietDeelnemend: Constructed;

/** OM's case against a constructed person: what puts them in the BIJ target group, or not. */
async function strafzaak(of: Constructed, delictcategorie: string): Promise<void> {
  await federation.rows(
    'om-burgemeester',
    `INSERT INTO om.strafzaak (justitiabele_id, parketnummer, delictcategorie) VALUES ($1, $2, $3)`,
    [of.id, `99/${of.id}-26`, delictcategorie],
  );
}

async function ontvangBijMelding(of: Constructed, ontvangenOp: string, terugkeerdatum: string): Promise<void> {
  await mutate(
    federation,
    JUSTID,
    `mutation ($input: BijMeldingInput!) { ontvangBijMelding(input: $input) { nieuw } }`,
    {
      kenmerk: `BIJ-VERWACHT-${of.id}`,
      justitiabeleId: of.id,
      soort: 'TERUGKEER',
      terugkeerdatum,
      terugkeergemeente: '0344',
      delictcategorie: 'ZEDEN',
      grondslag: 'VEROORDELING',
      onherroepelijk: true,
      gemeenteNeemtDeel: true,
      ontvangenOp,
    },
  );
}

function gateway(caller: TokenClaims, query: string, variables: Record<string, unknown> = {}, traceId?: string) {
  const headers: Record<string, string> = traceId
    ? { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` }
    : {};
  return federation.ask(federation.stack.gatewayUrl, caller, query, variables, headers);
}

/** The person as Justid reaches it at DJI: its joined `signalen` and OM's part on its own. */
async function justidSees(of: Constructed): Promise<{ signalen: Signaal[]; bijVerwachtSignalen: Signaal[] }> {
  const response = await gateway(
    JUSTID,
    `query ($id: ID!) { justitiabele(id: $id) { signalen ${SIGNAAL} bijVerwachtSignalen ${SIGNAAL} } }`,
    { id: of.id },
  );
  expect(response.errors).toBeUndefined();
  return response.data?.['justitiabele'] as { signalen: Signaal[]; bijVerwachtSignalen: Signaal[] };
}

const verwacht = (deadline: string, status: string, afgerondOp: string | null = null): Signaal => ({
  soort: 'BIJ_MELDING_VERWACHT',
  deadline,
  status,
  afgerondOp,
  eigenaar: 'om',
  grondslag: 'ART_11A_BJSG',
});

beforeAll(async () => {
  federation = await startTestStack('bij_melding_verwacht', { vandaag: DEMO_REFERENCE_DATE, dispatch: false });
  // Due 2026-11-21: within the BIJ desk's month ahead.
  open = await person({ instroomdatum: '2026-06-01', verwachteUitstroomdatum: '2027-01-20' });
  // Due 2026-10-02, a month ago.
  teLaat = await person({ instroomdatum: '2026-03-01', verwachteUitstroomdatum: '2026-12-01' });
  // Due 2026-10-11, before the instroom of 2026-10-20: a stay shorter than the norm.
  nietHaalbaar = await person({ instroomdatum: '2026-10-20', verwachteUitstroomdatum: '2026-12-10' });
  gemeld = await person({ instroomdatum: '2026-03-01', verwachteUitstroomdatum: '2026-12-05' });
  buitenDoelgroep = await person({ instroomdatum: '2026-03-01', verwachteUitstroomdatum: '2026-12-01' });
  nietDeelnemend = await person({
    instroomdatum: '2026-03-01',
    verwachteUitstroomdatum: '2026-12-01',
    terugkeer: '0080',
  });
  for (const of of [open, teLaat, nietHaalbaar, gemeld, nietDeelnemend]) {
    await strafzaak(of, 'ZEDEN');
  }
  await strafzaak(buitenDoelgroep, 'VERMOGEN');
}, 180_000);

afterAll(() => federation.stop());

describe("Justid's BIJ desk sees the melding due before it arrives", () => {
  it('as OPEN, TE_LAAT or NIET_HAALBAAR from DJI’s expected uitstroom, 60 days before it', async () => {
    expect((await justidSees(open)).bijVerwachtSignalen).toEqual([verwacht('2026-11-21', 'OPEN')]);
    expect((await justidSees(teLaat)).bijVerwachtSignalen).toEqual([verwacht('2026-10-02', 'TE_LAAT')]);
    expect((await justidSees(nietHaalbaar)).bijVerwachtSignalen).toEqual([verwacht('2026-10-11', 'NIET_HAALBAAR')]);
  });

  it('as AFGEROND once the melding reached the burgemeester, TE_LAAT before', async () => {
    expect((await justidSees(gemeld)).signalen).toEqual([verwacht('2026-10-06', 'TE_LAAT')]);
    await ontvangBijMelding(gemeld, '2026-10-25', '2026-12-05');
    expect((await justidSees(gemeld)).signalen).toEqual([verwacht('2026-10-06', 'AFGEROND', '2026-10-25')]);
  });

  it('not at all for a person outside the target group, nor for a return to a gemeente not taking part', async () => {
    expect((await justidSees(nietDeelnemend)).bijVerwachtSignalen).toEqual([]);
    const response = await gateway(
      JUSTID,
      `query ($id: ID!) { justitiabele(id: $id) { signalen ${SIGNAAL} bijVerwachtSignalen ${SIGNAAL} } }`,
      { id: buitenDoelgroep.id },
    );
    const justitiabele = response.data?.['justitiabele'] as { signalen: Signaal[]; bijVerwachtSignalen: null };
    expect(justitiabele).toEqual({ signalen: [], bijVerwachtSignalen: null });
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    expect(deniedPaths(response)).toEqual(new Set(['justitiabele.bijVerwachtSignalen']));
  });

  it('on its werkvoorraad at DJI, by deadline, with the joined signals, and the demo chain has overdue ones', async () => {
    const response = await gateway(
      JUSTID,
      `{ verblijfWerkvoorraad(soort: BIJ_MELDING_VERWACHT, first: 100) { edges { node {
          urgentie verblijf { instroomdatum verwachteUitstroomdatum terugkeer { gemeentecode } }
          justitiabele { id signalen ${SIGNAAL} } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const nodes = (
      response.data?.['verblijfWerkvoorraad'] as {
        edges: { node: { urgentie: string; verblijf: unknown; justitiabele: { id: string; signalen: Signaal[] } } }[];
      }
    ).edges.map((edge) => edge.node);
    const urgenties = nodes.map((node) => node.urgentie);
    expect(urgenties).toEqual([...urgenties].sort());
    expect(urgenties.every((urgentie) => urgentie <= '2026-12-01')).toBe(true);
    const of = (constructed: Constructed) => nodes.find((node) => node.justitiabele.id === constructed.id);
    expect(of(open)?.urgentie).toBe('2026-11-21');
    expect(of(open)?.verblijf).toEqual({
      instroomdatum: '2026-06-01',
      verwachteUitstroomdatum: '2027-01-20',
      terugkeer: { gemeentecode: '0344' },
    });
    expect(of(teLaat)?.justitiabele.signalen).toEqual([verwacht('2026-10-02', 'TE_LAAT')]);
    expect(of(buitenDoelgroep)?.justitiabele.signalen).toEqual([]);
    // A return to a gemeente not taking part is no BIJ-melding due: DJI leaves it out.
    expect(of(nietDeelnemend)).toBeUndefined();
    // Keyset pages: the second continues where the first ended.
    const page = async (after: string | null) => {
      const answer = await gateway(
        JUSTID,
        `query ($after: String) { verblijfWerkvoorraad(soort: BIJ_MELDING_VERWACHT, first: 2, after: $after) {
            pageInfo { endCursor } edges { node { urgentie } } } }`,
        { after },
      );
      return answer.data?.['verblijfWerkvoorraad'] as {
        pageInfo: { endCursor: string };
        edges: { node: { urgentie: string } }[];
      };
    };
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((edge) => edge.node.urgentie)).toEqual(urgenties.slice(0, 4));
    const demo = nodes.filter((node) => !node.justitiabele.id.startsWith('37'));
    expect(demo.flatMap((node) => node.justitiabele.signalen).some((signaal) => signaal.status === 'TE_LAAT')).toBe(
      true,
    );
  });

  it('reads of DJI only the stay’s instroom, expected uitstroom and gemeente of return, logged on art. 11a Bjsg', async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await gateway(
      JUSTID,
      `query ($id: ID!) { justitiabele(id: $id) {
          id bsn personalia { achternaam } verblijven { id }
          huidigVerblijf { instroomdatum verwachteUitstroomdatum terugkeer { gemeentecode } herkomst { gemeentecode } viDatum titel }
          bijVerwachtSignalen { status } detentieSignalen { status } strafzaken { delictcategorie } bijMeldingen { kenmerk }
          signalen { status }
        } }`,
      { id: teLaat.id },
      traceId,
    );
    expect(response.data?.['justitiabele']).toEqual({
      id: teLaat.id,
      bsn: null,
      personalia: null,
      verblijven: null,
      huidigVerblijf: {
        instroomdatum: '2026-03-01',
        verwachteUitstroomdatum: '2026-12-01',
        terugkeer: { gemeentecode: '0344' },
        herkomst: null,
        viDatum: null,
        titel: null,
      },
      bijVerwachtSignalen: [{ status: 'TE_LAAT' }],
      detentieSignalen: null,
      strafzaken: null,
      // The meldingen stay the burgemeesters'.
      bijMeldingen: [],
      signalen: [{ status: 'TE_LAAT' }],
    });
    expect(deniedPaths(response)).toEqual(
      new Set([
        'justitiabele.bsn',
        'justitiabele.personalia',
        'justitiabele.verblijven',
        'justitiabele.huidigVerblijf.herkomst',
        'justitiabele.huidigVerblijf.viDatum',
        'justitiabele.huidigVerblijf.titel',
        'justitiabele.detentieSignalen',
        'justitiabele.strafzaken',
      ]),
    );
    for (const party of ['dji', 'om-burgemeester'] as const) {
      const records = await federation.rows<{ activity: string; processor: string }>(
        party,
        `SELECT DISTINCT processing_activity_id AS activity, foreign_operation_processor AS processor
           FROM processing_log_record WHERE trace_id = $1`,
        [traceId],
      );
      expect(records).toEqual([{ activity: verwerkingsactiviteit(party, 'ART_11A_BJSG'), processor: 'justid' }]);
    }
    expect(
      await federation.rows('gemeente', 'SELECT 1 FROM processing_log_record WHERE trace_id = $1', [traceId]),
    ).toEqual([]);
    // Through the accountability queries: DJI's privacy officer finds Justid's read, the gemeente's nothing.
    const logged = async (caller: TokenClaims, field: string) => {
      const answer = await gateway(
        caller,
        `query ($t: String) { ${field}(first: 20, filter: { traceId: $t }) { edges { node { verwerkingsactiviteit verwerker } } } }`,
        { t: traceId },
      );
      expect(answer.errors).toBeUndefined();
      return (answer.data?.[field] as { edges: { node: unknown }[] }).edges.map((edge) => edge.node);
    };
    expect(await logged({ org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' }, 'djiVerwerkingen')).toEqual([
      { verwerkingsactiviteit: verwerkingsactiviteit('dji', 'ART_11A_BJSG'), verwerker: 'justid' },
    ]);
    expect(
      await logged({ org: 'gemeente:0344', role: 'privacy-officer', sub: 'po-0344' }, 'gemeenteVerwerkingen'),
    ).toEqual([]);
  });
});

describe('who must not see the melding due', () => {
  const ENTITIES = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Justitiabele { bijVerwachtSignalen { status } } }
  }`;

  it.each([
    ['the nazorgcoördinator of the gemeente of return', NAZORG_UTRECHT],
    ['the casemanager of the inrichting', CASEMANAGER],
    ['a toezichthouder', TOEZICHTHOUDER],
    ['the officier', OFFICIER],
    ['the OOV-adviseur of the gemeente of return, before the melding', OOV_UTRECHT],
    ['another gemeente’s OOV-adviseur', OOV_ROTTERDAM],
    ['the OOV-adviseur of a gemeente not taking part', OOV_LEEUWARDEN],
  ] satisfies [string, TokenClaims][])('refuses %s on the _entities path of OM', async (_who, caller: TokenClaims) => {
    const response = await federation.ask(federation.stack.subgraphUrls['om-burgemeester'], caller, ENTITIES, {
      representations: [
        {
          __typename: 'Justitiabele',
          id: teLaat.id,
          huidigVerblijf: {
            instroomdatum: '2026-03-01',
            verwachteUitstroomdatum: '2026-12-01',
            terugkeer: { gemeentecode: '0344' },
          },
        },
      ],
    });
    const entity = (response.data?.['_entities'] as ({ bijVerwachtSignalen: unknown } | null)[] | undefined)?.[0];
    expect(entity?.bijVerwachtSignalen ?? null).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
  });

  it('leaves it out of signalen on root and werkvoorraad paths for the nazorgcoördinator, casemanager and OOV-adviseur', async () => {
    const soorten = async (caller: TokenClaims, query: string, variables: Record<string, unknown> = {}) => {
      const response = await gateway(caller, query, variables);
      return [...JSON.stringify(response.data).matchAll(/"soort":"(\w+)"/g)].map((match) => match[1]);
    };
    const root = `query ($id: ID!) { justitiabele(id: $id) { signalen { soort } } }`;
    const list = `{ verblijfWerkvoorraad(first: 100) { edges { node { justitiabele { signalen { soort } } } } } }`;
    for (const caller of [NAZORG_UTRECHT, CASEMANAGER]) {
      const own = await soorten(caller, root, { id: teLaat.id });
      expect(own.length).toBeGreaterThan(0);
      expect(own).not.toContain('BIJ_MELDING_VERWACHT');
      const page = await soorten(caller, list);
      expect(page.length).toBeGreaterThan(0);
      expect(page).not.toContain('BIJ_MELDING_VERWACHT');
    }
    const bij = await soorten(
      OOV_UTRECHT,
      `{ bijWerkvoorraad(first: 100) { edges { node { signalen { soort } justitiabele { signalen { soort } } } } } }`,
    );
    expect(bij).toContain('BIJ_MELDING');
    expect(bij).not.toContain('BIJ_MELDING_VERWACHT');
  });

  it('gives the OOV-adviseur of the gemeente of return, once the melding is there, its own BIJ norm only', async () => {
    const response = await federation.ask(
      federation.stack.subgraphUrls['om-burgemeester'],
      OOV_UTRECHT,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Justitiabele { bijVerwachtSignalen { status } bijSignalen { soort status } } }
      }`,
      { representations: [{ __typename: 'Justitiabele', id: gemeld.id, huidigVerblijf: null }] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['_entities']).toEqual([
      { bijVerwachtSignalen: [], bijSignalen: [{ soort: 'BIJ_MELDING', status: 'TE_LAAT' }] },
    ]);
  });

  it('keeps the BIJ desk’s werkvoorraad from every other role, and every other list from the BIJ desk', async () => {
    for (const caller of [CASEMANAGER, NAZORG_UTRECHT]) {
      const response = await gateway(
        caller,
        `{ verblijfWerkvoorraad(soort: BIJ_MELDING_VERWACHT, first: 5) { pageInfo { hasNextPage } } }`,
      );
      expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['INVALID_INPUT']);
    }
    for (const caller of [OOV_UTRECHT, OFFICIER]) {
      const response = await gateway(
        caller,
        `{ verblijfWerkvoorraad(soort: BIJ_MELDING_VERWACHT, first: 5) { pageInfo { hasNextPage } } }`,
      );
      expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    }
    const response = await gateway(
      JUSTID,
      `{ verblijfWerkvoorraad(soort: SCREENING, first: 5) { pageInfo { hasNextPage } } }`,
    );
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['INVALID_INPUT']);
    // Nor any other list: DJI's stays, the OOV-adviseur's meldingen, the officier's cases.
    for (const list of [
      `{ verblijven(first: 5) { edges { node { instroomdatum } } } }`,
      `{ bijWerkvoorraad(first: 5) { edges { node { terugkeerdatum } } } }`,
      `{ zaakWerkvoorraad(first: 5) { edges { node { urgentie } } } }`,
    ]) {
      const refused = await gateway(JUSTID, list);
      expect([list, refused.errors?.map((error) => error.extensions?.['code'])]).toEqual([list, ['ACCESS_DENIED']]);
    }
  });

  it('gives the BIJ desk nothing of a person whose stay has ended', async () => {
    const [uitgestroomd] = await federation.rows<{ id: string }>(
      'dji',
      `SELECT justitiabele_id AS id FROM verblijf GROUP BY justitiabele_id
        HAVING bool_and(status = 'UITGESTROOMD') ORDER BY justitiabele_id LIMIT 1`,
    );
    const response = await gateway(JUSTID, `query ($id: ID!) { justitiabele(id: $id) { id } }`, {
      id: uitgestroomd?.id,
    });
    expect(response.data?.['justitiabele']).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
  });
});
