import { errorCodes, expectAllowed } from '@ketengraaf/subgraph-kit/testing';

import {
  countRows,
  expectError,
  REGISTREER_DELICTCATEGORIE as DELICT,
  REGISTREER_SLACHTOFFEROMGEVING as SLACHTOFFER,
  sql,
  startOmBurgemeester,
} from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';

const PERSOON = '5000000001';
const ANDER = '5000000002';

let om: OmBurgemeesterSubgraph;

beforeAll(async () => {
  om = await startOmBurgemeester('strafzaak');
});

afterAll(() => om.stop());

describe('a case and its delictcategorie', () => {
  let zaakId: string;

  it('registers a new case with its delictcategorie', async () => {
    const response = await om.ask(DELICT, {
      input: {
        justitiabeleId: PERSOON,
        parketnummer: '13/123456-26',
        delictcategorie: 'ERNSTIG_GEWELD',
        verwachteVersie: 0,
      },
    });
    const zaak = expectAllowed(response, ['registreerDelictcategorie']) as { id: string };
    expect(zaak).toMatchObject({ parketnummer: '13/123456-26', delictcategorie: 'ERNSTIG_GEWELD', versie: 1 });
    zaakId = zaak.id;
  });

  it('changes the delictcategorie when based on the current version', async () => {
    const response = await om.ask(DELICT, {
      input: { justitiabeleId: PERSOON, parketnummer: '13/123456-26', delictcategorie: 'ZEDEN', verwachteVersie: 1 },
    });
    expect(expectAllowed(response, ['registreerDelictcategorie'])).toMatchObject({
      delictcategorie: 'ZEDEN',
      versie: 2,
    });
  });

  it('refuses a change based on a stale version with VERSION_CONFLICT and writes nothing', async () => {
    const response = await om.ask(DELICT, {
      input: { justitiabeleId: PERSOON, parketnummer: '13/123456-26', delictcategorie: 'VERMOGEN', verwachteVersie: 1 },
    });
    expectError(response, 'VERSION_CONFLICT', /at version 2, not 1/);
    expect(response.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    const [row] = await sql<{ delictcategorie: string; versie: number }>(
      om,
      `SELECT delictcategorie, versie FROM om.strafzaak WHERE parketnummer = '13/123456-26'`,
    );
    expect(row).toEqual({ delictcategorie: 'ZEDEN', versie: 2 });
  });

  it('refuses registering a case that exists as new (VERSION_CONFLICT), an unknown one as known (ACCESS_DENIED, as a case it may not change), and another person’s', async () => {
    const base = { justitiabeleId: PERSOON, parketnummer: '13/123456-26', delictcategorie: 'ZEDEN' };
    expectError(await om.ask(DELICT, { input: { ...base, verwachteVersie: 0 } }), 'VERSION_CONFLICT');
    expectError(
      await om.ask(DELICT, { input: { ...base, parketnummer: '13/999999-26', verwachteVersie: 3 } }),
      'ACCESS_DENIED',
      /Change of Strafzaak 13\/999999-26 denied/,
    );
    expectError(
      await om.ask(DELICT, { input: { ...base, justitiabeleId: ANDER, verwachteVersie: 2 } }),
      'INVALID_INPUT',
      /against another person/,
    );
    expect(await countRows(om, 'om.strafzaak')).toBe(1);
  });

  it('refuses a parketnummer that is not one, and an unknown delictcategorie', async () => {
    const base = { justitiabeleId: PERSOON, delictcategorie: 'ZEDEN', verwachteVersie: 0 };
    expectError(await om.ask(DELICT, { input: { ...base, parketnummer: '123456' } }), 'INVALID_INPUT', /13\/123456-26/);
    const unknown = await om.ask(DELICT, {
      input: { ...base, parketnummer: '13/111111-26', delictcategorie: 'DIEFSTAL' },
    });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(await countRows(om, 'om.strafzaak')).toBe(1);
  });

  it('records the slachtofferomgeving with its gemeente, versioned', async () => {
    const response = await om.ask(SLACHTOFFER, {
      input: { zaakId, verwachteVersie: 2, inDirecteWoonomgeving: true, gemeentecode: '0363' },
    });
    expect(expectAllowed(response, ['registreerSlachtofferomgeving'])).toEqual({
      versie: 3,
      slachtofferomgeving: { inDirecteWoonomgeving: true, gemeentecode: '0363' },
    });
  });

  it('refuses a slachtofferomgeving without gemeente, with an unknown gemeentecode, stale or on no case', async () => {
    expectError(
      await om.ask(SLACHTOFFER, { input: { zaakId, verwachteVersie: 3, inDirecteWoonomgeving: true } }),
      'INVALID_INPUT',
      /gemeentecode/,
    );
    expectError(
      await om.ask(SLACHTOFFER, {
        input: { zaakId, verwachteVersie: 3, inDirecteWoonomgeving: true, gemeentecode: '9999' },
      }),
      'UNKNOWN_GEMEENTECODE',
    );
    expectError(
      await om.ask(SLACHTOFFER, { input: { zaakId, verwachteVersie: 2, inDirecteWoonomgeving: false } }),
      'VERSION_CONFLICT',
    );
    expectError(
      await om.ask(SLACHTOFFER, {
        input: { zaakId: '00000000-0000-4000-8000-000000000000', verwachteVersie: 1, inDirecteWoonomgeving: false },
      }),
      'ACCESS_DENIED',
    );
    const [row] = await sql<{ in: boolean; versie: number }>(
      om,
      `SELECT slachtoffer_in_directe_woonomgeving AS in, versie FROM om.strafzaak WHERE id = $1`,
      [zaakId],
    );
    expect(row).toEqual({ in: true, versie: 3 });
  });
});
