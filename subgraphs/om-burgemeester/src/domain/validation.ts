import { clientError, isUuid, parseOrganisatie, requireText } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { StrafzaakEntity } from '../entities/strafzaak.entity';

/** OM's parketnummer: two digits (the parket), a slash, six digits, a dash and two digits (the year). */
const PARKETNUMMER = /^\d{2}\/\d{6}-\d{2}$/;

export function parseParketnummer(value: string): string {
  const parketnummer = requireText(value, 'The parketnummer');
  if (!PARKETNUMMER.test(parketnummer)) {
    throw clientError('INVALID_INPUT', `Parketnummer "${parketnummer}" is not of the form 13/123456-26.`);
  }
  return parketnummer;
}

/** A strafrechtsketennummer as a record names its person by it. */
export function parseJustitiabeleId(value: string): string {
  return requireText(value, 'The strafrechtsketennummer');
}

/**
 * A reclassering organisation: `reclassering:RN`, `reclassering:SVG` or `reclassering:LJ&R`;
 * `taak` says what OM asks of it, for the refusal.
 */
export function parseReclasseringsorganisatie(value: string, taak: string): string {
  const organisatie = parseOrganisatie(value.trim());
  if (!organisatie.startsWith('reclassering:')) {
    throw clientError(
      'INVALID_INPUT',
      `OM asks ${taak} of a reclassering organisation (reclassering:RN, reclassering:SVG or reclassering:LJ&R), not of ${organisatie}.`,
    );
  }
  return organisatie;
}

/** A burgemeester: `burgemeester:<gemeentecode>` of a current gemeente. */
export function parseBurgemeester(value: string): string {
  const organisatie = parseOrganisatie(value.trim());
  if (!organisatie.startsWith('burgemeester:')) {
    throw clientError(
      'INVALID_INPUT',
      `A disclosure under the Aanwijzing WJSG goes to a burgemeester (burgemeester:<gemeentecode>), not to ${organisatie}.`,
    );
  }
  return organisatie;
}

/**
 * Reads the case a record is made in, locked for the change; an id that names no case is refused
 * as a change the caller may not make, so the answer does not tell whether OM holds the case.
 */
export async function findStrafzaak(manager: EntityManager, id: string, access: Refusals): Promise<StrafzaakEntity> {
  const zaak = isUuid(id)
    ? await manager.findOne(StrafzaakEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!zaak) {
    throw access.refuseChange(`Strafzaak ${id}`);
  }
  return zaak;
}

/** Adds whole months to an ISO date; a day the month lacks becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
