import { parseProcesversies, procesversies, procesversieVoor } from '../domain/procesversies';
import { SignaalStatus, signaalStatus } from '../domain/signaal';

const termijnen = {
  screeningDagen: 10,
  drPlanDagen: 28,
  mdoIntervalDagen: 42,
  uitstroomVoorbereidingDagen: 42,
  bijMeldingDagenVoorTerugkeer: 60,
  adviesDagen: 28,
  viBeslissingDagenVoorIngang: 28,
};

describe('the process versions, as committed', () => {
  it('holds the 2021 werkstroom for every stay before 2025 and D&R 2.0 from 1 January 2025', () => {
    expect(procesversies().map((versie) => [versie.code, versie.instroomVanaf])).toEqual([
      ['WERKSTROOM_2021', null],
      ['DR_2_0', '2025-01-01'],
    ]);
    expect(procesversieVoor('2019-03-01').code).toBe('WERKSTROOM_2021');
    expect(procesversieVoor('2024-12-31').code).toBe('WERKSTROOM_2021');
    expect(procesversieVoor('2025-01-01').code).toBe('DR_2_0');
  });

  it('keeps the seeds’ deadlines as data: 10 days, 4 weeks, every 6 weeks, BIJ 60 days', () => {
    expect(procesversieVoor('2021-06-01').termijnen).toEqual(termijnen);
  });
});

describe('a definition of process versions is refused when', () => {
  const versie = (code: string, instroomVanaf: string | null, overrides: Record<string, unknown> = {}) => ({
    code,
    naam: code,
    instroomVanaf,
    bron: 'test',
    termijnen: { ...termijnen, ...overrides },
  });

  it.each([
    ['the first version has a start date', [versie('A', '2020-01-01')], 'the first version applies from no date'],
    ['a later version starts no later', [versie('A', null), versie('B', null)], 'B must start'],
    [
      'versions are out of order',
      [versie('A', null), versie('B', '2025-01-01'), versie('C', '2024-01-01')],
      'C must start',
    ],
    ['a code is used twice', [versie('A', null), versie('A', '2025-01-01')], 'a code of its own'],
    ['a term is not a whole number of days', [versie('A', null, { screeningDagen: 0 })], 'screeningDagen'],
    ['a date is not written YYYY-MM-DD', [versie('A', null), versie('B', '1-1-2025')], 'YYYY-MM-DD'],
  ])('%s', (_case, versies, message) => {
    expect(() => parseProcesversies({ versies })).toThrow(message);
  });
});

describe('the status of a signal', () => {
  const feiten = { deadline: '2026-05-10', afgerondOp: null, verwachteUitstroomdatum: '2026-12-01' };

  it.each([
    ['done', { ...feiten, afgerondOp: '2026-05-12', vandaag: '2026-06-01' }, SignaalStatus.AFGEROND],
    ['past its deadline', { ...feiten, vandaag: '2026-05-11' }, SignaalStatus.TE_LAAT],
    ['on its deadline', { ...feiten, vandaag: '2026-05-10' }, SignaalStatus.OPEN],
    [
      'after the expected release',
      { ...feiten, verwachteUitstroomdatum: '2026-05-01', vandaag: '2026-06-01' },
      SignaalStatus.NIET_HAALBAAR,
    ],
    [
      'of a stay without an expected release',
      { ...feiten, verwachteUitstroomdatum: null, vandaag: '2026-06-01' },
      SignaalStatus.TE_LAAT,
    ],
  ])('%s', (_case, input, status) => {
    expect(signaalStatus(input)).toBe(status);
  });
});
