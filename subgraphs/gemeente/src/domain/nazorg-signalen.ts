import { addDays, Basisvoorwaarde, procesversieVoor, SignaalSoort, signaalStatus } from '@ketengraaf/subgraph-kit';
import type { SignaalStatus } from '@ketengraaf/subgraph-kit';

import { OnderdakType } from '../entities/basisvoorwaarden-status.entity';
import type { BasisvoorwaardenStatusEntity } from '../entities/basisvoorwaarden-status.entity';

/** A signal as the gemeente computes it from one of its dossiers, before it is shown on a caller's ground. */
export interface NazorgSignaal {
  readonly soort: SignaalSoort;
  readonly deadline: string;
  readonly status: SignaalStatus;
  readonly afgerondOp: string | null;
  readonly procesversie: string;
  readonly basisvoorwaarden: Basisvoorwaarde[];
}

/**
 * What is not arranged of the four basisvoorwaarden that must be in place on the day of release
 * (DESIGN §5; seed 001 l. 604–608, "Voor ontslag"): an identiteitsbewijs ready, onderdak of
 * some kind, an uitkering granted or work, a zorgverzekering.
 */
export function nietGeregeld(status: BasisvoorwaardenStatusEntity | null): Basisvoorwaarde[] {
  const missing: Basisvoorwaarde[] = [];
  if (!status?.identiteitsbewijs.gereedOp) missing.push(Basisvoorwaarde.IDENTITEITSBEWIJS);
  if (!status?.onderdak.type || status.onderdak.type === OnderdakType.GEEN) missing.push(Basisvoorwaarde.ONDERDAK);
  if (!status?.inkomen.uitkeringToegekendOp && !status?.inkomen.werk) missing.push(Basisvoorwaarde.WERK_EN_INKOMEN);
  if (!status?.zorg.zorgverzekering) missing.push(Basisvoorwaarde.ZORG);
  return missing;
}

/**
 * The gemeente's deadline before a release: its own status of the basisvoorwaarden against DJI's
 * expected uitstroom, the preparation term of the stay's process version before it. No signal
 * while DJI expects no date (voorlopige hechtenis) or the gemeente is not told one.
 */
export function uitstroomSignaal(
  verblijf: { readonly instroomdatum: string | null; readonly verwachteUitstroomdatum: string | null },
  status: BasisvoorwaardenStatusEntity | null,
  vandaag: string,
): NazorgSignaal | null {
  const { instroomdatum, verwachteUitstroomdatum } = verblijf;
  if (verwachteUitstroomdatum === null) {
    return null;
  }
  const versie = procesversieVoor(instroomdatum ?? verwachteUitstroomdatum);
  const deadline = addDays(verwachteUitstroomdatum, -versie.termijnen.uitstroomVoorbereidingDagen);
  const basisvoorwaarden = nietGeregeld(status);
  return {
    soort: SignaalSoort.BASISVOORWAARDEN_BIJ_UITSTROOM,
    deadline,
    afgerondOp: null,
    procesversie: versie.code,
    basisvoorwaarden,
    status: signaalStatus({
      deadline,
      afgerondOp: null,
      afgerond: basisvoorwaarden.length === 0,
      verwachteUitstroomdatum,
      vandaag,
    }),
  };
}
