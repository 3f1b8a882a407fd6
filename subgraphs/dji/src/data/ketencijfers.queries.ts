import { termijnAlsSql } from '@ketengraaf/subgraph-kit';
import type { MaandPeriode } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

/** The counts of one cell: stays of one month of instroom, one inrichting of instroom, one gemeente of return. */
export interface DetentieCijfersRij {
  readonly maand: string;
  readonly inrichting: string;
  readonly terugkeergemeente: string | null;
  readonly gescreend_binnen_termijn: number;
  readonly screening_beoordeeld: number;
  readonly plan_binnen_termijn: number;
  readonly plan_beoordeeld: number;
}

/**
 * A deadline of stay `v` is judged once it is met or has passed, and only when it was reachable:
 * not after the day the stay ended or is expected to end (a short stay's is NIET_HAALBAAR).
 */
const beoordeeld = (deadline: string, gedaanOp: string): string =>
  `(coalesce(v.uitstroomdatum, v.verwachte_uitstroomdatum) IS NULL OR ${deadline} <= coalesce(v.uitstroomdatum, v.verwachte_uitstroomdatum))
   AND (${deadline} < $3 OR ${gedaanOp} <= ${deadline})`;

/** DJI's part of the chain's figures: counts over stays, no person leaves the statement. */
export class KetencijfersQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Per month of instroom, inrichting of instroom and gemeente of return: of the stays whose
   * screening (or D&R-plan) deadline was reachable and is met or has passed by `vandaag`, how many
   * met it. Each stay in exactly one cell.
   */
  async detentie(periode: MaandPeriode, vandaag: string): Promise<DetentieCijfersRij[]> {
    const screeningDeadline = `v.instroomdatum + ${termijnAlsSql('screeningDagen', 'v.instroomdatum')}`;
    const planDeadline = `v.instroomdatum + ${termijnAlsSql('drPlanDagen', 'v.instroomdatum')}`;
    const gescreendOp = '(SELECT min(s.datum) FROM screening s WHERE s.verblijf_id = v.id)';
    const planOp = '(SELECT min(p.vastgesteld_op) FROM dr_plan p WHERE p.verblijf_id = v.id)';
    return this.dataSource.query(
      `SELECT c.maand, c.inrichting, c.terugkeergemeente,
              count(*) FILTER (WHERE c.screening_beoordeeld AND c.gescreend_binnen_termijn)::int AS gescreend_binnen_termijn,
              count(*) FILTER (WHERE c.screening_beoordeeld)::int AS screening_beoordeeld,
              count(*) FILTER (WHERE c.plan_beoordeeld AND c.plan_binnen_termijn)::int AS plan_binnen_termijn,
              count(*) FILTER (WHERE c.plan_beoordeeld)::int AS plan_beoordeeld
         FROM (SELECT to_char(v.instroomdatum, 'YYYY-MM') AS maand,
                      (SELECT p.inrichting FROM verblijfsperiode p WHERE p.verblijf_id = v.id
                        ORDER BY p.volgnummer LIMIT 1) AS inrichting,
                      v.terugkeer_gemeentecode AS terugkeergemeente,
                      coalesce(${beoordeeld(screeningDeadline, gescreendOp)}, false) AS screening_beoordeeld,
                      coalesce(${gescreendOp} <= ${screeningDeadline}, false) AS gescreend_binnen_termijn,
                      coalesce(${beoordeeld(planDeadline, planOp)}, false) AS plan_beoordeeld,
                      coalesce(${planOp} <= ${planDeadline}, false) AS plan_binnen_termijn
                 FROM verblijf v
                WHERE v.instroomdatum >= $1 AND v.instroomdatum < $2) c
        GROUP BY c.maand, c.inrichting, c.terugkeergemeente
        ORDER BY c.maand, c.inrichting, c.terugkeergemeente NULLS LAST`,
      [periode.eersteDag, periode.naLaatsteDag, vandaag],
    );
  }
}
