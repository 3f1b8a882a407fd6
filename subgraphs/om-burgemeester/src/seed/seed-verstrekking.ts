import { addDays, DEMO_REFERENCE_DATE } from '@ketengraaf/subgraph-kit';

import type { BijMeldingEntity } from '../entities/bij-melding.entity';
import type { StrafzaakEntity } from '../entities/strafzaak.entity';
import { VerstrekkingBesluit, VerstrekkingOnderdeel } from '../entities/verstrekking.entity';
import type { VerstrekkingEntity } from '../entities/verstrekking.entity';
import type { ViBeslissingEntity } from '../entities/vi-beslissing.entity';
import { seededUuid } from './person-random';
import type { PersonRandom, SeedRow } from './person-random';

const VERSTREKKINGSREDENEN = [
  'Nodig voor de handhaving van de openbare orde bij terugkeer; alleen de delictcategorie en slachtofferomgeving, geen verdere inhoud van het dossier.',
  'Ter voorkoming van strafbare feiten rond de woning van het slachtoffer; verstrekking beperkt tot wat de burgemeester daarvoor nodig heeft.',
];
const WEIGERINGSREDENEN = ['De gevraagde informatie is niet nodig voor het gestelde doel; de BIJ-melding volstaat.'];

/**
 * OM's decision on disclosing items of the case to the burgemeester of the terugkeergemeente after
 * a BIJ-melding: mostly VERSTREKT, now and then refused.
 */
export function seedVerstrekking(
  zaak: SeedRow<StrafzaakEntity>,
  vi: SeedRow<ViBeslissingEntity> | null,
  melding: SeedRow<BijMeldingEntity>,
  burgemeester: string,
  random: PersonRandom,
): SeedRow<VerstrekkingEntity> | null {
  const datum = addDays(melding.ontvangenOp, random.integer(3, 20));
  if (datum > DEMO_REFERENCE_DATE) return null;
  const geweigerd = random.chance(0.15);
  const onderdelen = [
    VerstrekkingOnderdeel.DELICTCATEGORIE,
    ...(zaak.slachtofferomgeving.inDirecteWoonomgeving !== null ? [VerstrekkingOnderdeel.SLACHTOFFEROMGEVING] : []),
    ...(vi && random.chance(0.5) ? [VerstrekkingOnderdeel.VI_VOORWAARDEN] : []),
  ];
  return {
    id: seededUuid(random),
    zaakId: zaak.id,
    justitiabeleId: zaak.justitiabeleId,
    burgemeester,
    besluit: geweigerd ? VerstrekkingBesluit.GEWEIGERD : VerstrekkingBesluit.VERSTREKT,
    reden: random.pick(geweigerd ? WEIGERINGSREDENEN : VERSTREKKINGSREDENEN),
    datum,
    onderdelen,
  };
}
