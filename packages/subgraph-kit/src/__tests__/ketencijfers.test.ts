import { aandeel, maandPeriode } from '../domain/ketencijfers';

describe('a share of the figures', () => {
  it.each([
    [0, 0, { aantal: 0, van: 0, onderdrukt: false }],
    [6, 12, { aantal: 6, van: 12, onderdrukt: false }],
    [0, 7, { aantal: 0, van: 7, onderdrukt: false }],
    [7, 7, { aantal: 7, van: 7, onderdrukt: false }],
    [4, 10, { aantal: null, van: 10, onderdrukt: true }],
    [6, 10, { aantal: null, van: 10, onderdrukt: true }],
    [5, 10, { aantal: 5, van: 10, onderdrukt: false }],
    [2, 4, { aantal: null, van: null, onderdrukt: true }],
    [0, 1, { aantal: null, van: null, onderdrukt: true }],
  ])('%i of %i is published as %j', (aantal, van, expected) => {
    expect(aandeel(aantal, van)).toEqual(expected);
  });
});

describe('the months of figures', () => {
  it('are whole calendar months, the last one included', () => {
    expect(maandPeriode('2024-03', '2024-03')).toEqual({ eersteDag: '2024-03-01', naLaatsteDag: '2024-04-01' });
    expect(maandPeriode('2024-11', '2025-12')).toEqual({ eersteDag: '2024-11-01', naLaatsteDag: '2026-01-01' });
  });

  it.each([
    ['2024-3', '2024-03', 'INVALID_INPUT'],
    ['2024-00', '2024-03', 'INVALID_INPUT'],
    ['2024-04', '2024-03', 'INVALID_PERIOD'],
    ['2022-01', '2025-01', 'INVALID_INPUT'],
  ])('from %s to %s is refused with %s', (vanaf, tot, code) => {
    expect(() => maandPeriode(vanaf, tot)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code }) as unknown }) as Error,
    );
  });
});
