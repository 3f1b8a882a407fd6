import { errorCodes } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import {
  BEEINDIG,
  countRows,
  LEG_OP,
  NALEVING,
  startReclassering,
  storedRows,
  startToezicht,
  UNKNOWN_IDS,
} from './reclassering-fixtures';
import type { ReclasseringTestSubgraph } from './reclassering-fixtures';

let reclassering: ReclasseringTestSubgraph;

beforeAll(async () => {
  reclassering = await startReclassering('reclassering_voorwaarden');
});

afterAll(() => reclassering.stop());

describe('bijzondere voorwaarden and their naleving', () => {
  let toezichtId: string;
  let locatieverbod: string;
  const voorwaarde = (overrides: Record<string, unknown> = {}) => ({
    input: {
      toezichtId,
      verwachteVersie: 1,
      type: 'LOCATIEVERBOD',
      omschrijving: 'Komt niet in het aangewezen gebied',
      gebied: ' Binnenstad Utrecht ',
      begindatum: '2026-06-01',
      ...overrides,
    },
  });

  beforeAll(async () => {
    toezichtId = await startToezicht(reclassering, {
      justitiabeleId: '4000000010',
      ketenpartners: ['gemeente:0344'],
      woongemeente: '0344',
    });
  });

  it('adds a voorwaarde with the details its type needs, and bumps the toezicht version', async () => {
    const response = await reclassering.ask<{
      legBijzondereVoorwaardeOp: { versie: number; bijzondereVoorwaarden: { id: string }[] };
    }>(LEG_OP, voorwaarde());
    expect(response.errors).toBeUndefined();
    expect(response.data?.legBijzondereVoorwaardeOp).toEqual({
      versie: 2,
      bijzondereVoorwaarden: [
        {
          id: expect.any(String),
          type: 'LOCATIEVERBOD',
          omschrijving: 'Komt niet in het aangewezen gebied',
          gebied: 'Binnenstad Utrecht',
          contactMet: null,
          meldfrequentie: null,
          instelling: null,
          begindatum: '2026-06-01',
          einddatum: null,
          versie: 1,
        },
      ],
    });
    locatieverbod = response.data?.legBijzondereVoorwaardeOp.bijzondereVoorwaarden[0]?.id ?? '';
  });

  it('refuses a voorwaarde based on a stale version of the toezicht, and writes nothing', async () => {
    const before = await countRows(reclassering, 'bijzondere_voorwaarde');
    const response = await reclassering.ask(
      LEG_OP,
      voorwaarde({ verwachteVersie: 1, type: 'MIDDELENVERBOD', gebied: null }),
    );
    expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
    expect(response.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    expect(await countRows(reclassering, 'bijzondere_voorwaarde')).toBe(before);
  });

  it('lets only one of two concurrent additions based on the same version through', async () => {
    const add = (type: string, details: Record<string, unknown>) =>
      reclassering.ask(LEG_OP, voorwaarde({ verwachteVersie: 2, type, gebied: null, ...details }));
    const results = await Promise.all([
      add('MELDPLICHT', { meldfrequentie: 'wekelijks' }),
      add('CONTACTVERBOD', { contactMet: 'het slachtoffer' }),
    ]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['OK', 'VERSION_CONFLICT']);
    expect(await countRows(reclassering, `bijzondere_voorwaarde WHERE toezicht_id = '${toezichtId}'`)).toBe(2);
  });

  it.each([
    ['a locatieverbod without gebied', { gebied: null }, 'INVALID_INPUT', 'a LOCATIEVERBOD needs gebied'],
    [
      'a contactverbod without whom it concerns',
      { type: 'CONTACTVERBOD', gebied: null },
      'INVALID_INPUT',
      'a CONTACTVERBOD needs contactMet',
    ],
    [
      'a meldplicht without frequency',
      { type: 'MELDPLICHT', gebied: null, meldfrequentie: '  ' },
      'INVALID_INPUT',
      'a MELDPLICHT needs meldfrequentie',
    ],
    [
      'a behandeling without instelling',
      { type: 'BEHANDELING', gebied: null },
      'INVALID_INPUT',
      'a BEHANDELING needs instelling',
    ],
    [
      'a detail of another type',
      { type: 'MELDPLICHT', meldfrequentie: 'wekelijks' },
      'INVALID_INPUT',
      'a MELDPLICHT takes no gebied',
    ],
    ['a type the schema does not know', { type: 'HUISARREST' }, 'BAD_USER_INPUT', 'HUISARREST'],
    ['an empty omschrijving', { omschrijving: ' ' }, 'INVALID_INPUT', 'Omschrijving'],
    ['a begin before the toezicht', { begindatum: '2026-05-01' }, 'INVALID_PERIOD', 'begin of the toezicht'],
    ['an end before its begin', { einddatum: '2026-05-31' }, 'INVALID_PERIOD', 'lies before'],
    ['an end after the toezicht', { einddatum: '2027-07-01' }, 'INVALID_PERIOD', 'end of the toezicht'],
  ])('refuses %s, and writes nothing', async (_case, overrides, code, message) => {
    const before = await storedRows(reclassering, 'bijzondere_voorwaarde');
    const [toezichtBefore] = await reclassering.subgraph.database.dataSource.query<{ versie: number }[]>(
      'SELECT versie FROM toezicht WHERE id = $1',
      [toezichtId],
    );
    const response = await reclassering.ask(
      LEG_OP,
      voorwaarde({ verwachteVersie: toezichtBefore?.versie, ...overrides }),
    );
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(await storedRows(reclassering, 'bijzondere_voorwaarde')).toEqual(before);
    const [toezichtAfter] = await reclassering.subgraph.database.dataSource.query<{ versie: number }[]>(
      'SELECT versie FROM toezicht WHERE id = $1',
      [toezichtId],
    );
    expect(toezichtAfter).toEqual(toezichtBefore);
  });

  it('changes a voorwaarde under its own version, and refuses a stale one', async () => {
    const WIJZIG_VOORWAARDE = `mutation ($input: BijzondereVoorwaardeWijzigingInput!) { wijzigBijzondereVoorwaarde(input: $input) { gebied einddatum versie } }`;
    const change = (verwachteVersie: number, gebied: string | null) =>
      reclassering.ask(WIJZIG_VOORWAARDE, {
        input: {
          voorwaardeId: locatieverbod,
          verwachteVersie,
          omschrijving: 'Komt niet in het aangewezen gebied',
          gebied,
          einddatum: '2027-03-01',
        },
      });
    expect((await change(1, 'Binnenstad en station Utrecht')).data?.['wijzigBijzondereVoorwaarde']).toEqual({
      gebied: 'Binnenstad en station Utrecht',
      einddatum: '2027-03-01',
      versie: 2,
    });
    const before = await storedRows(reclassering, 'bijzondere_voorwaarde');
    const stale = await change(1, 'Heel Utrecht');
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    expect(stale.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    expect(errorCodes(await change(2, null))).toEqual(['INVALID_INPUT']);
    expect(await storedRows(reclassering, 'bijzondere_voorwaarde')).toEqual(before);
    for (const id of UNKNOWN_IDS) {
      const unknown = await reclassering.ask(WIJZIG_VOORWAARDE, {
        input: { voorwaardeId: id, verwachteVersie: 1, omschrijving: 'x' },
      });
      expect(errorCodes(unknown)).toEqual(['ACCESS_DENIED']);
    }
  });

  it('records a naleving that was kept without a melding', async () => {
    const response = await reclassering.ask(NALEVING, {
      input: { voorwaardeId: locatieverbod, datum: '2026-07-01', uitkomst: 'NAGELEEFD' },
    });
    expect(response.data?.['registreerNaleving']).toEqual({
      datum: '2026-07-01',
      uitkomst: 'NAGELEEFD',
      toelichting: null,
      melding: null,
    });
    expect(await countRows(reclassering, 'overtredingsmelding')).toBe(0);
  });

  it('records an overtreding together with its melding to OM', async () => {
    const response = await reclassering.ask(NALEVING, {
      input: {
        voorwaardeId: locatieverbod,
        datum: '2026-08-12',
        uitkomst: 'OVERTREDEN',
        toelichting: 'Aangetroffen op het Vredenburg',
      },
    });
    expect(response.data?.['registreerNaleving']).toEqual({
      datum: '2026-08-12',
      uitkomst: 'OVERTREDEN',
      toelichting: 'Aangetroffen op het Vredenburg',
      melding: { gemeldAan: 'om', datum: '2026-08-12', status: 'TE_VERZENDEN' },
    });
    const meldingen = await reclassering.subgraph.database.dataSource.query<Record<string, unknown>[]>(
      `SELECT m.gemeld_aan, m.datum, m.status, m.justitiabele_id, m.toezicht_id
         FROM overtredingsmelding m JOIN naleving n ON n.id = m.naleving_id WHERE n.voorwaarde_id = $1`,
      [locatieverbod],
    );
    expect(meldingen).toEqual([
      {
        gemeld_aan: 'om',
        datum: '2026-08-12',
        status: 'TE_VERZENDEN',
        justitiabele_id: '4000000010',
        toezicht_id: toezichtId,
      },
    ]);
  });

  it('writes neither the overtreding nor its melding when the melding cannot be written', async () => {
    const dataSource = reclassering.subgraph.database.dataSource;
    const before = {
      naleving: await countRows(reclassering, 'naleving'),
      meldingen: await countRows(reclassering, 'overtredingsmelding'),
    };
    await dataSource.query('ALTER TABLE overtredingsmelding RENAME TO overtredingsmelding_away');
    let response: GraphQLResponse;
    try {
      response = await reclassering.ask(NALEVING, {
        input: { voorwaardeId: locatieverbod, datum: '2026-09-09', uitkomst: 'OVERTREDEN', toelichting: 'Opnieuw' },
      });
    } finally {
      await dataSource.query('ALTER TABLE overtredingsmelding_away RENAME TO overtredingsmelding');
    }
    expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(response)).not.toContain('overtredingsmelding');
    expect({
      naleving: await countRows(reclassering, 'naleving'),
      meldingen: await countRows(reclassering, 'overtredingsmelding'),
    }).toEqual(before);
  });

  it.each([
    [
      'an overtreding without toelichting',
      { uitkomst: 'OVERTREDEN', toelichting: ' ' },
      'INVALID_INPUT',
      'toelichting',
    ],
    ['a check before the voorwaarde began', { datum: '2026-05-20' }, 'INVALID_PERIOD', 'begin of the voorwaarde'],
    ['a check after the voorwaarde ended', { datum: '2027-03-02' }, 'INVALID_PERIOD', 'end of the voorwaarde'],
    ['an outcome the schema does not know', { uitkomst: 'MISSCHIEN' }, 'BAD_USER_INPUT', 'MISSCHIEN'],
  ])('refuses %s, and writes nothing', async (_case, overrides, code, message) => {
    const before = {
      naleving: await countRows(reclassering, 'naleving'),
      meldingen: await countRows(reclassering, 'overtredingsmelding'),
    };
    const response = await reclassering.ask(NALEVING, {
      input: { voorwaardeId: locatieverbod, datum: '2026-10-01', uitkomst: 'NAGELEEFD', ...overrides },
    });
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect({
      naleving: await countRows(reclassering, 'naleving'),
      meldingen: await countRows(reclassering, 'overtredingsmelding'),
    }).toEqual(before);
  });

  it('answers an unknown voorwaarde as a change it may not make', async () => {
    for (const id of UNKNOWN_IDS) {
      const response = await reclassering.ask(NALEVING, {
        input: { voorwaardeId: id, datum: '2026-10-01', uitkomst: 'NAGELEEFD' },
      });
      expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
    }
  });

  it('refuses an end before the begin or before a naleving already recorded', async () => {
    const before = await storedRows(reclassering, 'toezicht');
    const beforeBegin = await reclassering.ask(BEEINDIG, {
      input: { toezichtId, verwachteVersie: 3, einddatum: '2026-05-01' },
    });
    expect(errorCodes(beforeBegin)).toEqual(['INVALID_PERIOD']);
    const beforeNaleving = await reclassering.ask(BEEINDIG, {
      input: { toezichtId, verwachteVersie: 3, einddatum: '2026-08-01' },
    });
    expect(errorCodes(beforeNaleving)).toEqual(['INVALID_PERIOD']);
    expect(beforeNaleving.errors?.[0]?.message).toContain('last naleving');
    expect(await storedRows(reclassering, 'toezicht')).toEqual(before);
  });

  it('ends the toezicht with the voorwaarden still running, and refuses changes afterwards', async () => {
    const ended = await reclassering.ask(BEEINDIG, {
      input: { toezichtId, verwachteVersie: 3, einddatum: '2026-12-31' },
    });
    expect(ended.errors).toBeUndefined();
    const answer = ended.data?.['beeindigToezicht'] as {
      versie: number;
      status: string;
      einddatum: string;
      bijzondereVoorwaarden: { type: string; einddatum: string; versie: number }[];
    };
    expect(answer).toMatchObject({ versie: 4, status: 'BEEINDIGD', einddatum: '2026-12-31' });
    // Both ran past the end (the locatieverbod to its own later end, the other open-ended): both end with it.
    expect(answer.bijzondereVoorwaarden).toEqual(
      expect.arrayContaining([
        { type: 'LOCATIEVERBOD', einddatum: '2026-12-31', versie: 3 },
        expect.objectContaining({ einddatum: '2026-12-31', versie: 2 }),
      ]),
    );
    const again = await reclassering.ask(BEEINDIG, {
      input: { toezichtId, verwachteVersie: 4, einddatum: '2027-01-31' },
    });
    expect(errorCodes(again)).toEqual(['INVALID_STATE']);
    const naleving = await reclassering.ask(NALEVING, {
      input: { voorwaardeId: locatieverbod, datum: '2026-11-01', uitkomst: 'NAGELEEFD' },
    });
    expect(errorCodes(naleving)).toEqual(['INVALID_STATE']);
    // A new toezicht on the same person may start now.
    await startToezicht(reclassering, { justitiabeleId: '4000000010', begindatum: '2027-01-15', einddatum: null });
  });
});
