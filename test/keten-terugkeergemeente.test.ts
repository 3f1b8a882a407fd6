import { randomBytes } from 'node:crypto';

import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { expectDenied } from '@ketengraaf/subgraph-kit/testing';

import { codes, gatewayOf, nazorg } from './keten-fixtures';
import {
  dossierLookup,
  HERKOMST,
  NIEUWE,
  PERSOON,
  registreerPersoon,
  VORIGE,
  WIJZIG,
} from './keten-terugkeergemeente-fixtures';
import { eventually } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/** The chain's changes (issue 12 point 5): a changed gemeente of return, with its meldingen. */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('keten_wijz');
});

afterAll(() => federation.stop());

const gateway = gatewayOf(() => federation);
const dossierOf = dossierLookup(() => federation);
const { bsn, skn } = PERSOON;
let verblijfId: string;
let versie: number;

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

describe('a changed gemeente of return (DJI), with its reason', () => {
  beforeAll(async () => {
    ({ verblijfId, versie } = await registreerPersoon(() => federation));
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
