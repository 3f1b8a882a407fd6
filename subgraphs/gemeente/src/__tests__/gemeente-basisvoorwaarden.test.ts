import { errorCodes } from '@ketengraaf/subgraph-kit/testing';

import { BIJWERKEN, openDossier, SLUITEN, startGemeente, UTRECHT } from './gemeente-fixtures';
import type { GemeenteSubgraph } from './gemeente-fixtures';

let gemeente: GemeenteSubgraph;

beforeAll(async () => {
  gemeente = await startGemeente('gemeente_basisvoorwaarden', UTRECHT);
});

afterAll(() => gemeente.stop());

describe('status per basisvoorwaarde', () => {
  // Utrecht's dossiers, changed and read by Utrecht's nazorgcoördinator.
  let dossierId: string;
  const bijwerken = (input: Record<string, unknown>) =>
    gemeente.ask(BIJWERKEN, { input: { dossierId, ...input } }, UTRECHT);
  const stored = async () =>
    (
      await gemeente.subgraph.database.dataSource.query<Record<string, unknown>[]>(
        `SELECT d.versie, s.identiteitsbewijs_aangevraagd_op, s.identiteitsbewijs_gereed_op, s.onderdak_type, s.inkomen_uitkering_toegekend_op
         FROM nazorgdossier d JOIN basisvoorwaarden_status s ON s.dossier_id = d.id WHERE d.id = $1`,
        [dossierId],
      )
    )[0];

  beforeAll(async () => {
    dossierId = (await openDossier(gemeente, { bsn: '111222321', gemeentecode: '0344', herkomstgemeente: null })).id;
  });

  it('changes only the voorwaarden given, bumps the dossier version, and reads them back', async () => {
    const first = await bijwerken({
      verwachteVersie: 1,
      identiteitsbewijs: { aangevraagdOp: '2026-03-10', gereedOp: '2026-03-31' },
      onderdak: { type: 'MAATSCHAPPELIJKE_OPVANG', per: '2026-06-01' },
    });
    expect(first.errors).toBeUndefined();
    const second = await bijwerken({
      verwachteVersie: 2,
      inkomen: { uitkeringAangevraagdOp: '2026-05-01', werk: false, bankrekening: true },
      zorg: { zorgverzekering: true, indicatie: ' Wmo-begeleiding ' },
    });
    expect(second.data?.['werkBasisvoorwaardenBij']).toEqual({
      versie: 3,
      basisvoorwaarden: {
        identiteitsbewijs: { aangevraagdOp: '2026-03-10', gereedOp: '2026-03-31' },
        onderdak: { type: 'MAATSCHAPPELIJKE_OPVANG', per: '2026-06-01' },
        inkomen: { uitkeringAangevraagdOp: '2026-05-01', uitkeringToegekendOp: null, werk: false, bankrekening: true },
        schulden: { schuldhulpGestartOp: null },
        zorg: { zorgverzekering: true, indicatie: 'Wmo-begeleiding' },
      },
    });
    const read = await gemeente.ask(
      `query ($id: ID!) { nazorgdossier(id: $id) { versie basisvoorwaarden { onderdak { type } zorg { indicatie } } } }`,
      { id: dossierId },
      UTRECHT,
    );
    expect(read.data?.['nazorgdossier']).toEqual({
      versie: 3,
      basisvoorwaarden: { onderdak: { type: 'MAATSCHAPPELIJKE_OPVANG' }, zorg: { indicatie: 'Wmo-begeleiding' } },
    });
  });

  it('refuses a change based on a stale version and overwrites nothing', async () => {
    const response = await bijwerken({ verwachteVersie: 2, onderdak: { type: 'GEEN' } });
    expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
    expect(response.errors?.[0]?.extensions?.['currentVersion']).toBe(3);
    expect(await stored()).toMatchObject({ versie: 3, onderdak_type: 'MAATSCHAPPELIJKE_OPVANG' });
  });

  it('lets only one of two concurrent changes based on the same version through', async () => {
    const other = (await openDossier(gemeente, { bsn: '111222424', gemeentecode: '0344', herkomstgemeente: null })).id;
    const change = (type: string) =>
      gemeente.ask(BIJWERKEN, { input: { dossierId: other, verwachteVersie: 1, onderdak: { type } } }, UTRECHT);
    const results = await Promise.all([change('EIGEN_WONING'), change('KAMERVERHUUR')]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['OK', 'VERSION_CONFLICT']);
  });

  it.each([
    [
      'an identiteitsbewijs ready before it was applied for',
      { identiteitsbewijs: { aangevraagdOp: '2026-04-10', gereedOp: '2026-04-01' } },
      'Identiteitsbewijs',
    ],
    [
      'an uitkering granted before it was applied for',
      {
        inkomen: {
          uitkeringAangevraagdOp: '2026-05-01',
          uitkeringToegekendOp: '2026-04-30',
          werk: false,
          bankrekening: true,
        },
      },
      'Uitkering',
    ],
  ])('refuses %s with INVALID_PERIOD and writes nothing', async (_case, change, message) => {
    const response = await bijwerken({ verwachteVersie: 3, onderdak: { type: 'GEEN' }, ...change });
    expect(errorCodes(response)).toEqual(['INVALID_PERIOD']);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(await stored()).toEqual({
      versie: 3,
      identiteitsbewijs_aangevraagd_op: '2026-03-10',
      identiteitsbewijs_gereed_op: '2026-03-31',
      onderdak_type: 'MAATSCHAPPELIJKE_OPVANG',
      inkomen_uitkering_toegekend_op: null,
    });
  });

  it('refuses a change that names no voorwaarde', async () => {
    expect(errorCodes(await bijwerken({ verwachteVersie: 3 }))).toEqual(['INVALID_INPUT']);
  });

  it('answers an unknown dossier id to a change as one it may not make, and the query as one without a ground', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const change = await gemeente.ask(
        BIJWERKEN,
        { input: { dossierId: id, verwachteVersie: 1, zorg: { zorgverzekering: true } } },
        UTRECHT,
      );
      expect(errorCodes(change)).toEqual(['ACCESS_DENIED']);
      const close = await gemeente.ask(
        SLUITEN,
        { input: { dossierId: id, verwachteVersie: 1, geslotenOp: '2026-10-01' } },
        UTRECHT,
      );
      expect(errorCodes(close)).toEqual(['ACCESS_DENIED']);
      const read = await gemeente.ask(`query ($id: ID!) { nazorgdossier(id: $id) { id } }`, { id }, UTRECHT);
      expect(read.data).toEqual({ nazorgdossier: null });
      expect(errorCodes(read)).toEqual(['ACCESS_DENIED']);
    }
  });
});
