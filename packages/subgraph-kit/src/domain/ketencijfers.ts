import { clientError } from '../errors/client-error';

import { assertPeriod } from './period';

/** Counts from 1 up to this one are not shown: a small group could be recognised. */
export const KLEINSTE_GETOONDE_AANTAL = 5;

/** The longest period one question of figures spans, in months. */
export const MAXIMALE_MAANDEN = 36;

/** A share as published: how many of how many met a norm, or null where suppressed. */
export interface AandeelWaarden {
  readonly aantal: number | null;
  readonly van: number | null;
  readonly onderdrukt: boolean;
}

const klein = (count: number): boolean => count > 0 && count < KLEINSTE_GETOONDE_AANTAL;

/**
 * The share `aantal` of `van`, with small counts suppressed: `van` and `aantal` are null when
 * `van` is from 1 to 4; `aantal` is null when it or its complement (`van − aantal`, those that did
 * not meet the norm) is from 1 to 4, because publishing the one with `van` gives the other by
 * subtraction. No totals over cells are published, so no sum reveals a suppressed cell either.
 */
export function aandeel(aantal: number, van: number): AandeelWaarden {
  if (klein(van)) {
    return { aantal: null, van: null, onderdrukt: true };
  }
  if (klein(aantal) || klein(van - aantal)) {
    return { aantal: null, van, onderdrukt: true };
  }
  return { aantal, van, onderdrukt: false };
}

/** A count as published: null where it is from 1 to 4, so a small group cannot be recognised. */
export function getoondAantal(count: number): number | null {
  return klein(count) ? null : count;
}

/** Whole calendar months, from the first day of `vanaf` up to (not including) the first day after `tot`. */
export interface MaandPeriode {
  readonly eersteDag: string;
  readonly naLaatsteDag: string;
}

const MAAND = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Parses the months `vanaf` to `tot` (`YYYY-MM`, both included). Figures are asked for by whole
 * months only, so two overlapping questions differ by whole cells, never by part of one.
 */
export function maandPeriode(vanaf: string, tot: string): MaandPeriode {
  const [begin, end] = [vanaf, tot].map((maand) => {
    const match = MAAND.exec(maand);
    if (!match) {
      throw clientError('INVALID_INPUT', `Month "${maand}" is not a month: it is written YYYY-MM, e.g. 2026-03.`);
    }
    return { jaar: Number(match[1]), maand: Number(match[2]) };
  }) as [{ jaar: number; maand: number }, { jaar: number; maand: number }];
  assertPeriod(vanaf, tot, 'Months of the figures');
  const maanden = (end.jaar - begin.jaar) * 12 + end.maand - begin.maand + 1;
  if (maanden > MAXIMALE_MAANDEN) {
    throw clientError(
      'INVALID_INPUT',
      `Figures span at most ${MAXIMALE_MAANDEN} months; ${vanaf} to ${tot} is ${maanden}.`,
    );
  }
  const volgende = end.maand === 12 ? { jaar: end.jaar + 1, maand: 1 } : { jaar: end.jaar, maand: end.maand + 1 };
  const dag = ({ jaar, maand }: { jaar: number; maand: number }): string =>
    `${String(jaar)}-${String(maand).padStart(2, '0')}-01`;
  return { eersteDag: dag(begin), naLaatsteDag: dag(volgende) };
}
