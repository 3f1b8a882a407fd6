import { randomBytes } from 'node:crypto';

import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { expectDenied } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { eventually, instroom, REGISTREER_INSTROOM, testBsn } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/** The chain's changes (issue 12 point 5): a changed gemeente of return, with its meldingen and the handover. */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('keten_wijz');
});

afterAll(() => federation.stop());

const CASEMANAGER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' };
const nazorg = (code: string): TokenClaims => ({
  org: `gemeente:${code}`,
  role: 'nazorgcoordinator',
  sub: `nzc-${code}`,
});
const HERKOMST = '0344';
const VORIGE = '0363';
const NIEUWE = '0518';

const gateway = (caller: TokenClaims, query: string, variables?: Record<string, unknown>, traceId?: string) =>
  federation.ask(
    federation.stack.gatewayUrl,
    caller,
    query,
    variables,
    traceId ? { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } : {},
  );

const codes = (response: GraphQLResponse): unknown[] =>
  (response.errors ?? []).map((error) => (error.extensions as { code?: string } | undefined)?.code);

const WIJZIG = /* GraphQL */ `
  mutation ($input: TerugkeergemeenteWijzigingInput!) {
    wijzigTerugkeergemeente(input: $input) {
      versie
      terugkeer {
        soort
        gemeentecode
      }
      terugkeerwijzigingen {
        datum
        reden
        vorige {
          gemeentecode
        }
        nieuwe {
          gemeentecode
        }
      }
    }
  }
`;

const STAY_OF_PERSON = /* GraphQL */ `
  query ($bsn: BSN!) {
    justitiabeleOpBsn(bsn: $bsn) {
      huidigVerblijf {
        instroomdatum
        verwachteUitstroomdatum
      }
    }
  }
`;

const STAY = /* GraphQL */ `
  query ($id: ID!) {
    verblijf(id: $id) {
      instroomdatum
      terugkeerwijzigingen {
        reden
      }
    }
  }
`;

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        huidigVerblijf {
          instroomdatum
        }
      }
    }
  }
`;

const DOSSIERS = /* GraphQL */ `
  query ($gemeentecode: Gemeentecode!, $status: DossierStatus!) {
    nazorgdossiers(gemeentecode: $gemeentecode, status: $status, first: 100) {
      edges {
        node {
          id
          bsn: justitiabele {
            bsn
          }
          rol
          status
          versie
          aangemeldDoor
          overdrachtAan
          overgedragenDoor
          overgedragenOp
          geslotenOp
          basisvoorwaarden {
            onderdak {
              type
              per
            }
          }
        }
      }
    }
  }
`;

interface Dossier {
  id: string;
  bsn: { bsn: string } | null;
  rol: string;
  status: string;
  versie: number;
  aangemeldDoor: string;
  overdrachtAan: string | null;
  overgedragenDoor: string | null;
  overgedragenOp: string | null;
  geslotenOp: string | null;
  basisvoorwaarden: { onderdak: { type: string | null; per: string | null } } | null;
}

async function dossierOf(gemeentecode: string, status: string, bsn: string): Promise<Dossier | undefined> {
  const response = await gateway(nazorg(gemeentecode), DOSSIERS, { gemeentecode, status });
  expect(response.errors).toBeUndefined();
  const edges = (response.data?.['nazorgdossiers'] as { edges: { node: Dossier }[] }).edges;
  return edges.map((edge) => edge.node).find((dossier) => dossier.bsn?.bsn === bsn);
}

// A dossier opens on the day its melding arrives: it is handed over that day.
const OVERDRACHTSDAG = new Date().toISOString().slice(0, 10);
const bsn = testBsn(601);
const skn = '9000000601';
let verblijfId: string;
let versie: number;

describe('a changed gemeente of return (DJI), with its reason', () => {
  beforeAll(async () => {
    const registered = await federation.ask(federation.stack.subgraphUrls.dji, CASEMANAGER, REGISTREER_INSTROOM, {
      input: {
        ...instroom(601, VORIGE, bsn),
        herkomst: { soort: 'GEMEENTE', gemeentecode: HERKOMST },
      },
    });
    expect(registered.errors).toBeUndefined();
    verblijfId = (registered.data?.['registreerInstroom'] as { id: string }).id;
    await eventually(async () => (await dossierOf(VORIGE, 'AANGEMELD', bsn)) !== undefined, 10_000, 'the dossier');
    await eventually(async () => (await dossierOf(HERKOMST, 'AANGEMELD', bsn)) !== undefined, 10_000, 'the dossier');
    const stay = await gateway(CASEMANAGER, '{ verblijf(id: "' + verblijfId + '") { versie } }');
    versie = (stay.data?.['verblijf'] as { versie: number }).versie;
  });

  it('is refused on a stale version, and from a casemanager of another inrichting, changing nothing', async () => {
    const input = {
      verblijfId,
      terugkeer: { soort: 'GEMEENTE', gemeentecode: NIEUWE },
      reden: 'BELANGEN_SLACHTOFFERS',
      datum: '2026-05-01',
    };
    const stale = await gateway(CASEMANAGER, WIJZIG, { input: { ...input, verwachteVersie: versie + 1 } });
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);
    const other = await gateway({ ...CASEMANAGER, org: 'dji:PI-ALMELO' }, WIJZIG, {
      input: { ...input, verwachteVersie: versie },
    });
    expect(codes(other)).toEqual(['ACCESS_DENIED']);
    const gemeente = await gateway(nazorg(VORIGE), WIJZIG, { input: { ...input, verwachteVersie: versie } });
    expect(codes(gemeente)).toEqual(['ACCESS_DENIED']);
    const same = await gateway(CASEMANAGER, WIJZIG, {
      input: { ...input, verwachteVersie: versie, terugkeer: { soort: 'GEMEENTE', gemeentecode: VORIGE } },
    });
    expect(codes(same)).toEqual(['INVALID_INPUT']);
    expect(await federation.rows('dji', 'SELECT 1 FROM terugkeerwijziging')).toEqual([]);
  });

  it('before the change, the new gemeente has no ground on the stay', async () => {
    const response = await gateway(nazorg(NIEUWE), STAY_OF_PERSON, { bsn });
    expect(response.data?.['justitiabeleOpBsn']).toBeNull();
    expect(codes(response)).toEqual(['ACCESS_DENIED']);
  });

  it('records the new gemeente with the reason, which only DJI itself reads', async () => {
    const changed = await gateway(CASEMANAGER, WIJZIG, {
      input: {
        verblijfId,
        verwachteVersie: versie,
        terugkeer: { soort: 'GEMEENTE', gemeentecode: NIEUWE },
        reden: 'BELANGEN_SLACHTOFFERS',
        datum: '2026-05-01',
      },
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.['wijzigTerugkeergemeente']).toEqual({
      versie: versie + 1,
      terugkeer: { soort: 'GEMEENTE', gemeentecode: NIEUWE },
      terugkeerwijzigingen: [
        {
          datum: '2026-05-01',
          reden: 'BELANGEN_SLACHTOFFERS',
          vorige: { gemeentecode: VORIGE },
          nieuwe: { gemeentecode: NIEUWE },
        },
      ],
    });
    const asNieuwe = await gateway(nazorg(NIEUWE), STAY, { id: verblijfId });
    expect(asNieuwe.data?.['verblijf']).toEqual({ instroomdatum: '2026-03-01', terugkeerwijzigingen: null });
    expect(codes(asNieuwe)).toEqual(['ACCESS_DENIED']);
    expect(asNieuwe.errors?.[0]?.message).toMatch(/requires own task of the owning party/);
  });

  it('moves art. 51c: the new gemeente reads the stay on every path, the former one on none', async () => {
    const nieuwe = await gateway(nazorg(NIEUWE), STAY_OF_PERSON, { bsn });
    expect(nieuwe.errors).toBeUndefined();
    expect(nieuwe.data?.['justitiabeleOpBsn']).toEqual({
      huidigVerblijf: { instroomdatum: '2026-03-01', verwachteUitstroomdatum: '2026-12-15' },
    });

    const vorigeRoot = await gateway(nazorg(VORIGE), STAY, { id: verblijfId });
    expect(vorigeRoot.data?.['verblijf']).toBeNull();
    expect(codes(vorigeRoot)).toEqual(['ACCESS_DENIED']);
    const vorigeNested = await gateway(nazorg(VORIGE), STAY_OF_PERSON, { bsn });
    expect(vorigeNested.data?.['justitiabeleOpBsn']).toBeNull();
    expect(codes(vorigeNested)).toEqual(['ACCESS_DENIED']);
    const djiUrl = federation.stack.subgraphUrls.dji;
    const representations = [{ __typename: 'Justitiabele', id: skn }];
    const vorigeEntities = await federation.ask(djiUrl, nazorg(VORIGE), ENTITIES, { representations });
    // `huidigVerblijf` is a part of the joined `signalen`: refused by itself, the person held or not alike.
    expect(vorigeEntities.data?.['_entities']).toEqual([{ huidigVerblijf: null }]);
    expect(codes(vorigeEntities)).toEqual(['ACCESS_DENIED']);
    const nieuweEntities = await federation.ask(djiUrl, nazorg(NIEUWE), ENTITIES, { representations });
    expect(nieuweEntities.errors).toBeUndefined();
    expect(nieuweEntities.data?.['_entities']).toEqual([{ huidigVerblijf: { instroomdatum: '2026-03-01' } }]);

    // The gemeente of origin keeps its own ground.
    const herkomst = await gateway(nazorg(HERKOMST), STAY_OF_PERSON, { bsn });
    expect(herkomst.errors).toBeUndefined();

    // The lists follow: the former gemeente no longer finds the stay among its gemeente of return's.
    const list = await gateway(
      nazorg(VORIGE),
      '{ verblijven(filter: { terugkeergemeente: "0363" }, first: 100) { edges { node { id } } } }',
    );
    expect(JSON.stringify(list.data)).not.toContain(verblijfId);
  });

  it('refuses the changes of return to both gemeenten through _entities at DJI, by bsn and by id; DJI reads them', async () => {
    const STAY_CHANGES = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Justitiabele {
            huidigVerblijf {
              instroomdatum
              terugkeerwijzigingen {
                reden
              }
            }
          }
        }
      }
    `;
    const changesAt = (caller: TokenClaims, key: { bsn: string } | { id: string }) =>
      federation.ask(federation.stack.subgraphUrls.dji, caller, STAY_CHANGES, {
        representations: [{ __typename: 'Justitiabele', ...key }],
      });
    for (const key of [{ bsn }, { id: skn }]) {
      const nieuwe = await changesAt(nazorg(NIEUWE), key);
      expect(nieuwe.data?.['_entities']).toEqual([
        { huidigVerblijf: { instroomdatum: '2026-03-01', terugkeerwijzigingen: null } },
      ]);
      expect(codes(nieuwe)).toEqual(['ACCESS_DENIED']);
      expectDenied(nieuwe, ['_entities', 0, 'huidigVerblijf', 'terugkeerwijzigingen']);

      const vorige = await changesAt(nazorg(VORIGE), key);
      expect(vorige.data?.['_entities']).toEqual([{ huidigVerblijf: null }]);
      expect(codes(vorige)).toEqual(['ACCESS_DENIED']);
      expect(JSON.stringify(vorige)).not.toContain('BELANGEN_SLACHTOFFERS');

      const eigen = await changesAt(CASEMANAGER, key);
      expect(eigen.errors).toBeUndefined();
      expect(eigen.data?.['_entities']).toEqual([
        {
          huidigVerblijf: {
            instroomdatum: '2026-03-01',
            terugkeerwijzigingen: [{ reden: 'BELANGEN_SLACHTOFFERS' }],
          },
        },
      ]);
    }
  });

  it("shows in DJI's processing log: a permit on art. 51c for the new gemeente, a denial for the former one", async () => {
    const traceNieuwe = randomBytes(16).toString('hex');
    const traceVorige = randomBytes(16).toString('hex');
    await gateway(nazorg(NIEUWE), STAY_OF_PERSON, { bsn }, traceNieuwe);
    await gateway(nazorg(VORIGE), STAY_OF_PERSON, { bsn }, traceVorige);
    const decisions = (trace: string) =>
      federation.rows<{ decision: string; policy: string }>(
        'dji',
        `SELECT DISTINCT decision, policy FROM access_decision WHERE trace_id = $1 ORDER BY decision`,
        [trace],
      );
    expect(await decisions(traceNieuwe)).toEqual([
      { decision: 'PERMIT', policy: 'https://ketengraaf.nl/verwerkingsactiviteiten/dji/art-51c-wjsg' },
    ]);
    expect(await decisions(traceVorige)).toEqual([{ decision: 'DENY', policy: 'no-legal-ground' }]);
    const records = await federation.rows<{ processing_activity_id: string }>(
      'dji',
      'SELECT DISTINCT processing_activity_id FROM processing_log_record WHERE trace_id = $1',
      [traceVorige],
    );
    expect(records).toEqual([]);
  });

  it('tells the new gemeente (a dossier opens) and the former one (it is to hand over), and no one else', async () => {
    await eventually(async () => (await dossierOf(NIEUWE, 'AANGEMELD', bsn)) !== undefined, 10_000, 'new dossier');
    expect(await dossierOf(NIEUWE, 'AANGEMELD', bsn)).toMatchObject({
      rol: 'ONTVANGENDE_GEMEENTE',
      aangemeldDoor: 'dji:PI-VUGHT',
      overgedragenDoor: null,
    });
    await eventually(
      async () => (await dossierOf(VORIGE, 'AANGEMELD', bsn))?.overdrachtAan === NIEUWE,
      10_000,
      'the former dossier told',
    );
    const sent = await federation.rows<{ ontvanger: string; data: Record<string, unknown> }>(
      'dji',
      `SELECT ontvanger, data FROM melding_outbox WHERE type = 'nl.ketengraaf.dji.terugkeergemeente.gewijzigd' ORDER BY ontvanger`,
    );
    expect(sent.map((melding) => melding.ontvanger)).toEqual([`gemeente:${VORIGE}`, `gemeente:${NIEUWE}`]);
    // The reason stays with DJI.
    expect(JSON.stringify(sent)).not.toContain('SLACHTOFFER');
    expect(await dossierOf(HERKOMST, 'AANGEMELD', bsn)).toMatchObject({ overdrachtAan: null });
  });
});

describe('the handover from the former gemeente of return to the new one', () => {
  it('is refused to a gemeente DJI did not name anyone to hand over to', async () => {
    const herkomst = await dossierOf(HERKOMST, 'AANGEMELD', bsn);
    const refused = await gateway(nazorg(HERKOMST), OVERDRACHT, {
      input: { dossierId: herkomst?.id, verwachteVersie: herkomst?.versie, datum: OVERDRACHTSDAG },
    });
    expect(codes(refused)).toEqual(['INVALID_STATE']);
  });

  it("is refused to another gemeente's nazorgcoördinator", async () => {
    const vorige = await dossierOf(VORIGE, 'AANGEMELD', bsn);
    const refused = await gateway(nazorg(NIEUWE), OVERDRACHT, {
      input: { dossierId: vorige?.id, verwachteVersie: vorige?.versie, datum: OVERDRACHTSDAG },
    });
    expect(codes(refused)).toEqual(['ACCESS_DENIED']);
  });

  it('closes the former dossier as OVERGEDRAGEN and the new gemeente keeps what the handover says', async () => {
    const before = await dossierOf(VORIGE, 'AANGEMELD', bsn);
    const onderdak = await gateway(nazorg(VORIGE), WERK_BIJ, {
      input: {
        dossierId: before?.id,
        verwachteVersie: before?.versie,
        onderdak: { type: 'BIJ_FAMILIE_OF_VRIENDEN', per: '2026-12-15' },
      },
    });
    expect(onderdak.errors).toBeUndefined();
    const vorige = await dossierOf(VORIGE, 'AANGEMELD', bsn);
    const handed = await gateway(nazorg(VORIGE), OVERDRACHT, {
      input: { dossierId: vorige?.id, verwachteVersie: vorige?.versie, datum: OVERDRACHTSDAG },
    });
    expect(handed.errors).toBeUndefined();
    expect(handed.data?.['draagNazorgdossierOver']).toEqual({ status: 'OVERGEDRAGEN', geslotenOp: OVERDRACHTSDAG });

    await eventually(
      async () => (await dossierOf(NIEUWE, 'AANGEMELD', bsn))?.overgedragenDoor === `gemeente:${VORIGE}`,
      10_000,
      'the handover',
    );
    expect(await dossierOf(NIEUWE, 'AANGEMELD', bsn)).toMatchObject({
      overgedragenDoor: `gemeente:${VORIGE}`,
      overgedragenOp: OVERDRACHTSDAG,
      basisvoorwaarden: { onderdak: { type: 'BIJ_FAMILIE_OF_VRIENDEN', per: '2026-12-15' } },
    });
    expect(await dossierOf(VORIGE, 'OVERGEDRAGEN', bsn)).toMatchObject({ geslotenOp: OVERDRACHTSDAG });

    const again = await gateway(nazorg(VORIGE), OVERDRACHT, {
      input: { dossierId: vorige?.id, verwachteVersie: (vorige?.versie ?? 0) + 1, datum: OVERDRACHTSDAG },
    });
    expect(codes(again)).toEqual(['INVALID_STATE']);
  });

  it("keeps each gemeente out of the other's dossier, and the handover in the receiver's log", async () => {
    const nieuwe = await dossierOf(NIEUWE, 'AANGEMELD', bsn);
    const vorige = await dossierOf(VORIGE, 'OVERGEDRAGEN', bsn);
    const asVorige = await gateway(nazorg(VORIGE), `{ nazorgdossier(id: "${nieuwe?.id}") { status } }`);
    expect(asVorige.data?.['nazorgdossier']).toBeNull();
    expect(codes(asVorige)).toEqual(['ACCESS_DENIED']);
    const asNieuwe = await gateway(nazorg(NIEUWE), `{ nazorgdossier(id: "${vorige?.id}") { status } }`);
    expect(asNieuwe.data?.['nazorgdossier']).toBeNull();
    expect(codes(asNieuwe)).toEqual(['ACCESS_DENIED']);
    const receipts = await federation.rows<{
      foreign_operation_processor: string;
      bronhouder: string;
      processing_activity_id: string;
    }>(
      'gemeente',
      `SELECT foreign_operation_processor, bronhouder, processing_activity_id FROM processing_log_record WHERE name = 'melding nl.ketengraaf.gemeente.nazorgdossier.overgedragen'`,
    );
    expect(receipts).toEqual([
      {
        foreign_operation_processor: `gemeente:${VORIGE}`,
        bronhouder: `gemeente:${NIEUWE}`,
        processing_activity_id: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/art-18a-pbw',
      },
    ]);
  });
});

const OVERDRACHT = /* GraphQL */ `
  mutation ($input: OverdrachtInput!) {
    draagNazorgdossierOver(input: $input) {
      status
      geslotenOp
    }
  }
`;

const WERK_BIJ = /* GraphQL */ `
  mutation ($input: BasisvoorwaardenInput!) {
    werkBasisvoorwaardenBij(input: $input) {
      versie
    }
  }
`;
