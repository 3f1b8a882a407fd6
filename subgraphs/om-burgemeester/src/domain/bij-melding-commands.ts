import { clientError, requireText } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { BijMeldingEntity } from '../entities/bij-melding.entity';
import type { BijMeldingInput } from '../graphql/inputs';

import { assertBijDoelgroep } from './bij-doelgroep';
import { parseJustitiabeleId } from './validation';

/** A melding as received, and whether this delivery was the first of its kenmerk. */
export interface Ontvangst {
  readonly melding: BijMeldingEntity;
  readonly nieuw: boolean;
}

/**
 * Receives a BIJ-melding from Justid, for the burgemeester of the terugkeergemeente. A melding
 * about a person outside the BIJ target group is refused. Delivery is at least once: the same
 * kenmerk delivered again, with the same content, is received once; with other content it is
 * refused with INVALID_STATE.
 */
export async function ontvangBijMelding(
  manager: EntityManager,
  input: BijMeldingInput,
  access: Refusals,
): Promise<Ontvangst> {
  const kenmerk = requireText(input.kenmerk, 'The kenmerk of the melding');
  const justitiabeleId = parseJustitiabeleId(input.justitiabeleId);
  assertBijDoelgroep(input);
  const values = {
    kenmerk,
    justitiabeleId,
    soort: input.soort,
    terugkeerdatum: input.terugkeerdatum,
    terugkeergemeente: input.terugkeergemeente,
    delictcategorie: input.delictcategorie,
    grondslag: input.grondslag,
    onherroepelijk: input.onherroepelijk,
    gemeenteNeemtDeel: input.gemeenteNeemtDeel,
    ontvangenOp: input.ontvangenOp,
  };
  // ON CONFLICT DO NOTHING: a repeat delivered at the same moment waits for the first, then finds it.
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(BijMeldingEntity)
    .values(values)
    .orIgnore()
    .returning('id')
    .execute();
  const nieuw = Array.isArray(inserted.raw) && inserted.raw.length > 0;
  const melding = await manager.findOneByOrFail(BijMeldingEntity, { kenmerk });
  if (!nieuw && !sameMelding(melding, values)) {
    throw clientError(
      'INVALID_STATE',
      `BIJ-melding ${kenmerk} was received before with other content; a changed melding comes with a kenmerk of its own. Nothing was written.`,
      { kenmerk },
    );
  }
  // Justid delivers for the burgemeester, on art. 11a Bjsg: a ground to deliver, not to read. A
  // repeat writes nothing about the person, so only a first delivery is a change to log.
  if (nieuw) {
    access.permitCreationOf('BijMelding', melding);
  }
  return { melding, nieuw };
}

/** The same melding, whatever day the repeat arrived. */
function sameMelding(
  melding: BijMeldingEntity,
  values: Omit<BijMeldingEntity, 'id' | 'dagenVoorTerugkeer' | 'geregistreerdOp'>,
): boolean {
  return (
    melding.justitiabeleId === values.justitiabeleId &&
    melding.soort === values.soort &&
    melding.terugkeerdatum === values.terugkeerdatum &&
    melding.terugkeergemeente === values.terugkeergemeente &&
    melding.delictcategorie === values.delictcategorie &&
    melding.grondslag === values.grondslag &&
    melding.onherroepelijk === values.onherroepelijk &&
    melding.gemeenteNeemtDeel === values.gemeenteNeemtDeel
  );
}
