import { parseOrganisatie, requireText } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { AdviesEntity, GeadviseerdeVoorwaardeEntity } from '../entities/advies.entity';
import type { AdviesInput } from '../graphql/inputs';

import { meldAdvies } from './meldingen-aan-om';
import {
  assertOwnOrganisatie,
  parseInrichting,
  parseJustitiabeleId,
  parseReclasseringsorganisatie,
} from './validation';

/**
 * Registers an organisation's advies with the conditions it proposes. Only the advising
 * organisation's own staff register it; victims' interests are always accounted for in words. An
 * advies OM asked for is reported to OM in the same transaction.
 */
export async function registreerAdvies(
  manager: EntityManager,
  outbox: OutboxWriter,
  input: AdviesInput,
  access: Refusals,
): Promise<AdviesEntity> {
  const organisatie = parseReclasseringsorganisatie(input.organisatie);
  assertOwnOrganisatie(organisatie, access, `an advies of ${organisatie}`);
  const advies = await manager.save(
    manager.create(AdviesEntity, {
      justitiabeleId: parseJustitiabeleId(input.justitiabeleId),
      organisatie,
      opdrachtgever: parseOrganisatie(input.opdrachtgever.trim()),
      datum: input.datum,
      inrichting: parseInrichting(input.inrichting),
      zienswijzeBurgemeesterMeegewogen: input.zienswijzeBurgemeesterMeegewogen,
      zienswijzeBurgemeesterToelichting: input.zienswijzeBurgemeesterToelichting?.trim() || null,
      slachtofferbelangenMeegewogen: input.slachtofferbelangenMeegewogen,
      slachtofferbelangenToelichting: requireText(
        input.slachtofferbelangenToelichting,
        "The toelichting on victims' interests",
      ),
    }),
  );
  if (input.geadviseerdeVoorwaarden.length > 0) {
    await manager.insert(
      GeadviseerdeVoorwaardeEntity,
      input.geadviseerdeVoorwaarden.map((voorwaarde, index) => ({
        adviesId: advies.id,
        volgnummer: index + 1,
        type: voorwaarde.type,
        toelichting: requireText(voorwaarde.toelichting, `Geadviseerde voorwaarde ${index + 1}: toelichting`),
      })),
    );
  }
  access.permitCreationOf('Advies', advies);
  await meldAdvies(manager, outbox, advies);
  return advies;
}
