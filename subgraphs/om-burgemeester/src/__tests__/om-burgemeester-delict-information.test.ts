import { grondslagen } from '@ketengraaf/subgraph-kit';

import { expectDenied } from '@ketengraaf/subgraph-kit/testing';

import { bijMeldingInput, JUSTID, nazorg } from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';
import {
  ALL_PERSONS,
  AMSTERDAM,
  B_VERSTREKT_ROTTERDAM,
  expectNoDelictcategorie,
  expectNoDelictInformation,
  loggedFor,
  PERSON_QUERY,
  PERSONS,
  ROTTERDAM,
  startAccessScenario,
  STRAFZAAK,
  WERKVOORRAAD,
} from './om-burgemeester-scenario';

let om: OmBurgemeesterSubgraph;

beforeAll(async () => {
  om = await startAccessScenario('delict_information');
});

afterAll(() => om.stop());

describe('delict information never reaches a gemeente’s nazorg staff', () => {
  it.each(['0363', '0344', '0599'])(
    'gives the nazorgcoördinator of gemeente %s nothing through _entities, the werkvoorraad or a case',
    async (code) => {
      const caller = nazorg(code);
      const entities = await om.ask(PERSON_QUERY, ALL_PERSONS, caller);
      expect(entities.data?.['_entities']).toEqual([null, null, null]);
      expectNoDelictInformation(entities);

      const werkvoorraad = await om.askTraced(WERKVOORRAAD, {}, caller);
      expect(werkvoorraad.response.data).toBeNull();
      expect(werkvoorraad.response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
      expect((await loggedFor(om, werkvoorraad.traceId)).decisions).toEqual([
        { resource: 'Query.bijWerkvoorraad', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: null },
      ]);
      expectNoDelictInformation(werkvoorraad.response);

      for (const parketnummer of ['13/100001-26', '13/100002-26', '13/100003-26']) {
        const strafzaak = await om.ask(STRAFZAAK, { parketnummer }, caller);
        expect(strafzaak.data).toEqual({ strafzaak: null });
        expectDenied(strafzaak, ['strafzaak']);
        expectNoDelictInformation(strafzaak);
      }
    },
  );
});

describe('a burgemeester reads OM’s data only through a disclosure VERSTREKT to it, item by item', () => {
  it('gives Rotterdam, refused on A and given only the slachtofferomgeving of B, no delictcategorie on any path', async () => {
    const entities = await om.ask(PERSON_QUERY, ALL_PERSONS, ROTTERDAM);
    const [a, b, c] = entities.data?.['_entities'] as (Record<string, unknown> | null)[];
    expect(a).toBeNull();
    expect(c).toBeNull();
    expect(b?.['verstrekkingen']).toEqual([B_VERSTREKT_ROTTERDAM]);
    expectNoDelictcategorie(entities);
    for (const parketnummer of ['13/100001-26', '13/100002-26']) {
      const strafzaak = await om.ask(STRAFZAAK, { parketnummer }, ROTTERDAM);
      expectDenied(strafzaak, ['strafzaak']);
      expect(strafzaak.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
      expectNoDelictInformation(strafzaak);
    }
  });

  it('never lets the burgemeester of the terugkeergemeente reach OM’s cases directly', async () => {
    const response = await om.ask(STRAFZAAK, { parketnummer: '13/100001-26' }, AMSTERDAM);
    expect(response.data).toEqual({ strafzaak: null });
    expectDenied(response, ['strafzaak']);
    expect(response.errors?.[0]?.message).toContain(grondslagen.EIGEN_TAAK.omschrijving);
  });
});

describe('Justid delivers and reads no melding', () => {
  it('gets a receipt without the melding, and nothing when it asks', async () => {
    const { response, traceId } = await om.askTraced(
      `mutation ($input: BijMeldingInput!) { ontvangBijMelding(input: $input) { kenmerk nieuw } }`,
      { input: bijMeldingInput({ kenmerk: 'BIJ-A', justitiabeleId: PERSONS.A }) },
      JUSTID,
    );
    expect(response).toEqual({ data: { ontvangBijMelding: { kenmerk: 'BIJ-A', nieuw: false } } });
    expect((await loggedFor(om, traceId)).records).toEqual([]);
  });
});
