import { assertUnreachable, clientError, requireText } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import type { StrafzaakEntity } from '../entities/strafzaak.entity';
import { ViBeslissingEntity } from '../entities/vi-beslissing.entity';
import { VerstrekkingBesluit, VerstrekkingEntity, VerstrekkingOnderdeel } from '../entities/verstrekking.entity';
import type { VerstrekkingInput } from '../graphql/inputs';

import { findStrafzaak, parseBurgemeester } from './validation';

/**
 * Records the officier's decision on giving items of a case's strafdossier to a burgemeester,
 * with its proportionality reason. A disclosure VERSTREKT names at least one item, and each item
 * must exist when decided: nothing is given that the officier could not weigh.
 */
export async function registreerVerstrekking(
  manager: EntityManager,
  input: VerstrekkingInput,
  access: Refusals,
): Promise<VerstrekkingEntity> {
  const burgemeester = parseBurgemeester(input.burgemeester);
  const reden = requireText(input.reden, 'The proportionality reason (reden)');
  const dubbel = input.onderdelen.find((onderdeel, index) => input.onderdelen.indexOf(onderdeel) !== index);
  if (dubbel) {
    throw clientError('INVALID_INPUT', `Onderdeel ${dubbel} is named more than once.`);
  }
  if (input.besluit === VerstrekkingBesluit.VERSTREKT && input.onderdelen.length === 0) {
    throw clientError('INVALID_INPUT', 'A disclosure VERSTREKT names the items it gives (onderdelen).');
  }
  const zaak = await findStrafzaak(manager, input.zaakId, access);
  if (input.besluit === VerstrekkingBesluit.VERSTREKT) {
    for (const onderdeel of input.onderdelen) {
      if (!(await hasOnderdeel(manager, zaak, onderdeel))) {
        throw clientError(
          'INVALID_STATE',
          `Strafzaak ${zaak.parketnummer} has no ${onderdeel} recorded yet: there is nothing to disclose.`,
          { id: zaak.id, onderdeel },
        );
      }
    }
  }
  const verstrekking = await manager.save(
    manager.create(VerstrekkingEntity, {
      zaakId: zaak.id,
      justitiabeleId: zaak.justitiabeleId,
      burgemeester,
      besluit: input.besluit,
      reden,
      datum: input.datum,
      onderdelen: input.onderdelen,
    }),
  );
  // The officier decides on the Aanwijzing WJSG, a ground to give to the burgemeester, not to read.
  access.permitCreationOf('Verstrekking', verstrekking);
  return verstrekking;
}

async function hasOnderdeel(
  manager: EntityManager,
  zaak: StrafzaakEntity,
  onderdeel: VerstrekkingOnderdeel,
): Promise<boolean> {
  switch (onderdeel) {
    case VerstrekkingOnderdeel.DELICTCATEGORIE:
      return true;
    case VerstrekkingOnderdeel.SLACHTOFFEROMGEVING:
      return zaak.slachtofferomgeving.inDirecteWoonomgeving !== null;
    case VerstrekkingOnderdeel.VI_BESLISSING:
    case VerstrekkingOnderdeel.VI_VOORWAARDEN:
      return manager.existsBy(ViBeslissingEntity, { zaakId: zaak.id });
    default:
      return assertUnreachable(onderdeel);
  }
}
