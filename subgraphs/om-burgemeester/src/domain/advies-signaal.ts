import { addDays, procesversieVoor, SignaalSoort, signaalStatus } from '@ketengraaf/subgraph-kit';

import type { OpdrachtTotAdviesEntity } from '../entities/opdracht-tot-advies.entity';
import { ReclasseringsmeldingSoort } from '../entities/reclasseringsmelding.entity';
import type { ReclasseringsmeldingEntity } from '../entities/reclasseringsmelding.entity';

import type { ZaakSignaal } from './zaak-signaal';

/**
 * The officier's deadline on one opdracht tot advies: OM gives the reclassering the opdracht and
 * then sets the conditions "op basis van het reclasseringsadvies" (seed 004 l. 16–25), so the
 * advies is due the advies term of the opdracht's process version after it. It is met by the first
 * advies the organisation asked sent OM about the person on or after the opdracht's day.
 */
export function adviesSignaal(
  opdracht: Pick<OpdrachtTotAdviesEntity, 'datum' | 'organisatie'>,
  meldingen: readonly Pick<ReclasseringsmeldingEntity, 'soort' | 'organisatie' | 'datum'>[],
  vandaag: string,
): ZaakSignaal {
  const versie = procesversieVoor(opdracht.datum);
  const deadline = addDays(opdracht.datum, versie.termijnen.adviesDagen);
  const afgerondOp =
    meldingen
      .filter(
        (melding) =>
          melding.soort === ReclasseringsmeldingSoort.ADVIES &&
          melding.organisatie === opdracht.organisatie &&
          melding.datum >= opdracht.datum,
      )
      .map((melding) => melding.datum)
      .sort()
      .at(0) ?? null;
  return {
    soort: SignaalSoort.ADVIES,
    deadline,
    afgerondOp,
    procesversie: versie.code,
    status: signaalStatus({ deadline, afgerondOp, verwachteUitstroomdatum: null, vandaag }),
  };
}
