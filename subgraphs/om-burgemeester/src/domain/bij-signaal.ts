import { addDays, procesversieVoor, SignaalSoort, SignaalStatus } from '@ketengraaf/subgraph-kit';

import type { BijMeldingEntity } from '../entities/bij-melding.entity';

export interface BijSignaal {
  readonly soort: SignaalSoort;
  readonly deadline: string;
  readonly status: SignaalStatus;
  readonly afgerondOp: string | null;
  readonly procesversie: string;
}

/**
 * The BIJ norm of one received melding, for a gemeente that takes part in BIJ (seed 004 l. 69): the
 * melding was due the norm's days before the return. Received in time it is AFGEROND; received
 * after the deadline it stays TE_LAAT, with the day it arrived, because the norm was missed and
 * the burgemeester had less time than agreed. None for a gemeente that does not take part.
 */
export function bijSignaal(melding: BijMeldingEntity): BijSignaal | null {
  if (!melding.gemeenteNeemtDeel) {
    return null;
  }
  const versie = procesversieVoor(melding.terugkeerdatum);
  const deadline = addDays(melding.terugkeerdatum, -versie.termijnen.bijMeldingDagenVoorTerugkeer);
  return {
    soort: SignaalSoort.BIJ_MELDING,
    deadline,
    afgerondOp: melding.ontvangenOp,
    procesversie: versie.code,
    status: melding.ontvangenOp <= deadline ? SignaalStatus.AFGEROND : SignaalStatus.TE_LAAT,
  };
}
