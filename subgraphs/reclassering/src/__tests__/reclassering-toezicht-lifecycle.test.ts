import { errorCodes } from '@ketengraaf/subgraph-kit/testing';

import {
  BEEINDIG,
  countRows,
  LEG_OP,
  START,
  startReclassering,
  storedRows,
  SVG_TOEZICHT,
  toezicht,
  UNKNOWN_IDS,
  WIJZIG,
} from './reclassering-fixtures';
import type { ReclasseringTestSubgraph } from './reclassering-fixtures';

let reclassering: ReclasseringTestSubgraph;

beforeAll(async () => {
  reclassering = await startReclassering('reclassering_toezicht');
});

afterAll(() => reclassering.stop());

describe('starting and changing a toezicht', () => {
  let toezichtId: string;

  it('starts a lopend toezicht with its ketenpartners, each once', async () => {
    const response = await reclassering.ask(START, { input: toezicht() });
    expect(response.errors).toBeUndefined();
    const started = response.data?.['startToezicht'] as Record<string, unknown>;
    expect(started).toMatchObject({
      versie: 1,
      status: 'LOPEND',
      organisatie: 'reclassering:RN',
      opdrachtgever: 'om',
      begindatum: '2026-06-01',
      einddatum: '2027-06-01',
      toezichthouder: { naam: 'I. Claessens', email: 'i.claessens@reclassering.example.nl', telefoon: '06-12345678' },
      toezichthouderGebruiker: 'th-rn-1',
      ketenpartners: ['dji:PI-VUGHT', 'gemeente:0363'],
      woongemeente: '0363',
      justitiabele: { id: '4000000001' },
    });
    toezichtId = String(started['id']);
  });

  it('refuses a second lopend toezicht of the same organisation, but not one of another', async () => {
    expect(errorCodes(await reclassering.ask(START, { input: toezicht() }))).toEqual(['INVALID_STATE']);
    expect(await countRows(reclassering, `toezicht WHERE justitiabele_id = '4000000001'`)).toBe(1);
    const svg = await reclassering.ask(START, { input: toezicht({ organisatie: 'reclassering:SVG' }) }, SVG_TOEZICHT);
    expect(svg.errors).toBeUndefined();
  });

  it('lets only one of two concurrent starts for the same organisation and person through', async () => {
    const input = toezicht({ justitiabeleId: '4000000002' });
    const results = await Promise.all([reclassering.ask(START, { input }), reclassering.ask(START, { input })]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['INVALID_STATE', 'OK']);
  });

  it('hands the toezicht over and replaces its partners, bumping the version', async () => {
    const response = await reclassering.ask(WIJZIG, {
      input: {
        toezichtId,
        verwachteVersie: 1,
        toezichthouder: { naam: 'T. Haddou', email: 't.haddou@reclassering.example.nl' },
        toezichthouderGebruiker: 'th-rn-2',
        ketenpartners: ['dji:PI-ZAANSTAD', 'gemeente:0599'],
        woongemeente: '0599',
      },
    });
    expect(response.data?.['wijzigToezicht']).toEqual({
      versie: 2,
      toezichthouder: { naam: 'T. Haddou' },
      toezichthouderGebruiker: 'th-rn-2',
      ketenpartners: ['dji:PI-ZAANSTAD', 'gemeente:0599'],
      woongemeente: '0599',
    });
  });

  it('refuses a change based on a stale version of the toezicht, and writes nothing', async () => {
    const before = await storedRows(reclassering, 'toezicht');
    const response = await reclassering.ask(WIJZIG, {
      input: {
        toezichtId,
        verwachteVersie: 1,
        toezichthouder: { naam: 'W. de Graaf', email: 'w.degraaf@reclassering.example.nl' },
        toezichthouderGebruiker: 'th-rn-3',
        ketenpartners: [],
      },
    });
    expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
    expect(response.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    expect(await storedRows(reclassering, 'toezicht')).toEqual(before);
  });

  it('lets only one of two concurrent changes based on the same version through', async () => {
    const change = (gebruiker: string) =>
      reclassering.ask(WIJZIG, {
        input: {
          toezichtId,
          verwachteVersie: 2,
          toezichthouder: { naam: gebruiker, email: `${gebruiker}@reclassering.example.nl` },
          toezichthouderGebruiker: gebruiker,
          ketenpartners: ['gemeente:0599'],
          woongemeente: '0599',
        },
      });
    const results = await Promise.all([change('th-rn-2'), change('th-rn-3')]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['OK', 'VERSION_CONFLICT']);
  });

  it('answers an unknown toezicht id to a change as one it may not make, and the query as one without a ground', async () => {
    for (const id of UNKNOWN_IDS) {
      const change = await reclassering.ask(WIJZIG, {
        input: {
          toezichtId: id,
          verwachteVersie: 1,
          toezichthouder: { naam: 'X', email: 'x@reclassering.example.nl' },
          toezichthouderGebruiker: 'th-rn-1',
          ketenpartners: [],
        },
      });
      expect(errorCodes(change)).toEqual(['ACCESS_DENIED']);
      const end = await reclassering.ask(BEEINDIG, {
        input: { toezichtId: id, verwachteVersie: 1, einddatum: '2026-12-01' },
      });
      expect(errorCodes(end)).toEqual(['ACCESS_DENIED']);
      const add = await reclassering.ask(LEG_OP, {
        input: {
          toezichtId: id,
          verwachteVersie: 1,
          type: 'MIDDELENVERBOD',
          omschrijving: 'Geen alcohol',
          begindatum: '2026-06-01',
        },
      });
      expect(errorCodes(add)).toEqual(['ACCESS_DENIED']);
      const read = await reclassering.ask(`query ($id: ID!) { toezicht(id: $id) { id } }`, { id });
      expect(read.data).toEqual({ toezicht: null });
      expect(errorCodes(read)).toEqual(['ACCESS_DENIED']);
    }
  });
});

describe('bad input for a toezicht gets a specific error and writes nothing', () => {
  it.each([
    ['an end before the begin', { einddatum: '2026-05-31' }, 'INVALID_PERIOD', 'lies before'],
    [
      'an unknown reclassering organisation',
      { organisatie: 'reclassering:ABC' },
      'INVALID_INPUT',
      'not a reclassering organisation',
    ],
    ['DJI as reclassering organisation', { organisatie: 'dji:PI-VUGHT' }, 'INVALID_INPUT', 'reclassering:RN'],
    ['an opdrachtgever that is no organisation', { opdrachtgever: '' }, 'INVALID_INPUT', 'Organisation'],
    ['an inrichting that is no DJI location', { inrichting: 'PI Vught' }, 'INVALID_INPUT', 'not a DJI location'],
    [
      'another reclassering organisation as ketenpartner',
      { ketenpartners: ['reclassering:SVG'] },
      'INVALID_INPUT',
      'neither',
    ],
    [
      'a ketenpartner with an unknown gemeentecode',
      { ketenpartners: ['gemeente:9999'] },
      'UNKNOWN_GEMEENTECODE',
      '9999',
    ],
    ['a DJI ketenpartner without location', { ketenpartners: ['dji'] }, 'INVALID_INPUT', 'location'],
    ['an unknown woongemeente', { woongemeente: '9999' }, 'UNKNOWN_GEMEENTECODE', '9999'],
    [
      'a toezichthouder without e-mail address',
      { toezichthouder: { naam: 'I. Claessens', email: 'i.claessens' } },
      'INVALID_INPUT',
      'e-mail',
    ],
    ['a toezichthouder without user id', { toezichthouderGebruiker: ' ' }, 'INVALID_INPUT', 'user id'],
    ['a toezicht of another organisation', { organisatie: 'reclassering:LJ&R' }, 'ACCESS_DENIED', 'reclassering:LJ&R'],
  ])('refuses %s', async (_case, overrides, code, message) => {
    const before = await countRows(reclassering, 'toezicht');
    const response = await reclassering.ask(START, { input: toezicht({ justitiabeleId: '4000000099', ...overrides }) });
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts/);
    expect(await countRows(reclassering, 'toezicht')).toBe(before);
  });
});
