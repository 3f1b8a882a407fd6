import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { mutate, personMaker } from './werkstroom-fixtures';
import type { Constructed } from './werkstroom-fixtures';

/**
 * The gemeente's signal before a release, through the gateway: its own status of the
 * basisvoorwaarden against DJI's expected uitstroom, which the gateway hands it (`@requires`).
 */
const VANDAAG = '2026-11-01';

let federation: TestStack;
const person = personMaker(() => federation, 3_100_000_001);

const UTRECHT: TokenClaims = { org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-utrecht' };
const AMSTERDAM: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-amsterdam' };

const SIGNALEN = `query ($id: ID!) {
  justitiabele(id: $id) { nazorgSignalen { soort deadline status eigenaar grondslag procesversie basisvoorwaarden } }
}`;

async function gateway(caller: TokenClaims, query: string, variables: Record<string, unknown> = {}) {
  return federation.ask(federation.stack.gatewayUrl, caller, query, variables);
}

/** Utrecht opens its dossier as receiving gemeente, with an identiteitsbewijs ready. */
async function utrechtsDossier(of: Constructed): Promise<{ id: string; versie: number }> {
  const opened = await mutate(
    federation,
    UTRECHT,
    `mutation ($input: NazorgdossierInput!) { openNazorgdossier(input: $input) { id versie } }`,
    {
      gemeentecode: '0344',
      bsn: of.bsn,
      rol: 'ONTVANGENDE_GEMEENTE',
      herkomstgemeente: '0363',
      ontvangendeGemeente: '0344',
      aangemeldDoor: 'dji:PI-VUGHT',
      nazorgcoordinator: { naam: 'N. Utrecht', email: 'n.utrecht@utrecht.example.nl' },
      procesregie: 'GEMEENTE',
      zvhBetrokken: false,
      geopendOp: '2026-09-01',
    },
  );
  const dossier = opened['openNazorgdossier'] as { id: string; versie: number };
  const changed = await mutate(
    federation,
    UTRECHT,
    `mutation ($input: BasisvoorwaardenInput!) { werkBasisvoorwaardenBij(input: $input) { id versie } }`,
    {
      dossierId: dossier.id,
      verwachteVersie: dossier.versie,
      identiteitsbewijs: { aangevraagdOp: '2026-09-10', gereedOp: '2026-10-01' },
    },
  );
  return changed['werkBasisvoorwaardenBij'] as { id: string; versie: number };
}

let bijnaVrij: Constructed;
let dossierBijnaVrij: { id: string; versie: number };
let nogLang: Constructed;

beforeAll(async () => {
  // No meldingen are delivered here: a gemeente keeps only the dossiers these tests open (DJI's
  // melding of a detention would open one for the gemeente of origin; see meldingen-detentie).
  federation = await startTestStack('nazorg_signalen', { vandaag: VANDAAG, dispatch: false });
  bijnaVrij = await person({ instroomdatum: '2026-03-01', verwachteUitstroomdatum: '2026-11-21' });
  dossierBijnaVrij = await utrechtsDossier(bijnaVrij);
  nogLang = await person({ instroomdatum: '2026-03-01', verwachteUitstroomdatum: '2027-06-01' });
  await utrechtsDossier(nogLang);
}, 120_000);

afterAll(() => federation.stop());

describe("the gemeente's signal before a release", () => {
  it('is overdue six weeks before DJI’s expected uitstroom, naming what the gemeente has not arranged', async () => {
    const response = await gateway(UTRECHT, SIGNALEN, { id: bijnaVrij.id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.['justitiabele']).toEqual({
      nazorgSignalen: [
        {
          soort: 'BASISVOORWAARDEN_BIJ_UITSTROOM',
          deadline: '2026-10-10',
          status: 'TE_LAAT',
          eigenaar: 'gemeente:0344',
          grondslag: 'EIGEN_TAAK',
          procesversie: 'DR_2_0',
          basisvoorwaarden: ['ONDERDAK', 'WERK_EN_INKOMEN', 'ZORG'],
        },
      ],
    });
  });

  it('is open while the release is further away', async () => {
    const response = await gateway(UTRECHT, SIGNALEN, { id: nogLang.id });
    expect(response.data?.['justitiabele']).toEqual({
      nazorgSignalen: [expect.objectContaining({ deadline: '2027-04-20', status: 'OPEN' })],
    });
  });

  it('follows a changed expected uitstroom at DJI at once: nothing of DJI’s date is kept by the gemeente', async () => {
    const verblijf = await gateway(
      { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm' },
      `query ($id: ID!) { verblijf(id: $id) { versie } }`,
      { id: nogLang.verblijfId },
    );
    await mutate(
      federation,
      { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm' },
      `mutation ($input: VerwachteUitstroomInput!) { wijzigVerwachteUitstroom(input: $input) { id } }`,
      {
        verblijfId: nogLang.verblijfId,
        verwachteVersie: (verblijf.data?.['verblijf'] as { versie: number }).versie,
        verwachteUitstroomdatum: '2026-12-01',
        viDatum: null,
      },
    );
    const response = await gateway(UTRECHT, SIGNALEN, { id: nogLang.id });
    expect(response.data?.['justitiabele']).toEqual({
      nazorgSignalen: [expect.objectContaining({ deadline: '2026-10-20', status: 'TE_LAAT' })],
    });
  });

  it('is done once ID, onderdak, inkomen and zorgverzekering are arranged', async () => {
    const current = await gateway(
      UTRECHT,
      `query { nazorgdossiers(gemeentecode: "0344", first: 100) { edges { node { id versie } } } }`,
    );
    const versie = (
      current.data?.['nazorgdossiers'] as { edges: { node: { id: string; versie: number } }[] }
    ).edges.find((edge) => edge.node.id === dossierBijnaVrij.id)?.node.versie;
    await mutate(
      federation,
      UTRECHT,
      `mutation ($input: BasisvoorwaardenInput!) { werkBasisvoorwaardenBij(input: $input) { id } }`,
      {
        dossierId: dossierBijnaVrij.id,
        verwachteVersie: versie,
        onderdak: { type: 'MAATSCHAPPELIJKE_OPVANG', per: '2026-11-21' },
        inkomen: {
          uitkeringAangevraagdOp: '2026-10-01',
          uitkeringToegekendOp: '2026-10-20',
          werk: false,
          bankrekening: true,
        },
        zorg: { zorgverzekering: true },
      },
    );
    const response = await gateway(UTRECHT, SIGNALEN, { id: bijnaVrij.id });
    expect(response.data?.['justitiabele']).toEqual({
      nazorgSignalen: [expect.objectContaining({ status: 'AFGEROND', basisvoorwaarden: [] })],
    });
  });

  it('reaches the gemeente from its own dossiers, the nested path', async () => {
    const response = await gateway(
      UTRECHT,
      `query { nazorgdossiers(gemeentecode: "0344", first: 100) {
        edges { node { justitiabele { bsn nazorgSignalen { soort status } } } }
      } }`,
    );
    expect(response.errors).toBeUndefined();
    const persons = (
      response.data?.['nazorgdossiers'] as {
        edges: { node: { justitiabele: { bsn: string; nazorgSignalen: { status: string }[] } } }[];
      }
    ).edges.map((edge) => edge.node.justitiabele);
    expect(persons.find((justitiabele) => justitiabele.bsn === bijnaVrij.bsn)?.nazorgSignalen).toEqual([
      { soort: 'BASISVOORWAARDEN_BIJ_UITSTROOM', status: 'AFGEROND' },
    ]);
  });

  it('rides along on the werkvoorraad of the receiving gemeente, beside DJI’s signals', async () => {
    const response = await gateway(
      UTRECHT,
      `{ verblijfWerkvoorraad(first: 100) { edges { node {
        signalen { soort } justitiabele { id nazorgSignalen { soort } }
      } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const item = (
      response.data?.['verblijfWerkvoorraad'] as {
        edges: { node: { signalen: unknown[]; justitiabele: { id: string; nazorgSignalen: unknown[] } } }[];
      }
    ).edges.find((edge) => edge.node.justitiabele.id === nogLang.id)?.node;
    expect(item?.signalen).toEqual(expect.arrayContaining([{ soort: 'SCREENING' }]));
    expect(item?.justitiabele.nazorgSignalen).toEqual([{ soort: 'BASISVOORWAARDEN_BIJ_UITSTROOM' }]);
  });
});

describe('who must not see the gemeente’s signal', () => {
  it('refuses the gemeente of origin, which keeps no dossier: DJI answers it, the gemeente does not', async () => {
    const response = await gateway(AMSTERDAM, SIGNALEN, { id: bijnaVrij.id });
    expect(response.data?.['justitiabele']).toEqual({ nazorgSignalen: null });
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'ACCESS_DENIED', serviceName: 'gemeente' }),
    ]);
  });

  it('refuses another gemeente on the _entities path of the gemeente subgraph, whatever stay it hands over', async () => {
    const response = await federation.ask(
      federation.stack.subgraphUrls.gemeente,
      { org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-rotterdam' },
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Justitiabele { nazorgSignalen { status } } }
      }`,
      {
        representations: [
          {
            __typename: 'Justitiabele',
            bsn: bijnaVrij.bsn,
            huidigVerblijf: { instroomdatum: '2026-03-01', verwachteUitstroomdatum: '2026-11-21' },
          },
        ],
      },
    );
    expect(response.data?.['_entities']).toEqual([null]);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
  });
});
