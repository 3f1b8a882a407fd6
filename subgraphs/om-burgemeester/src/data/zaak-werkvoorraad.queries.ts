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

/** The earliest advies of case `z` still due, as SQL: the same rule as `adviesSignaal`. */
const OPEN_ADVIES = `(SELECT min(o.datum + ${termijnAlsSql('adviesDagen', 'o.datum')})
    FROM om.opdracht_tot_advies o
   WHERE o.zaak_id = z.id
     AND NOT EXISTS (SELECT 1 FROM om.reclasseringsmelding m
                      WHERE m.justitiabele_id = o.justitiabele_id AND m.organisatie = o.organisatie
                        AND m.soort = '${ReclasseringsmeldingSoort.ADVIES}' AND m.datum >= o.datum))`;

/**
 * The VI-beslissing of case `z` while still due, as SQL: the same rule as `viBeslissingSignaal`, so
 * not once decided, nor when OM recorded the VI-datum after the deadline (not reachable).
 */
const VI_DEADLINE = `z.vi_datum - ${termijnAlsSql('viBeslissingDagenVoorIngang', 'z.vi_datum')}`;
const OPEN_VI = `(CASE WHEN z.vi_datum_vastgesteld_op <= ${VI_DEADLINE}
      AND NOT EXISTS (SELECT 1 FROM om.vi_beslissing b WHERE b.zaak_id = z.id)
    THEN ${VI_DEADLINE} END)`;

/** The open deadline of each kind of signal OM computes, as SQL: the kinds its werkvoorraad orders and filters by. */
const OPEN_DEADLINE: Readonly<Partial<Record<SignaalSoort, string>>> = {
  [SignaalSoort.ADVIES]: OPEN_ADVIES,
  [SignaalSoort.VI_BESLISSING]: OPEN_VI,
};
const OM_SIGNAALSOORTEN = Object.keys(OPEN_DEADLINE);

/** The officier's werkvoorraad: OM's cases with a VI-datum, a VI-beslissing or an opdracht tot advies. */
export class ZaakWerkvoorraadQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  /**
   * One page, most urgent first: by the earliest advies or VI-beslissing still due (so the overdue
   * first, then by deadline), cases with nothing due last; by keyset on (deadline, case id). With
   * `soort`, only cases with that deadline open, by that deadline.
   */
  async page(soort: SignaalSoort | null, { first, after }: PageArgs): Promise<Connection<ZaakWerkvoorraadRij>> {
    const filtered = soort ? OPEN_DEADLINE[soort] : undefined;
    if (soort && !filtered) {
      throw clientError(
        'INVALID_INPUT',
        `The officier's werkvoorraad is ordered by OM's own deadlines; filter it on ${OM_SIGNAALSOORTEN.join(', ')}.`,
      );
    }
    const conditions = [
      `(z.vi_datum IS NOT NULL
        OR EXISTS (SELECT 1 FROM om.opdracht_tot_advies o WHERE o.zaak_id = z.id)
        OR EXISTS (SELECT 1 FROM om.vi_beslissing b WHERE b.zaak_id = z.id))`,
      ...(filtered ? [`${filtered} IS NOT NULL`] : []),
    ];
    // least() passes over a kind with nothing due; with neither due the case sorts last.
    const urgentie = filtered ?? `least(${OPEN_ADVIES}, ${OPEN_VI})`;
    const page = await urgencyKeysetPage<{ id: string; justitiabele_id: string; urgentie: string }>(
      this.dataSource,
      `SELECT z.id, z.justitiabele_id, coalesce(${urgentie}, 'infinity'::date) AS urgentie
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
