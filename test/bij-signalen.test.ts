import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { mutate } from './werkstroom-fixtures';

/** The BIJ norm as a signal for the burgemeester of the terugkeergemeente, through the gateway. */
let federation: TestStack;

const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-1' };
const UTRECHT: TokenClaims = { org: 'burgemeester:0344', role: 'oov-adviseur', sub: 'oov-utrecht' };
const ROTTERDAM: TokenClaims = { org: 'burgemeester:0599', role: 'oov-adviseur', sub: 'oov-rotterdam' };

const TE_LAAT = '3300000001';
const OP_TIJD = '3300000002';
const NIET_DEELNEMEND = '3300000003';

async function melding(justitiabeleId: string, ontvangenOp: string, gemeenteNeemtDeel = true): Promise<void> {
  await mutate(
    federation,
    JUSTID,
    `mutation ($input: BijMeldingInput!) { ontvangBijMelding(input: $input) { nieuw } }`,
    {
      kenmerk: `BIJ-TEST-${justitiabeleId}`,
      justitiabeleId,
      soort: 'TERUGKEER',
      terugkeerdatum: '2027-01-30',
      terugkeergemeente: '0344',
      delictcategorie: 'ZEDEN',
      grondslag: 'VEROORDELING',
      onherroepelijk: true,
      gemeenteNeemtDeel,
      ontvangenOp,
    },
  );
}

const WERKVOORRAAD = `{ bijWerkvoorraad(first: 100) { edges { node {
  terugkeerdatum signalen { soort deadline status afgerondOp eigenaar grondslag }
  justitiabele { id bijSignalen { soort status } }
} } } }`;

interface Node {
  terugkeerdatum: string;
  signalen: Record<string, unknown>[];
  justitiabele: { id: string; bijSignalen: { soort: string; status: string }[] };
}

async function werkvoorraad(caller: TokenClaims): Promise<Node[]> {
  const response = await federation.ask(federation.stack.gatewayUrl, caller, WERKVOORRAAD);
  expect(response.errors).toBeUndefined();
  return (response.data?.['bijWerkvoorraad'] as { edges: { node: Node }[] }).edges.map((edge) => edge.node);
}

beforeAll(async () => {
  federation = await startTestStack('bij_signalen');
  await melding(TE_LAAT, '2026-12-20');
  await melding(OP_TIJD, '2026-11-15');
  await melding(NIET_DEELNEMEND, '2026-12-20', false);
}, 120_000);

afterAll(() => federation.stop());

describe('the BIJ norm as a signal', () => {
  it('is TE_LAAT for a melding received after the 60 days before return, AFGEROND for one in time', async () => {
    const nodes = await werkvoorraad(UTRECHT);
    const of = (id: string) => nodes.find((node) => node.justitiabele.id === id);
    expect(of(TE_LAAT)?.signalen).toEqual([
      {
        soort: 'BIJ_MELDING',
        deadline: '2026-12-01',
        status: 'TE_LAAT',
        afgerondOp: '2026-12-20',
        eigenaar: 'burgemeester:0344',
        grondslag: 'ART_11A_BJSG',
      },
    ]);
    expect(of(OP_TIJD)?.signalen).toEqual([
      expect.objectContaining({ deadline: '2026-12-01', status: 'AFGEROND', afgerondOp: '2026-11-15' }),
    ]);
    expect(of(TE_LAAT)?.justitiabele.bijSignalen).toEqual([{ soort: 'BIJ_MELDING', status: 'TE_LAAT' }]);
  });

  it('is none for a gemeente that does not take part in BIJ', async () => {
    const nodes = await werkvoorraad(UTRECHT);
    expect(nodes.find((node) => node.justitiabele.id === NIET_DEELNEMEND)?.signalen).toEqual([]);
  });

  it('shows the demo chain’s OOV-adviseur at least one melding received too late', async () => {
    const amsterdam: TokenClaims = { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-amsterdam' };
    const nodes = await werkvoorraad(amsterdam);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.flatMap((node) => node.signalen).some((signaal) => signaal['status'] === 'TE_LAAT')).toBe(true);
  });
});

describe('who must not see the BIJ signal', () => {
  it('keeps another burgemeester’s meldingen out of its werkvoorraad', async () => {
    const ids = (await werkvoorraad(ROTTERDAM)).map((node) => node.justitiabele.id);
    expect(ids).not.toContain(TE_LAAT);
  });

  it.each([
    ['another burgemeester', ROTTERDAM],
    ['the gemeente’s nazorg staff', { org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc' }],
    ['the officier', { org: 'om', role: 'officier', sub: 'ovj' }],
  ] satisfies [string, TokenClaims][])(
    'refuses %s on the _entities path of the subgraph called directly',
    async (_who, caller: TokenClaims) => {
      const response = await federation.ask(
        federation.stack.subgraphUrls['om-burgemeester'],
        caller,
        `query ($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Justitiabele { bijSignalen { status } } }
        }`,
        { representations: [{ __typename: 'Justitiabele', id: TE_LAAT }] },
      );
      const signalen = (response.data?.['_entities'] as ({ bijSignalen: unknown } | null)[] | undefined)?.[0];
      expect(signalen?.bijSignalen ?? null).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    },
  );
});
