import { termijnAlsSql } from '@ketengraaf/subgraph-kit';
import type { MaandPeriode } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

/** The counts of one cell: BIJ-meldingen of one month of return, to one gemeente. */
export interface BijCijfersRij {
  readonly maand: string;
  readonly terugkeergemeente: string;
  readonly op_tijd: number;
  readonly meldingen: number;
}

/** The burgemeesters' part of the chain's figures: counts over BIJ-meldingen, no person leaves the statement. */
export class KetencijfersQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Per month of return (or verlof) and terugkeergemeente taking part in BIJ: of the meldingen
   * received, how many arrived by the norm of the return day's process version (60 days before).
   */
  bij(periode: MaandPeriode): Promise<BijCijfersRij[]> {
    return this.dataSource.query(
      `SELECT to_char(m.terugkeerdatum, 'YYYY-MM') AS maand, m.terugkeergemeente,
              count(*) FILTER (WHERE m.ontvangen_op <= m.terugkeerdatum - ${termijnAlsSql('bijMeldingDagenVoorTerugkeer', 'm.terugkeerdatum')})::int AS op_tijd,
              count(*)::int AS meldingen
         FROM burgemeester.bij_melding m
        WHERE m.gemeente_neemt_deel AND m.terugkeerdatum >= $1 AND m.terugkeerdatum < $2
        GROUP BY 1, 2
        ORDER BY 1, 2`,
      [periode.eersteDag, periode.naLaatsteDag],
    );
  }
}
