import { addDays, procesversieVoor, SignaalSoort, SignaalStatus, signaalStatus } from '@ketengraaf/subgraph-kit';

import { BijMeldingSoort } from '../entities/bij-melding.entity';
import type { BijMeldingEntity } from '../entities/bij-melding.entity';
import { BIJ_DELICTCATEGORIEEN } from '../entities/delictcategorie';
import type { StrafzaakEntity } from '../entities/strafzaak.entity';

import type { BijSignaal } from './bij-signaal';

/** DJI's current stay as far as the signal needs it: handed over by the gateway, never stored. */
export interface VerwachteTerugkeer {
  readonly instroomdatum: string | null;
  readonly verwachteUitstroomdatum: string | null;
  /** The gemeente of return DJI registered; null abroad or while unknown. */
  readonly terugkeergemeente: string | null;
}

/**
 * Whether OM's cases put the person in the BIJ target group: a case for a sexual or serious
 * violent offence or arson (seed 002 l. 619–625, l. 683–685). OM's records do not say whether the
 * judgment is final, nor know tbs or PIJ: Justid checks that when it sends the melding
 * (`assertBijDoelgroep`), so the signal errs towards asking.
 */
export function inBijDoelgroep(strafzaken: readonly StrafzaakEntity[]): boolean {
  return strafzaken.some((zaak) => BIJ_DELICTCATEGORIEEN.includes(zaak.delictcategorie));
}

/**
 * The BIJ-melding Justid owes the burgemeester of a participating terugkeergemeente the process
 * version's days before the expected uitstroom (seed 004 l. 67–69), for a person of the target
 * group: AFGEROND once a melding of that return reached the burgemeester during the stay,
 * NIET_HAALBAAR when the deadline lies before the instroom (the stay is shorter than the norm),
 * else TE_LAAT once the deadline passed, OPEN before. None without an expected uitstroom or a
 * participating terugkeergemeente.
 */
export function bijMeldingVerwacht(
  terugkeer: VerwachteTerugkeer,
  meldingen: readonly BijMeldingEntity[],
  bijGemeenten: ReadonlySet<string>,
  vandaag: string,
): BijSignaal | null {
  const { instroomdatum, verwachteUitstroomdatum, terugkeergemeente } = terugkeer;
  if (!instroomdatum || !verwachteUitstroomdatum || !terugkeergemeente || !bijGemeenten.has(terugkeergemeente)) {
    return null;
  }
  const versie = procesversieVoor(verwachteUitstroomdatum);
  const deadline = addDays(verwachteUitstroomdatum, -versie.termijnen.bijMeldingDagenVoorTerugkeer);
  const melding = meldingen.find(
    (candidate) =>
      candidate.soort === BijMeldingSoort.TERUGKEER &&
      candidate.terugkeergemeente === terugkeergemeente &&
      candidate.ontvangenOp >= instroomdatum,
  );
  const afgerondOp = melding?.ontvangenOp ?? null;
  return {
    soort: SignaalSoort.BIJ_MELDING_VERWACHT,
    deadline,
    afgerondOp,
    procesversie: versie.code,
    status:
      afgerondOp === null && deadline < instroomdatum
        ? SignaalStatus.NIET_HAALBAAR
        : signaalStatus({ deadline, afgerondOp, verwachteUitstroomdatum, vandaag }),
  };
}
