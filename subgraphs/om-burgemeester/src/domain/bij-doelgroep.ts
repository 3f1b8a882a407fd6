import { assertUnreachable, clientError, procesversieVoor } from '@ketengraaf/subgraph-kit';

import { BijGrondslag } from '../entities/bij-melding.entity';
import { BIJ_DELICTCATEGORIEEN } from '../entities/delictcategorie';
import type { Delictcategorie } from '../entities/delictcategorie';

/**
 * How many days before a return the gemeenten taking part in BIJ aim to inform the burgemeester
 * (seed 004 l. 69, footnote 1): a working norm, not a legal term, and data of the process version
 * in force on the day of return (OM and the burgemeester do not know the stay's instroomdatum).
 */
export function bijNormDagen(terugkeerdatum: string): number {
  return procesversieVoor(terugkeerdatum).termijnen.bijMeldingDagenVoorTerugkeer;
}

/** The rule a refused melding breaks, in the error's extensions. */
export const BIJ_DOELGROEP_REGEL = 'art-11a-bjsg-doelgroep';

const DOELGROEP =
  'A BIJ-melding (art. 11a Bjsg) is only for a person irrevocably convicted of a sexual or serious violent offence or of arson (ZEDEN, ERNSTIG_GEWELD, LEVENSDELICT, BRANDSTICHTING), or under tbs met dwangverpleging or an extendable PIJ-maatregel.';

/**
 * Refuses a melding about a person outside the BIJ target group with INVALID_INPUT naming the
 * rule and why this one falls outside it. The database checks the same rule (`bij_doelgroep`).
 */
export function assertBijDoelgroep(melding: {
  readonly grondslag: BijGrondslag;
  readonly onherroepelijk: boolean;
  readonly delictcategorie: Delictcategorie;
}): void {
  const refuse = (reason: string): never => {
    throw clientError('INVALID_INPUT', `${DOELGROEP} ${reason} Nothing was received.`, {
      regel: BIJ_DOELGROEP_REGEL,
    });
  };
  if (!melding.onherroepelijk) {
    refuse('This judgment is not irrevocable.');
  }
  switch (melding.grondslag) {
    case BijGrondslag.VEROORDELING:
      if (!BIJ_DELICTCATEGORIEEN.includes(melding.delictcategorie)) {
        refuse(
          `A conviction for ${melding.delictcategorie} is not for a sexual or serious violent offence, nor for arson.`,
        );
      }
      return;
    case BijGrondslag.TBS_MET_DWANGVERPLEGING:
    case BijGrondslag.PIJ_VERLENGBAAR:
      return;
    case BijGrondslag.TBS_MET_VOORWAARDEN:
      return refuse('Tbs met voorwaarden is not tbs met dwangverpleging.');
    case BijGrondslag.PIJ_NIET_VERLENGBAAR:
      return refuse('This PIJ-maatregel cannot be extended.');
    default:
      return assertUnreachable(melding.grondslag);
  }
}
