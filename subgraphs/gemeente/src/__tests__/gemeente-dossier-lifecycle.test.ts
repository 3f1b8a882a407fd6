import { errorCodes } from '@ketengraaf/subgraph-kit/testing';

import {
  AMSTERDAM,
  asGemeente,
  BIJWERKEN,
  countRows,
  nazorgdossier,
  OPEN,
  openDossier,
  SLUITEN,
  startGemeente,
} from './gemeente-fixtures';
import type { DossierAnswer, GemeenteSubgraph } from './gemeente-fixtures';

let gemeente: GemeenteSubgraph;

beforeAll(async () => {
  gemeente = await startGemeente('gemeente_lifecycle', AMSTERDAM);
});

afterAll(() => gemeente.stop());

describe('opening and closing a nazorgdossier', () => {
  let dossier: DossierAnswer;

  it('opens a dossier with the own gemeente on its side of the rol and nothing arranged yet', async () => {
    const response = await gemeente.ask<{ openNazorgdossier: DossierAnswer }>(OPEN, { input: nazorgdossier() });
    expect(response.errors).toBeUndefined();
    expect(response.data?.openNazorgdossier).toMatchObject({
      versie: 1,
      status: 'OPEN',
      gemeentecode: '0363',
      rol: 'ONTVANGENDE_GEMEENTE',
      herkomstgemeente: '0479',
      ontvangendeGemeente: '0363',
      aangemeldDoor: 'dji:PI-ZAANSTAD',
      geopendOp: '2026-03-01',
      nazorgcoordinator: { naam: 'N. Coordinator', email: 'n.coordinator@amsterdam.example.nl', telefoon: null },
      justitiabele: { bsn: '111222308' },
      basisvoorwaarden: {
        identiteitsbewijs: { aangevraagdOp: null, gereedOp: null },
        onderdak: { type: null, per: null },
        inkomen: { werk: false, bankrekening: false },
        zorg: { zorgverzekering: false },
      },
    });
    dossier = response.data?.openNazorgdossier ?? dossier;
  });

  it('refuses a second open dossier of the same gemeente on the same person, and writes nothing', async () => {
    const before = await countRows(gemeente, 'nazorgdossier');
    const response = await gemeente.ask(OPEN, { input: nazorgdossier({ geopendOp: '2026-04-01' }) });
    expect(errorCodes(response)).toEqual(['INVALID_STATE']);
    expect(await countRows(gemeente, 'nazorgdossier')).toBe(before);
  });

  it('lets the gemeente of origin keep its own dossier on the same person', async () => {
    const herkomst = await openDossier(gemeente, {
      gemeentecode: '0479',
      rol: 'HERKOMSTGEMEENTE',
      herkomstgemeente: null,
      ontvangendeGemeente: '0363',
    });
    expect(herkomst).toMatchObject({ status: 'OPEN', versie: 1 });
  });

  it('refuses closing before the dossier was opened, then closes it', async () => {
    const early = await gemeente.ask(SLUITEN, {
      input: { dossierId: dossier.id, verwachteVersie: 1, geslotenOp: '2026-02-28' },
    });
    expect(errorCodes(early)).toEqual(['INVALID_PERIOD']);
    const closed = await gemeente.ask(SLUITEN, {
      input: { dossierId: dossier.id, verwachteVersie: 1, geslotenOp: '2026-09-30' },
    });
    expect(closed.data?.['sluitNazorgdossier']).toEqual({
      id: dossier.id,
      versie: 2,
      status: 'GESLOTEN',
      geslotenOp: '2026-09-30',
    });
  });

  it('lets only one of two concurrent openings for the same gemeente and person through', async () => {
    const input = nazorgdossier({ gemeentecode: '0772', bsn: '111222400', herkomstgemeente: null });
    const zaanstad = asGemeente('0772');
    const results = await Promise.all([
      gemeente.ask(OPEN, { input }, zaanstad),
      gemeente.ask(OPEN, { input }, zaanstad),
    ]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['INVALID_STATE', 'OK']);
  });

  it('refuses changes to a closed dossier but allows a new open one', async () => {
    const change = await gemeente.ask(BIJWERKEN, {
      input: { dossierId: dossier.id, verwachteVersie: 2, zorg: { zorgverzekering: true } },
    });
    expect(errorCodes(change)).toEqual(['INVALID_STATE']);
    const again = await gemeente.ask(SLUITEN, {
      input: { dossierId: dossier.id, verwachteVersie: 2, geslotenOp: '2026-10-01' },
    });
    expect(errorCodes(again)).toEqual(['INVALID_STATE']);
    expect(await openDossier(gemeente, { geopendOp: '2026-10-15' })).toMatchObject({ status: 'OPEN', versie: 1 });
  });
});

describe('bad input gets a specific error and writes nothing', () => {
  it.each([
    ['a BSN failing the elfproef', { bsn: '123456789' }, 'INVALID_BSN', 'elfproef'],
    ['a BSN of eight digits', { bsn: '12345678' }, 'INVALID_BSN', 'nine digits'],
    ['an unknown gemeentecode', { gemeentecode: '9999' }, 'UNKNOWN_GEMEENTECODE', '9999'],
    ['an unknown herkomstgemeente', { herkomstgemeente: '0000' }, 'UNKNOWN_GEMEENTECODE', '0000'],
    [
      'an e-mail address without @',
      { nazorgcoordinator: { naam: 'N. C', email: 'nc.amsterdam.nl' } },
      'INVALID_INPUT',
      'e-mail',
    ],
    [
      'a ZVH named while it takes no part',
      { zvhNaam: 'Zorg- en Veiligheidshuis Amsterdam' },
      'INVALID_INPUT',
      'zvhBetrokken',
    ],
    [
      'procesregie with a ZVH that takes no part',
      { procesregie: 'ZORG_EN_VEILIGHEIDSHUIS' },
      'INVALID_INPUT',
      'zvhBetrokken',
    ],
    ['a notifier that is no organisation', { aangemeldDoor: 'iemand' }, 'INVALID_INPUT', 'iemand'],
    ['a notifying gemeente that does not exist', { aangemeldDoor: 'gemeente:9999' }, 'UNKNOWN_GEMEENTECODE', '9999'],
    ['an ontvangende gemeente other than its own', { ontvangendeGemeente: '0599' }, 'INVALID_INPUT', '0599'],
  ])('refuses %s', async (_case, overrides, code, message) => {
    const before = await countRows(gemeente, 'nazorgdossier');
    const response = await gemeente.ask(OPEN, { input: nazorgdossier({ bsn: '999990019', ...overrides }) });
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts/);
    expect(await countRows(gemeente, 'nazorgdossier')).toBe(before);
    expect(await countRows(gemeente, 'basisvoorwaarden_status')).toBe(before);
  });
});
