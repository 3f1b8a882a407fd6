import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER, personMaker } from './werkstroom-fixtures';
import type { Constructed } from './werkstroom-fixtures';

/** DJI's signals through the gateway, for persons constructed around a fixed day. */
const VANDAAG = '2026-11-01';

let federation: TestStack;

const ANDERE_CASEMANAGER: TokenClaims = { org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'cm-almelo' };
const TERUGKEERGEMEENTE: TokenClaims = { org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-utrecht' };
const ANDERE_GEMEENTE: TokenClaims = { org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-rotterdam' };

const person = personMaker(() => federation, 3_000_000_001);

async function gateway(caller: TokenClaims, query: string, variables: Record<string, unknown> = {}) {
  return federation.ask(federation.stack.gatewayUrl, caller, query, variables);
}

const SIGNALEN = `query ($id: ID!) {
  justitiabele(id: $id) { detentieSignalen { soort deadline status afgerondOp eigenaar grondslag procesversie } }
}`;

async function signalenOf(caller: TokenClaims, id: string) {
  const response = await gateway(caller, SIGNALEN, { id });
  return {
    errors: response.errors,
    signalen: (response.data?.['justitiabele'] as { detentieSignalen: Record<string, unknown>[] } | null)
      ?.detentieSignalen,
  };
}

let zonderScreening: Constructed;
let mdoTeLaat: Constructed;
let kortVerblijf: Constructed;
let nogOpen: Constructed;
let van2024: Constructed;

beforeAll(async () => {
  federation = await startTestStack('werkstroom_signalen', { vandaag: VANDAAG });
  zonderScreening = await person({ instroomdatum: '2026-10-01', verwachteUitstroomdatum: '2027-10-01' });
  mdoTeLaat = await person({
    instroomdatum: '2026-06-01',
    verwachteUitstroomdatum: '2027-10-01',
    screening: '2026-06-05',
    plan: '2026-06-20',
    mdo: '2026-08-01',
  });
  kortVerblijf = await person({ instroomdatum: '2026-10-28', verwachteUitstroomdatum: '2026-11-05' });
  nogOpen = await person({ instroomdatum: '2026-10-30', verwachteUitstroomdatum: '2027-10-01' });
  van2024 = await person({
    instroomdatum: '2024-12-01',
    verwachteUitstroomdatum: '2027-10-01',
    screening: '2024-12-20',
  });
}, 120_000);

afterAll(() => federation.stop());

describe("DJI's signals on a person, through the gateway", () => {
  it('shows a screening and a D&R-plan overdue, counted from instroom under the process version of that date', async () => {
    const { errors, signalen } = await signalenOf(CASEMANAGER, zonderScreening.id);
    expect(errors).toBeUndefined();
    expect(signalen).toEqual([
      {
        soort: 'SCREENING',
        deadline: '2026-10-11',
        status: 'TE_LAAT',
        afgerondOp: null,
        eigenaar: 'dji',
        grondslag: 'EIGEN_TAAK',
        procesversie: 'DR_2_0',
      },
      {
        soort: 'DR_PLAN',
        deadline: '2026-10-29',
        status: 'TE_LAAT',
        afgerondOp: null,
        eigenaar: 'dji',
        grondslag: 'EIGEN_TAAK',
        procesversie: 'DR_2_0',
      },
    ]);
  });

  it('shows screening and plan done, and the MDO overdue six weeks after the last one', async () => {
    const { signalen } = await signalenOf(CASEMANAGER, mdoTeLaat.id);
    expect(signalen).toEqual([
      expect.objectContaining({ soort: 'MDO', deadline: '2026-09-12', status: 'TE_LAAT', afgerondOp: null }),
      expect.objectContaining({
        soort: 'SCREENING',
        deadline: '2026-06-11',
        status: 'AFGEROND',
        afgerondOp: '2026-06-05',
      }),
      expect.objectContaining({
        soort: 'DR_PLAN',
        deadline: '2026-06-29',
        status: 'AFGEROND',
        afgerondOp: '2026-06-20',
      }),
    ]);
  });

  it('shows a deadline after the expected release of a short stay as NIET_HAALBAAR, not overdue', async () => {
    const { signalen } = await signalenOf(CASEMANAGER, kortVerblijf.id);
    expect(signalen).toEqual([
      expect.objectContaining({ soort: 'SCREENING', deadline: '2026-11-07', status: 'NIET_HAALBAAR' }),
      expect.objectContaining({ soort: 'DR_PLAN', deadline: '2026-11-25', status: 'NIET_HAALBAAR' }),
    ]);
  });

  it('shows a deadline still ahead as OPEN', async () => {
    const { signalen } = await signalenOf(CASEMANAGER, nogOpen.id);
    expect(signalen?.[0]).toMatchObject({ soort: 'SCREENING', deadline: '2026-11-09', status: 'OPEN' });
  });

  it('counts a stay that entered before 2025 under the 2021 werkstroom', async () => {
    const { signalen } = await signalenOf(CASEMANAGER, van2024.id);
    expect(signalen?.map((signaal) => signaal['procesversie'])).toEqual(['WERKSTROOM_2021', 'WERKSTROOM_2021']);
  });

  it('shows the gemeente of return the signals on art. 18a Pbw', async () => {
    const { errors, signalen } = await signalenOf(TERUGKEERGEMEENTE, zonderScreening.id);
    expect(errors).toBeUndefined();
    expect(signalen?.map((signaal) => [signaal['soort'], signaal['grondslag']])).toEqual([
      ['SCREENING', 'ART_18A_PBW'],
      ['DR_PLAN', 'ART_18A_PBW'],
    ]);
  });
});

describe('who must not see a signal', () => {
  it.each([
    ['a casemanager of another inrichting', ANDERE_CASEMANAGER],
    ['a gemeente that is neither origin nor return', ANDERE_GEMEENTE],
    ['a reclassering organisation DJI did not record', { org: 'reclassering:RN', role: 'toezichthouder', sub: 't' }],
  ] satisfies [string, TokenClaims][])(
    'refuses %s on the root path, as an unknown person',
    async (_who, caller: TokenClaims) => {
      const response = await gateway(caller, SIGNALEN, { id: zonderScreening.id });
      const unknown = await gateway(caller, SIGNALEN, { id: '3999999999' });
      expect(response.data?.['justitiabele']).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
      expect(response.errors?.[0]?.message).toEqual(unknown.errors?.[0]?.message);
    },
  );

  it('refuses them on the _entities path of the DJI subgraph called directly', async () => {
    const response = await federation.ask(
      federation.stack.subgraphUrls.dji,
      ANDERE_GEMEENTE,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Justitiabele { detentieSignalen { soort } } }
      }`,
      {
        representations: [
          { __typename: 'Justitiabele', id: zonderScreening.id },
          { __typename: 'Justitiabele', id: '1999999999' },
        ],
      },
    );
    // A part of the joined `signalen` is refused by itself, the person held or not alike.
    expect(response.data?.['_entities']).toEqual([{ detentieSignalen: null }, { detentieSignalen: null }]);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED', 'ACCESS_DENIED']);
    expect(response.errors?.[0]?.message).toEqual(response.errors?.[1]?.message);
  });

  it('refuses them on the nested path, through a werkvoorraad the caller does not keep', async () => {
    const response = await gateway(
      ANDERE_CASEMANAGER,
      `{ verblijfWerkvoorraad(first: 100) { edges { node { justitiabele { id } signalen { soort } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const ids = (
      response.data?.['verblijfWerkvoorraad'] as { edges: { node: { justitiabele: { id: string } } }[] }
    ).edges.map((edge) => edge.node.justitiabele.id);
    expect(ids).not.toContain(zonderScreening.id);
  });
});
