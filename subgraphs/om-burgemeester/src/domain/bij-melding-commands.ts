import { clientError, isCalendarDate, parseGemeentecode, requireText } from '@ketengraaf/subgraph-kit';
import type { Betrokkene, MeldingOntvangst, OntvangenMelding, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { BijGrondslag, BijMeldingEntity, BijMeldingSoort } from '../entities/bij-melding.entity';
import { Delictcategorie } from '../entities/delictcategorie';
import type { BijMeldingInput } from '../graphql/inputs';
import { burgemeesterVan } from '../policy/bronhouder';

import { assertBijDoelgroep } from './bij-doelgroep';
import { parseJustitiabeleId } from './validation';

/** Justid's BIJ-melding as a CloudEvent, to the burgemeester of the terugkeergemeente. */
export const BIJ_MELDING = 'nl.ketengraaf.justid.bij-melding.verzonden';

/** A melding as received, and whether this delivery was the first of its kenmerk. */
export interface Ontvangst {
  readonly melding: BijMeldingEntity;
  readonly nieuw: boolean;
}

/**
 * Receives a BIJ-melding from Justid through the GraphQL mutation, for the burgemeester of the
 * terugkeergemeente: Justid delivers for the burgemeester, on art. 11a Bjsg, a ground to deliver,
 * not to read. A repeat writes nothing about the person, so only a first delivery is a change to log.
 */
export async function ontvangBijMelding(
  manager: EntityManager,
  input: BijMeldingInput,
  access: Refusals,
): Promise<Ontvangst> {
  const ontvangst = await bewaarBijMelding(manager, input);
  if (ontvangst.nieuw) {
    access.permitCreationOf('BijMelding', ontvangst.melding);
  }
  return ontvangst;
}

/**
 * Keeps Justid's BIJ-melding that arrived in the inbox as a CloudEvent, with the same command as
 * the mutation: "informeert … Justid de burgemeester waar de (ex-) gedetineerde naar terugkeert"
 * (seed 002 l. 617–625, art. 11a Bjsg). The event's id is Justid's kenmerk, so a melding delivered
 * again, by either path, is kept once; the receiver must be the burgemeester of the melding's
 * terugkeergemeente, and the day it arrived is the day it was received. The inbox logs the receipt.
 */
export async function ontvangBijMeldingEvent(manager: EntityManager, event: OntvangenMelding): Promise<Betrokkene> {
  const { data } = event;
  const terugkeergemeente = parseGemeentecode(tekst(data['terugkeergemeente'], 'terugkeergemeente'));
  if (event.ontvanger !== burgemeesterVan(terugkeergemeente)) {
    throw clientError(
      'INVALID_INPUT',
      `A BIJ-melding goes to the burgemeester of its terugkeergemeente (${burgemeesterVan(terugkeergemeente)}), not to ${event.ontvanger}.`,
    );
  }
  const { melding } = await bewaarBijMelding(manager, {
    kenmerk: event.id,
    justitiabeleId: tekst(data['justitiabeleId'], 'justitiabeleId'),
    soort: keuze(data['soort'], BijMeldingSoort, 'soort'),
    terugkeerdatum: datum(data['terugkeerdatum'], 'terugkeerdatum'),
    terugkeergemeente,
    delictcategorie: keuze(data['delictcategorie'], Delictcategorie, 'delictcategorie'),
    grondslag: keuze(data['grondslag'], BijGrondslag, 'grondslag'),
    onherroepelijk: waarOfNiet(data['onherroepelijk'], 'onherroepelijk'),
    gemeenteNeemtDeel: waarOfNiet(data['gemeenteNeemtDeel'], 'gemeenteNeemtDeel'),
    ontvangenOp: event.tijdstip.slice(0, 10),
  });
  return { soort: 'SKN', nummer: melding.justitiabeleId, bronhouder: event.ontvanger };
}

/** The melding Justid sends the burgemeester's inbox: from Justid only, on art. 11a Bjsg. */
export const bijMeldingOntvangst: MeldingOntvangst = {
  type: BIJ_MELDING,
  van: ['justid'],
  grondslag: 'ART_11A_BJSG',
  ontvang: ontvangBijMeldingEvent,
};

const ongeldig = (veld: string): never => {
  throw clientError('INVALID_INPUT', `The BIJ-melding's ${veld} is missing or not valid.`, { veld });
};
const tekst = (value: unknown, veld: string): string => (typeof value === 'string' ? value : ongeldig(veld));
const datum = (value: unknown, veld: string): string =>
  typeof value === 'string' && isCalendarDate(value) ? value : ongeldig(veld);
const waarOfNiet = (value: unknown, veld: string): boolean => (typeof value === 'boolean' ? value : ongeldig(veld));
function keuze<T extends string>(value: unknown, waarden: Record<string, T>, veld: string): T {
  return Object.values(waarden).find((waarde) => waarde === value) ?? ongeldig(veld);
}

/**
 * Keeps a BIJ-melding for the burgemeester of the terugkeergemeente, whichever way it came. A
 * melding about a person outside the BIJ target group is refused. Delivery is at least once: the
 * same kenmerk delivered again, with the same content, is received once; with other content it is
 * refused with INVALID_STATE.
 */
async function bewaarBijMelding(manager: EntityManager, input: BijMeldingInput): Promise<Ontvangst> {
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
