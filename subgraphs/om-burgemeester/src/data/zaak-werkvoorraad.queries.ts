import { clientError, mapConnection, SignaalSoort, termijnAlsSql, urgencyKeysetPage } from '@ketengraaf/subgraph-kit';
import type { Connection, PageArgs } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { ReclasseringsmeldingSoort } from '../entities/reclasseringsmelding.entity';

/** One of OM's cases in the officier's werkvoorraad: its earliest open deadline, or `infinity` when none. */
export interface ZaakWerkvoorraadRij {
  readonly zaakId: string;
  readonly justitiabeleId: string;
  readonly urgentie: string;
}

/** The kinds of signal OM computes, and so can order and filter the officier's werkvoorraad by. */
export const OM_SIGNAALSOORTEN: readonly SignaalSoort[] = [SignaalSoort.ADVIES];

/** The earliest advies of case `z` still due, as SQL: the same rule as `adviesSignaal`. */
const OPEN_ADVIES = `(SELECT min(o.datum + ${termijnAlsSql('adviesDagen', 'o.datum')})
    FROM om.opdracht_tot_advies o
   WHERE o.zaak_id = z.id
     AND NOT EXISTS (SELECT 1 FROM om.reclasseringsmelding m
                      WHERE m.justitiabele_id = o.justitiabele_id AND m.organisatie = o.organisatie
                        AND m.soort = '${ReclasseringsmeldingSoort.ADVIES}' AND m.datum >= o.datum))`;

/** The officier's werkvoorraad: OM's cases with a VI-beslissing or an opdracht tot advies. */
export class ZaakWerkvoorraadQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  /**
   * One page, most urgent first: by the earliest advies still due (so the overdue first, then by
   * deadline), cases with nothing due last; by keyset on (deadline, case id). With `soort`, only
   * cases with that deadline open.
   */
  async page(soort: SignaalSoort | null, { first, after }: PageArgs): Promise<Connection<ZaakWerkvoorraadRij>> {
    if (soort && !OM_SIGNAALSOORTEN.includes(soort)) {
      throw clientError(
        'INVALID_INPUT',
        `The officier's werkvoorraad is ordered by OM's own deadlines; filter it on ${OM_SIGNAALSOORTEN.join(', ')}.`,
      );
    }
    const conditions = [
      `(EXISTS (SELECT 1 FROM om.opdracht_tot_advies o WHERE o.zaak_id = z.id)
        OR EXISTS (SELECT 1 FROM om.vi_beslissing b WHERE b.zaak_id = z.id))`,
      ...(soort ? [`${OPEN_ADVIES} IS NOT NULL`] : []),
    ];
    const page = await urgencyKeysetPage<{ id: string; justitiabele_id: string; urgentie: string }>(
      this.dataSource,
      `SELECT z.id, z.justitiabele_id, coalesce(${OPEN_ADVIES}, 'infinity'::date) AS urgentie
         FROM om.strafzaak z
        WHERE ${conditions.join(' AND ')}`,
      [],
      { first, after, maxPageSize: this.maxPageSize },
    );
    return mapConnection(page, (row) => ({
      zaakId: row.id,
      justitiabeleId: row.justitiabele_id,
      urgentie: row.urgentie,
    }));
  }
}
