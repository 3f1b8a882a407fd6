import { expectAllowed } from '@ketengraaf/subgraph-kit/testing';

import {
  asPerson,
  burgemeester,
  countRows,
  expectError,
  OFFICIER,
  registreerZaak,
  sql,
  startOmBurgemeester,
} from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';

const PERSOON = '5000000001';
const AMSTERDAM = burgemeester('0363');
const ROTTERDAM = burgemeester('0599');

const ZIENSWIJZE = /* GraphQL */ `
  mutation ($input: ZienswijzeInput!) {
    geefZienswijze(input: $input) {
      id
      burgemeester
      datum
      tekst
      gebiedsverbod
      verzondenAanOmOp
      versie
    }
  }
`;
const WIJZIG_ZIENSWIJZE = /* GraphQL */ `
  mutation ($input: ZienswijzeWijzigingInput!) {
    wijzigZienswijze(input: $input) {
      tekst
      gebiedsverbod
      versie
    }
  }
`;
const ANALYSE = /* GraphQL */ `
  mutation ($input: OmgevingsanalyseInput!) {
    registreerOmgevingsanalyse(input: $input) {
      id
      burgemeester
      bevindingen
      versie
    }
  }
`;
const WIJZIG_ANALYSE = /* GraphQL */ `
  mutation ($input: OmgevingsanalyseWijzigingInput!) {
    wijzigOmgevingsanalyse(input: $input) {
      bevindingen
      versie
    }
  }
`;
const STUUR = /* GraphQL */ `
  mutation ($input: StuurNaarOmInput!) {
    stuurNaarOm(input: $input) {
      __typename
      ... on Zienswijze {
        verzondenAanOmOp
        versie
      }
      ... on Omgevingsanalyse {
        verzondenAanOmOp
        versie
      }
    }
  }
`;
const STUKKEN = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        zienswijzen {
          id
          tekst
          verzondenAanOmOp
        }
        omgevingsanalyses {
          id
          bevindingen
          verzondenAanOmOp
        }
      }
    }
  }
`;

let om: OmBurgemeesterSubgraph;

/** OM holds a case on the person, so the officier has a ground for it. */
beforeAll(async () => {
  om = await startOmBurgemeester('stukken');
  await registreerZaak(om, PERSOON, '13/123456-26', 'ZEDEN');
});

afterAll(() => om.stop());

describe('zienswijze and omgevingsanalyse', () => {
  let zienswijzeId: string;
  let analyseId: string;
  const stuur = (stuk: string, id: string, verwachteVersie: number, verzondenOp: string) => ({
    input: { stuk, id, verwachteVersie, verzondenOp },
  });

  it('records a zienswijze of the caller’s own burgemeester', async () => {
    const response = await om.ask(
      ZIENSWIJZE,
      {
        input: {
          justitiabeleId: PERSOON,
          datum: '2026-12-10',
          tekst: 'Gebiedsverbod rond de woning van het slachtoffer gewenst.',
          gebiedsverbod: 'Straal van 500 meter rond de Dapperstraat',
        },
      },
      AMSTERDAM,
    );
    const zienswijze = expectAllowed(response, ['geefZienswijze']) as { id: string };
    expect(zienswijze).toMatchObject({
      burgemeester: 'burgemeester:0363',
      gebiedsverbod: 'Straal van 500 meter rond de Dapperstraat',
      verzondenAanOmOp: null,
      versie: 1,
    });
    zienswijzeId = zienswijze.id;
  });

  it('is written only by OOV-advisers of a burgemeester, and changed only by its own', async () => {
    const input = { justitiabeleId: PERSOON, datum: '2026-12-10', tekst: 'x' };
    expectError(await om.ask(ZIENSWIJZE, { input }, OFFICIER), 'ACCESS_DENIED');
    expectError(
      await om.ask(ZIENSWIJZE, { input }, { org: 'burgemeester:0363', role: 'privacy-officer', sub: 'po' }),
      'ACCESS_DENIED',
    );
    expectError(
      await om.ask(
        WIJZIG_ZIENSWIJZE,
        { input: { id: zienswijzeId, verwachteVersie: 1, tekst: 'Overgenomen' } },
        ROTTERDAM,
      ),
      'ACCESS_DENIED',
      /Zienswijze/,
    );
    expectError(await om.ask(ZIENSWIJZE, { input: { ...input, tekst: ' ' } }, AMSTERDAM), 'INVALID_INPUT');
    expect(await countRows(om, 'burgemeester.zienswijze')).toBe(1);
  });

  it('changes one not yet sent, versioned', async () => {
    const change = (verwachteVersie: number, tekst: string) => ({
      input: { id: zienswijzeId, verwachteVersie, tekst, gebiedsverbod: 'Dapperbuurt' },
    });
    const changed = await om.ask(WIJZIG_ZIENSWIJZE, change(1, 'Gebiedsverbod Dapperbuurt gewenst.'), AMSTERDAM);
    expect(expectAllowed(changed, ['wijzigZienswijze'])).toEqual({
      tekst: 'Gebiedsverbod Dapperbuurt gewenst.',
      gebiedsverbod: 'Dapperbuurt',
      versie: 2,
    });
    expectError(await om.ask(WIJZIG_ZIENSWIJZE, change(1, 'Iets anders'), AMSTERDAM), 'VERSION_CONFLICT');
    expectError(
      await om.ask(
        WIJZIG_ZIENSWIJZE,
        { input: { id: '00000000-0000-4000-8000-000000000000', verwachteVersie: 1, tekst: 'x' } },
        AMSTERDAM,
      ),
      'ACCESS_DENIED',
    );
    const [row] = await sql<{ tekst: string }>(om, `SELECT tekst FROM burgemeester.zienswijze WHERE id = $1`, [
      zienswijzeId,
    ]);
    expect(row?.tekst).toBe('Gebiedsverbod Dapperbuurt gewenst.');
  });

  it('records and changes an omgevingsanalyse', async () => {
    const created = expectAllowed(
      await om.ask(
        ANALYSE,
        { input: { justitiabeleId: PERSOON, datum: '2026-12-12', bevindingen: 'School op 200 meter.' } },
        AMSTERDAM,
      ),
      ['registreerOmgevingsanalyse'],
    ) as { id: string };
    analyseId = created.id;
    expect(created).toMatchObject({ burgemeester: 'burgemeester:0363', versie: 1 });
    const changed = await om.ask(
      WIJZIG_ANALYSE,
      { input: { id: analyseId, verwachteVersie: 1, bevindingen: 'School op 250 meter.' } },
      AMSTERDAM,
    );
    expect(expectAllowed(changed, ['wijzigOmgevingsanalyse'])).toEqual({
      bevindingen: 'School op 250 meter.',
      versie: 2,
    });
  });

  it('keeps what was not sent from OM', async () => {
    const response = await om.ask(STUKKEN, asPerson(PERSOON), OFFICIER);
    expect(expectAllowed(response, ['_entities', 0, 'zienswijzen'])).toEqual([]);
    expect(expectAllowed(response, ['_entities', 0, 'omgevingsanalyses'])).toEqual([]);
  });

  it('sends to OM no earlier than the document’s date, versioned, and never changes it after', async () => {
    expectError(await om.ask(STUUR, stuur('ZIENSWIJZE', zienswijzeId, 2, '2026-12-01'), AMSTERDAM), 'INVALID_PERIOD');
    expectError(await om.ask(STUUR, stuur('ZIENSWIJZE', zienswijzeId, 1, '2026-12-11'), AMSTERDAM), 'VERSION_CONFLICT');
    expectError(await om.ask(STUUR, stuur('ZIENSWIJZE', zienswijzeId, 2, '2026-12-11'), ROTTERDAM), 'ACCESS_DENIED');
    // The id of an omgevingsanalyse is no zienswijze.
    expectError(await om.ask(STUUR, stuur('ZIENSWIJZE', analyseId, 2, '2026-12-13'), AMSTERDAM), 'ACCESS_DENIED');
    expect(
      expectAllowed(await om.ask(STUUR, stuur('ZIENSWIJZE', zienswijzeId, 2, '2026-12-11'), AMSTERDAM), [
        'stuurNaarOm',
      ]),
    ).toEqual({ __typename: 'Zienswijze', verzondenAanOmOp: '2026-12-11', versie: 3 });
    expect(
      expectAllowed(await om.ask(STUUR, stuur('OMGEVINGSANALYSE', analyseId, 2, '2026-12-13'), AMSTERDAM), [
        'stuurNaarOm',
      ]),
    ).toEqual({ __typename: 'Omgevingsanalyse', verzondenAanOmOp: '2026-12-13', versie: 3 });
    expectError(
      await om.ask(WIJZIG_ZIENSWIJZE, { input: { id: zienswijzeId, verwachteVersie: 3, tekst: 'Later' } }, AMSTERDAM),
      'INVALID_STATE',
      /sent to OM on 2026-12-11/,
    );
    expectError(await om.ask(STUUR, stuur('OMGEVINGSANALYSE', analyseId, 3, '2026-12-14'), AMSTERDAM), 'INVALID_STATE');
  });

  it('lets OM read what was sent to it', async () => {
    const response = await om.ask(STUKKEN, asPerson(PERSOON), OFFICIER);
    expect(expectAllowed(response, ['_entities', 0, 'zienswijzen'])).toEqual([
      { id: zienswijzeId, tekst: 'Gebiedsverbod Dapperbuurt gewenst.', verzondenAanOmOp: '2026-12-11' },
    ]);
    expect(expectAllowed(response, ['_entities', 0, 'omgevingsanalyses'])).toEqual([
      { id: analyseId, bevindingen: 'School op 250 meter.', verzondenAanOmOp: '2026-12-13' },
    ]);
  });
});
