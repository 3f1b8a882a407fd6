import { errorCodes } from '@ketengraaf/subgraph-kit/testing';

import {
  AMSTERDAM,
  BURGEMEESTER,
  DJI_VUGHT,
  label,
  logOf,
  PERSONS,
  query,
  RN_TOEZICHT,
  ROTTERDAM_PRIVACY_OFFICER,
  startWithDossiers,
  ZVH_RIJNMOND,
} from './gemeente-access-fixtures';
import type { Dossier, DossierWorld } from './gemeente-access-fixtures';

let world: DossierWorld;

beforeAll(async () => {
  world = await startWithDossiers('gemeente_writes');
});

afterAll(() => world.gemeente.stop());

describe("changes to another gemeente's dossier", () => {
  /** Every dossier with its status, as stored, to show that nothing changed. */
  const stored = () =>
    query<{ row: unknown }>(
      world.gemeente,
      `SELECT to_jsonb(d) || to_jsonb(s) AS row
         FROM nazorgdossier d JOIN basisvoorwaarden_status s ON s.dossier_id = d.id ORDER BY d.id`,
    );
  const BIJWERKEN = `mutation ($input: BasisvoorwaardenInput!) { werkBasisvoorwaardenBij(input: $input) { id versie } }`;
  const SLUITEN = `mutation ($input: SluitingInput!) { sluitNazorgdossier(input: $input) { id status } }`;
  const OPENEN = `mutation ($input: NazorgdossierInput!) { openNazorgdossier(input: $input) { id } }`;
  // The dossiers' ids are known only once opened, so the variables are made when the test runs.
  const change = (dossier: Dossier) => () => ({
    input: { dossierId: world.ids[dossier], verwachteVersie: 1, onderdak: { type: 'GEEN' } },
  });
  const closing = (dossier: Dossier) => () => ({
    input: { dossierId: world.ids[dossier], verwachteVersie: 1, geslotenOp: '2026-09-30' },
  });
  const opening = (gemeentecode: string) => () => ({
    input: {
      gemeentecode,
      bsn: PERSONS.C,
      rol: 'ONTVANGENDE_GEMEENTE',
      aangemeldDoor: 'dji:PI-VUGHT',
      nazorgcoordinator: { naam: 'X. Buiten', email: 'x.buiten@gemeente.example.nl' },
      procesregie: 'GEMEENTE',
      zvhBetrokken: false,
      geopendOp: '2026-04-01',
    },
  });

  it.each([
    ['another gemeente changes the basisvoorwaarden', AMSTERDAM, BIJWERKEN, change('A1')],
    ['another gemeente closes the dossier', AMSTERDAM, SLUITEN, closing('A1')],
    ['a gemeente opens a dossier for another gemeente', AMSTERDAM, OPENEN, opening('0599')],
    ['the notifying DJI changes the basisvoorwaarden it may read', DJI_VUGHT, BIJWERKEN, change('A1')],
    ['the notifying reclassering closes the dossier it may read', RN_TOEZICHT, SLUITEN, closing('B1')],
    ['the named ZVH changes the basisvoorwaarden it may read', ZVH_RIJNMOND, BIJWERKEN, change('A1')],
    [
      "the own gemeente's privacy officer changes the basisvoorwaarden",
      ROTTERDAM_PRIVACY_OFFICER,
      BIJWERKEN,
      change('A1'),
    ],
    ['the burgemeester opens a dossier', BURGEMEESTER, OPENEN, opening('0363')],
  ] as const)('refuses it when %s, and writes nothing', async (_case, caller, mutation, variables) => {
    const before = await stored();
    const { response, traceId } = await world.gemeente.askTraced(mutation, variables(), caller);
    expect(response.data).toBeNull();
    expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
    expect(response.errors?.[0]?.message).toContain(label(caller));
    expect((await logOf(world.gemeente, traceId)).records).toEqual([]);
    expect(await stored()).toEqual(before);
  });
});
