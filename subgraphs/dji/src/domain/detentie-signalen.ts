import { addDays, procesversieVoor, SignaalSoort, signaalStatus } from '@ketengraaf/subgraph-kit';
import type { SignaalStatus } from '@ketengraaf/subgraph-kit';

/** What DJI records of one stay that its deadlines are decided from. */
export interface DetentieFeiten {
  readonly instroomdatum: string;
  readonly verwachteUitstroomdatum: string | null;
  /** The first screening's date; null while there is none. */
  readonly eersteScreening: string | null;
  /** The day the first version of the D&R-plan was set; null while there is none. */
  readonly eerstePlan: string | null;
  /** The latest MDO's date; null while there was none. */
  readonly laatsteMdo: string | null;
  /**
   * The director's order of periodic reports on the extramural phase: counted from the latest report,
   * or else from the phase's first day; null when there is no such order (or it is not the caller's to see).
   */
  readonly extramuraleRapportage: { readonly sinds: string; readonly intervalDagen: number } | null;
}

/** A signal as DJI computes it, before it is shown on a caller's ground. */
export interface DetentieSignaal {
  readonly soort: SignaalSoort;
  readonly deadline: string;
  readonly status: SignaalStatus;
  readonly afgerondOp: string | null;
  readonly procesversie: string;
}

/**
 * DJI's deadlines of one stay under the process version of its instroomdatum: the screening and
 * the D&R-plan counted from instroom, and once the plan is set the next MDO, counted from the last
 * MDO or else from the plan (seed 001 Bijlage I). A recurring MDO is never done, only due; so is
 * the toezichthouder's next report to the director in the extramural phase, at the interval the
 * director set (seed 001 l. 636–640), which is the director's, not the process version's.
 */
export function detentieSignalen(feiten: DetentieFeiten, vandaag: string): DetentieSignaal[] {
  const versie = procesversieVoor(feiten.instroomdatum);
  const { termijnen } = versie;
  const signaal = (soort: SignaalSoort, deadline: string, afgerondOp: string | null): DetentieSignaal => ({
    soort,
    deadline,
    afgerondOp,
    procesversie: versie.code,
    status: signaalStatus({ deadline, afgerondOp, verwachteUitstroomdatum: feiten.verwachteUitstroomdatum, vandaag }),
  });
  const signalen = [
    signaal(SignaalSoort.SCREENING, addDays(feiten.instroomdatum, termijnen.screeningDagen), feiten.eersteScreening),
    signaal(SignaalSoort.DR_PLAN, addDays(feiten.instroomdatum, termijnen.drPlanDagen), feiten.eerstePlan),
  ];
  if (feiten.eerstePlan !== null) {
    const sinds =
      feiten.laatsteMdo !== null && feiten.laatsteMdo > feiten.eerstePlan ? feiten.laatsteMdo : feiten.eerstePlan;
    signalen.push(signaal(SignaalSoort.MDO, addDays(sinds, termijnen.mdoIntervalDagen), null));
  }
  const rapportage = feiten.extramuraleRapportage;
  if (rapportage !== null) {
    signalen.push(
      signaal(SignaalSoort.EXTRAMURALE_RAPPORTAGE, addDays(rapportage.sinds, rapportage.intervalDagen), null),
    );
  }
  return signalen;
}
