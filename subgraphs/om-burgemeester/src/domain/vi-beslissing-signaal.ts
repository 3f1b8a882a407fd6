import { addDays, procesversieVoor, SignaalSoort, SignaalStatus, signaalStatus } from '@ketengraaf/subgraph-kit';

import type { StrafzaakEntity } from '../entities/strafzaak.entity';
import type { ViBeslissingEntity } from '../entities/vi-beslissing.entity';

import type { ZaakSignaal } from './zaak-signaal';

/**
 * The officier's deadline on one case's voorwaardelijke invrijheidstelling: OM formulates the VI's
 * conditions (seed 004 l. 24–34: "Het OM stelt vervolgens, op basis van het reclasseringsadvies … de
 * voorwaarden bij voorwaardelijke invrijheidsstelling"), so its VI-beslissing is due the VI term
 * of the process version of the VI-datum before that day. The seeds name no term; it is ours. Met
 * by the case's VI-beslissing, on the day OM took it. A VI-datum OM recorded after that deadline
 * could not be met: NIET_HAALBAAR, not overdue. Null for a case whose VI-datum OM does not know.
 */
export function viBeslissingSignaal(
  zaak: Pick<StrafzaakEntity, 'viDatum' | 'viDatumVastgesteldOp'>,
  beslissing: Pick<ViBeslissingEntity, 'datum'> | null,
  vandaag: string,
): ZaakSignaal | null {
  if (zaak.viDatum === null || zaak.viDatumVastgesteldOp === null) {
    return null;
  }
  const versie = procesversieVoor(zaak.viDatum);
  const deadline = addDays(zaak.viDatum, -versie.termijnen.viBeslissingDagenVoorIngang);
  const afgerondOp = beslissing?.datum ?? null;
  const status =
    afgerondOp === null && zaak.viDatumVastgesteldOp > deadline
      ? SignaalStatus.NIET_HAALBAAR
      : signaalStatus({ deadline, afgerondOp, verwachteUitstroomdatum: null, vandaag });
  return { soort: SignaalSoort.VI_BESLISSING, deadline, afgerondOp, procesversie: versie.code, status };
}
