import { randomBytes } from 'node:crypto';

import { byUrgency, DEMO_REFERENCE_DATE, SignaalStatus } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * One `signalen` on a person, joined by the gemeente from every party's own signals, each fetched
 * by the gateway with the caller's token: a caller sees exactly the union of what each party shows
 * it, on every path, and each party logs only its own part.
 */
let federation: TestStack;

interface Signaal {
  soort: string;
  deadline: string;
  status: SignaalStatus;
  eigenaar: string;
  grondslag: string;
}

/** The person with a part at every party: a current stay, an open dossier of its gemeente of return, a BIJ-melding. */
let person: {
  id: string;
  bsn: string;
  inrichting: string;
  gemeente: string;
  herkomst: string;
  kenmerk: string;
  terugkeerdatum: string;
};

beforeAll(async () => {
  federation = await startTestStack('signalen', { vandaag: DEMO_REFERENCE_DATE, dispatch: false });
  const dossiers = await federation.rows<{ bsn: string; gemeentecode: string }>(
    'gemeente',
    `SELECT bsn, gemeentecode FROM nazorgdossier WHERE status = 'OPEN'`,
  );
  const stays = await federation.rows<{
    id: string;
    bsn: string;
    huidige_inrichting: string;
    terugkeer_gemeentecode: string;
    herkomst_gemeentecode: string;
  }>(
    'dji',
    `SELECT j.id, j.bsn, v.huidige_inrichting, v.terugkeer_gemeentecode, v.herkomst_gemeentecode
       FROM verblijf v JOIN justitiabele j ON j.id = v.justitiabele_id
      WHERE v.status <> 'UITGESTROOMD' AND v.verwachte_uitstroomdatum IS NOT NULL ORDER BY j.id`,
  );
  const stay = stays.find((candidate) =>
    dossiers.some(
      (dossier) => dossier.bsn === candidate.bsn && dossier.gemeentecode === candidate.terugkeer_gemeentecode,
    ),
  );
  if (!stay) throw new Error('The demo chain has no current stay with a dossier of its gemeente of return');
  // One BIJ-melding of the demo chain made this person's, for a gemeente of return taking part in BIJ.
  const [melding] = await federation.rows<{ kenmerk: string; terugkeerdatum: string }>(
    'om-burgemeester',
    `UPDATE burgemeester.bij_melding SET justitiabele_id = $1, terugkeergemeente = $2, gemeente_neemt_deel = true
      WHERE id = (SELECT id FROM burgemeester.bij_melding ORDER BY id LIMIT 1) RETURNING kenmerk, terugkeerdatum::text`,
    [stay.id, stay.terugkeer_gemeentecode],
  );
  person = {
    id: stay.id,
    bsn: stay.bsn,
    inrichting: stay.huidige_inrichting,
    gemeente: stay.terugkeer_gemeentecode,
    herkomst: stay.herkomst_gemeentecode,
    kenmerk: melding?.kenmerk ?? '',
    terugkeerdatum: melding?.terugkeerdatum ?? '',
  };
}, 180_000);

afterAll(() => federation.stop());

const FIELDS = 'soort deadline status eigenaar grondslag';
const PARTS = `signalen { ${FIELDS} } detentieSignalen { ${FIELDS} } nazorgSignalen { ${FIELDS} }
  bijSignalen { ${FIELDS} } zaakSignalen { ${FIELDS} } regie { signalen { ${FIELDS} } }`;

interface Parts {
  signalen: Signaal[] | null;
  detentieSignalen?: Signaal[] | null;
  nazorgSignalen?: Signaal[] | null;
  bijSignalen?: Signaal[] | null;
  zaakSignalen?: Signaal[] | null;
  regie?: { signalen: Signaal[] } | null;
}

function gateway(caller: TokenClaims, query: string, variables: Record<string, unknown> = {}, traceId?: string) {
  const headers: Record<string, string> = traceId
    ? { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` }
    : {};
  return federation.ask(federation.stack.gatewayUrl, caller, query, variables, headers);
}

const sorted = (signalen: Signaal[]) => signalen.map((signaal) => JSON.stringify(signaal)).sort();

/** `signalen` is exactly what each party's own field shows the caller, most urgent first. */
function expectUnionOfParts(parts: Parts): Signaal[] {
  const union = [
    ...(parts.detentieSignalen ?? []),
    ...(parts.nazorgSignalen ?? []),
    ...(parts.bijSignalen ?? []),
    ...(parts.zaakSignalen ?? []),
    ...(parts.regie?.signalen ?? []),
  ];
  expect(parts.signalen).not.toBeNull();
  const signalen = parts.signalen ?? [];
  expect(sorted(signalen)).toEqual(sorted(union));
  expect(signalen).toEqual([...signalen].sort(byUrgency));
  return signalen;
}

const owners = (signalen: Signaal[]) => [...new Set(signalen.map((signaal) => signaal.eigenaar.split(':')[0]))].sort();

const casemanager = (): TokenClaims => ({ org: `dji:${person.inrichting}`, role: 'casemanager', sub: 'cm' });
const nazorg = (): TokenClaims => ({ org: `gemeente:${person.gemeente}`, role: 'nazorgcoordinator', sub: 'nc' });
const oov = (): TokenClaims => ({ org: `burgemeester:${person.gemeente}`, role: 'oov-adviseur', sub: 'oov' });
const TOEZICHTHOUDER: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' };

describe('one signalen on a person, the union of what each party shows the caller', () => {
  it("gives the casemanager DJI's signals with the dossier's it shares in, and no BIJ-melding", async () => {
    const response = await gateway(casemanager(), `query ($id: ID!) { justitiabele(id: $id) { ${PARTS} } }`, {
      id: person.id,
    });
    const signalen = expectUnionOfParts(response.data?.['justitiabele'] as Parts);
    expect(signalen.some((signaal) => signaal.eigenaar === 'dji' && signaal.grondslag === 'EIGEN_TAAK')).toBe(true);
    expect(signalen.map((signaal) => signaal.soort)).not.toContain('BIJ_MELDING');
    expect(signalen.map((signaal) => signaal.soort)).not.toContain('ADVIES');
  });

  it("gives the nazorgcoördinator of the gemeente of return its own and DJI's, and no BIJ-melding", async () => {
    const response = await gateway(nazorg(), `query ($id: ID!) { justitiabele(id: $id) { ${PARTS} } }`, {
      id: person.id,
    });
    const signalen = expectUnionOfParts(response.data?.['justitiabele'] as Parts);
    expect(owners(signalen)).toEqual(['dji', 'gemeente']);
    expect(signalen.map((signaal) => signaal.soort)).not.toContain('BIJ_MELDING');
  });

  it('gives the OOV-adviseur only its burgemeester’s BIJ norm, on the nested path of its werkvoorraad, without errors', async () => {
    const response = await gateway(
      oov(),
      `query ($vanaf: LocalDate) { bijWerkvoorraad(first: 20, vanaf: $vanaf) { edges { node {
        kenmerk justitiabele { signalen { ${FIELDS} } }
      } } } }`,
      { vanaf: person.terugkeerdatum },
    );
    expect(response.errors).toBeUndefined();
    const meldingen = (
      response.data?.['bijWerkvoorraad'] as {
        edges: { node: { kenmerk: string; justitiabele: { signalen: Signaal[] } } }[];
      }
    ).edges.map((edge) => edge.node);
    const persons = meldingen.map((melding) => melding.justitiabele);
    const signalen = meldingen.find((melding) => melding.kenmerk === person.kenmerk)?.justitiabele.signalen;
    expect(signalen).toEqual([
      expect.objectContaining({
        soort: 'BIJ_MELDING',
        eigenaar: `burgemeester:${person.gemeente}`,
        grondslag: 'ART_11A_BJSG',
      }),
    ]);
    for (const justitiabele of persons) {
      expect(owners(justitiabele.signalen)).toEqual(justitiabele.signalen.length > 0 ? ['burgemeester'] : []);
    }
  });

  it("gives the toezichthouder DJI's signals on art. 18a Pbw where its organisation is involved, nothing else", async () => {
    const response = await gateway(
      TOEZICHTHOUDER,
      `{ werkvoorraad(first: 20) { edges { node { justitiabele { ${PARTS} } } } } }`,
    );
    const persons = (response.data?.['werkvoorraad'] as { edges: { node: { justitiabele: Parts } }[] }).edges.map(
      (edge) => edge.node.justitiabele,
    );
    expect(persons.length).toBeGreaterThan(0);
    const signalen = persons.flatMap(expectUnionOfParts);
    expect(signalen.length).toBeGreaterThan(0);
    expect(signalen.every((signaal) => signaal.eigenaar === 'dji' && signaal.grondslag === 'ART_18A_PBW')).toBe(true);
  });

  it("gives the officier OM's advies and VI deadlines on the nested path of its werkvoorraad, nothing of the others", async () => {
    const response = await gateway(
      { org: 'om', role: 'officier', sub: 'ovj' },
      `{ zaakWerkvoorraad(first: 20) { edges { node { justitiabele { ${PARTS} } } } } }`,
    );
    const persons = (response.data?.['zaakWerkvoorraad'] as { edges: { node: { justitiabele: Parts } }[] }).edges.map(
      (edge) => edge.node.justitiabele,
    );
    const signalen = persons.flatMap(expectUnionOfParts);
    expect(signalen.some((signaal) => signaal.status === SignaalStatus.TE_LAAT)).toBe(true);
    expect(
      signalen.every((signaal) => ['ADVIES', 'VI_BESLISSING'].includes(signaal.soort) && signaal.eigenaar === 'om'),
    ).toBe(true);
  });

  it('answers only signalen, without the errors of the parts the caller may not see', async () => {
    const response = await gateway(
      TOEZICHTHOUDER,
      `{ werkvoorraad(first: 20) { edges { node { justitiabele { signalen { soort } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
  });
});

describe("each werkvoorraad item's whole signals", () => {
  // An item's own `signalen` are its party's about the item (the stay, the case, the melding); the
  // person's `signalen` on the same item joins them with what every other party shows the caller.
  it.each([
    ['the casemanager', () => casemanager(), 'verblijfWerkvoorraad(first: 20)'],
    [
      "RN's toezichthouder at DJI",
      () => TOEZICHTHOUDER,
      'verblijfWerkvoorraad(soort: EXTRAMURALE_RAPPORTAGE, first: 20)',
    ],
    ['the officier', (): TokenClaims => ({ org: 'om', role: 'officier', sub: 'ovj' }), 'zaakWerkvoorraad(first: 20)'],
    ['the OOV-adviseur', () => oov(), 'bijWerkvoorraad(first: 20)'],
  ] satisfies [string, () => TokenClaims, string][])(
    "gives %s every item's own signals within the person's joined signalen on the item, in one request",
    async (_who, caller, list) => {
      const field = list.slice(0, list.indexOf('('));
      const response = await gateway(
        caller(),
        `{ ${list} { edges { node { signalen { ${FIELDS} } justitiabele { signalen { ${FIELDS} } } } } } }`,
      );
      expect(response.errors).toBeUndefined();
      const items = (
        response.data?.[field] as {
          edges: { node: { signalen: Signaal[] | null; justitiabele: { signalen: Signaal[] | null } | null } }[];
        }
      ).edges.map((edge) => edge.node);
      const own = items.flatMap((item) => item.signalen ?? []);
      expect(own.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(sorted(item.justitiabele?.signalen ?? [])).toEqual(expect.arrayContaining(sorted(item.signalen ?? [])));
      }
    },
  );
});

describe('who sees nothing of it', () => {
  it('gives a gemeente that is neither origin nor return nothing on the _entities path of the gemeente', async () => {
    const other = ['0599', '0014'].find((code) => code !== person.gemeente && code !== person.herkomst) ?? '';
    const response = await federation.ask(
      federation.stack.subgraphUrls.gemeente,
      { org: `gemeente:${other}`, role: 'nazorgcoordinator', sub: 'nc-other' },
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Justitiabele { signalen { ${FIELDS} } } }
      }`,
      {
        representations: [
          {
            __typename: 'Justitiabele',
            bsn: person.bsn,
            huidigVerblijf: { instroomdatum: '2026-01-01', verwachteUitstroomdatum: '2026-11-10' },
            laatsteVerblijf: { instroomdatum: '2026-01-01', viDatum: null, uitstroomdatum: null },
            detentieSignalen: null,
            bijSignalen: null,
          },
        ],
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['_entities']).toEqual([{ signalen: [] }]);
  });

  it('refuses that gemeente the person at DJI, so the gateway has no one to join signals for', async () => {
    const other = ['0599', '0014'].find((code) => code !== person.gemeente && code !== person.herkomst) ?? '';
    const response = await gateway(
      { org: `gemeente:${other}`, role: 'nazorgcoordinator', sub: 'nc-other' },
      `query ($id: ID!) { justitiabele(id: $id) { signalen { soort } } }`,
      { id: person.id },
    );
    expect(response.data?.['justitiabele']).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
  });
});

describe("each party's processing log", () => {
  it('holds its own part only: the gemeente its join, DJI and the burgemeester their signals, a refusal as a refusal', async () => {
    const trace = randomBytes(16).toString('hex');
    await gateway(
      oov(),
      `{ bijWerkvoorraad(first: 20) { edges { node { justitiabele { signalen { soort } } } } } }`,
      {},
      trace,
    );
    const decisions = (party: 'dji' | 'gemeente' | 'om-burgemeester') =>
      federation.rows<{ resource: string; decision: string }>(
        party,
        `SELECT DISTINCT resource, decision FROM access_decision WHERE trace_id = $1 AND resource LIKE 'Justitiabele%'`,
        [trace],
      );
    expect(await decisions('om-burgemeester')).toEqual([
      { resource: 'Justitiabele', decision: 'PERMIT' },
      { resource: 'Justitiabele.bijSignalen', decision: 'PERMIT' },
      // On the melding its burgemeester received; the melding due is Justid's, so the list is empty.
      { resource: 'Justitiabele.bijVerwachtSignalen', decision: 'PERMIT' },
      { resource: 'Justitiabele.id', decision: 'PERMIT' },
      // On its burgemeester's own records of the person; OM's opdrachten in it are each refused to it.
      { resource: 'Justitiabele.zaakSignalen', decision: 'PERMIT' },
    ]);
    // DJI and the gemeente refuse the person as any reference is refused, about no one person: nothing of theirs is read.
    expect(await decisions('dji')).toEqual([{ resource: 'Justitiabele', decision: 'DENY' }]);
    expect(await decisions('gemeente')).toEqual([{ resource: 'Justitiabele', decision: 'DENY' }]);
    for (const party of ['dji', 'gemeente'] as const) {
      expect(await federation.rows(party, 'SELECT 1 FROM processing_log_record WHERE trace_id = $1', [trace])).toEqual(
        [],
      );
    }

    const nazorgTrace = randomBytes(16).toString('hex');
    await gateway(
      nazorg(),
      `query ($id: ID!) { justitiabele(id: $id) { signalen { soort } } }`,
      { id: person.id },
      nazorgTrace,
    );
    const gemeente = await federation.rows<{ resource: string; decision: string; policy: string }>(
      'gemeente',
      `SELECT DISTINCT resource, decision, policy FROM access_decision WHERE trace_id = $1 AND resource = 'Justitiabele.signalen'`,
      [nazorgTrace],
    );
    expect(gemeente).toEqual([
      {
        resource: 'Justitiabele.signalen',
        decision: 'PERMIT',
        policy: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/eigen-taak',
      },
    ]);
  });
});
