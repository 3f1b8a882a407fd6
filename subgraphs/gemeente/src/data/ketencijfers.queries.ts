import type { MaandPeriode } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { DossierStatus, GemeenteRol } from '../entities/nazorgdossier.entity';
import { OnderdakType } from '../entities/basisvoorwaarden-status.entity';

/** The counts of one cell: the stays of one month of uitstroom that returned to one gemeente. */
export interface NazorgCijfersRij {
  readonly maand: string;
  readonly gemeente: string;
  readonly uitgestroomd: number;
  readonly zonder_identiteitsbewijs: number;
  readonly zonder_onderdak: number;
  readonly zonder_inkomen: number;
  readonly zonder_zorgverzekering: number;
}

/** The gemeenten's part of the chain's figures: counts over their own dossiers, no person leaves the statement. */
export class KetencijfersQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Per month of uitstroom (the day DJI's uitstroom melding told) and gemeente of return: of the
   * stays that left, how many had no identiteitsbewijs, onderdak, inkomen or zorgverzekering in
   * place on that day, by the gemeente's own status. The rule of `nietGeregeld`, judged on the day
   * of uitstroom where the status records a day (an ID ready, onderdak from, an uitkering granted)
   * and as recorded where it records none (work, a zorgverzekering). Each stay is counted once, by
   * the dossier of the gemeente it returned to; a dossier handed over counts with the new gemeente's.
   */
  nazorg(periode: MaandPeriode): Promise<NazorgCijfersRij[]> {
    return this.dataSource.query(
      `SELECT to_char(d.gemelde_uitstroomdatum, 'YYYY-MM') AS maand, d.gemeentecode AS gemeente,
              count(*)::int AS uitgestroomd,
              count(*) FILTER (WHERE NOT coalesce(b.identiteitsbewijs_gereed_op <= d.gemelde_uitstroomdatum, false))::int
                AS zonder_identiteitsbewijs,
              count(*) FILTER (WHERE NOT coalesce(b.onderdak_type <> $4
                AND (b.onderdak_per IS NULL OR b.onderdak_per <= d.gemelde_uitstroomdatum), false))::int AS zonder_onderdak,
              count(*) FILTER (WHERE NOT coalesce(b.inkomen_uitkering_toegekend_op <= d.gemelde_uitstroomdatum
                OR b.inkomen_werk, false))::int AS zonder_inkomen,
              count(*) FILTER (WHERE NOT coalesce(b.zorg_zorgverzekering, false))::int AS zonder_zorgverzekering
         FROM nazorgdossier d
         LEFT JOIN basisvoorwaarden_status b ON b.dossier_id = d.id
        WHERE d.gemelde_uitstroomdatum >= $1 AND d.gemelde_uitstroomdatum < $2
          AND d.rol = $3 AND d.status <> $5
        GROUP BY 1, 2
        ORDER BY 1, 2`,
      [
        periode.eersteDag,
        periode.naLaatsteDag,
        GemeenteRol.ONTVANGENDE_GEMEENTE,
        OnderdakType.GEEN,
        DossierStatus.OVERGEDRAGEN,
      ],
    );
  }
}
