import { assertUnreachable, clientError } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { verblijfById } from '../data/verblijf.queries';
import { GemeenteRegistratieSoort } from '../entities/gemeente-registratie';
import type { GemeenteRegistratie } from '../entities/gemeente-registratie';
import { InrichtingEntity } from '../entities/inrichting.entity';
import type { VerblijfEntity } from '../entities/verblijf.entity';
import type { GemeenteRegistratieInput } from '../graphql/inputs';
import { ownRecord, THE_PERSONS_RECORDS } from '../policy/own-record';

/** Checks that a gemeente registration carries exactly what its soort needs. */
export function toGemeenteRegistratie(input: GemeenteRegistratieInput, what: string): GemeenteRegistratie {
  const gemeentecode = input.gemeentecode ?? null;
  const land = input.land?.trim() || null;
  const refuse = (reason: string): never => {
    throw clientError('INVALID_INPUT', `${what}: ${reason}`);
  };
  switch (input.soort) {
    case GemeenteRegistratieSoort.GEMEENTE:
      if (!gemeentecode || land) refuse('soort GEMEENTE takes a gemeentecode and no land.');
      break;
    case GemeenteRegistratieSoort.BUITENLAND:
      if (gemeentecode || !land) refuse('soort BUITENLAND takes a land and no gemeentecode.');
      break;
    case GemeenteRegistratieSoort.NOG_NIET_BEKEND:
    case GemeenteRegistratieSoort.ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS:
      if (gemeentecode || land) refuse(`soort ${input.soort} takes neither a gemeentecode nor a land.`);
      break;
    default:
      assertUnreachable(input.soort);
  }
  return { soort: input.soort, gemeentecode, land };
}

export async function assertInrichtingExists(manager: EntityManager, code: string): Promise<void> {
  if (!(await manager.existsBy(InrichtingEntity, { code }))) {
    throw clientError('UNKNOWN_INRICHTING', `Inrichting ${code} is not a DJI inrichting.`, { inrichting: code });
  }
}

/** A record written on a verblijf, with the person it is about. */
export interface Recorded<TRecord> {
  readonly record: TRecord;
  readonly justitiabeleId: string;
}

/**
 * Reads a verblijf that a screening, plan or MDO is recorded on, once the caller may change the
 * person's records; an id that names no verblijf is refused alike, so neither the answer nor the
 * caller's log tells whether DJI holds it.
 */
export async function findVerblijf(manager: EntityManager, id: string, access: Refusals): Promise<VerblijfEntity> {
  const verblijf = await verblijfById(manager, id);
  if (!verblijf) {
    throw access.refuseChange(THE_PERSONS_RECORDS);
  }
  return ownRecord(access, verblijf);
}
