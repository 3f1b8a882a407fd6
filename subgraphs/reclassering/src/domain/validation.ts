import { assertVersion, clientError, loadForChange, parseOrganisatie, requireText } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { BijzondereVoorwaardeType } from '../entities/bijzondere-voorwaarde.entity';
import { ToezichtEntity, ToezichtStatus } from '../entities/toezicht.entity';

/** The three reclassering organisations, as identity tokens and records name them. */
export const reclasseringsorganisaties = {
  'reclassering:RN': 'Reclassering Nederland',
  'reclassering:SVG': 'Verslavingsreclassering GGZ',
  'reclassering:LJ&R': 'Leger des Heils Jeugdbescherming & Reclassering',
} as const;

/** Returns the organisation when it is one of the three reclassering organisations; INVALID_INPUT naming them otherwise. */
export function parseReclasseringsorganisatie(value: string): string {
  const organisatie = value.trim();
  if (!Object.prototype.hasOwnProperty.call(reclasseringsorganisaties, organisatie)) {
    const names = Object.entries(reclasseringsorganisaties)
      .map(([code, naam]) => `${code} (${naam})`)
      .join(', ');
    throw clientError(
      'INVALID_INPUT',
      `"${organisatie}" is not a reclassering organisation; the reclassering organisations are ${names}.`,
      { organisatie },
    );
  }
  return organisatie;
}

/** Refuses, recorded, a change of records that belong to another organisation than the caller's. */
export function assertOwnOrganisatie(organisatie: string, access: Refusals, resource: string): void {
  if (organisatie !== access.caller.organisatie) {
    throw access.refuseChange(resource);
  }
}

/**
 * Validates the ketenpartners of a toezicht: organisation identifiers of DJI locations and
 * gemeenten, each once. They decide who may read the toezicht under art. 18a Pbw, so nothing
 * else is accepted.
 */
export function parseKetenpartners(values: readonly string[]): string[] {
  const ketenpartners = [...new Set(values.map((value) => parseOrganisatie(value.trim())))];
  const other = ketenpartners.find((partner) => !partner.startsWith('dji:') && !partner.startsWith('gemeente:'));
  if (other) {
    throw clientError(
      'INVALID_INPUT',
      `Ketenpartner ${other} is neither a DJI location (dji:…) nor a gemeente (gemeente:…).`,
    );
  }
  return ketenpartners;
}

/**
 * Validates the DJI inrichting where the reclassering knows a person to be held (`dji:PI-VUGHT`),
 * or none. It decides which DJI casemanager receives risk information under art. 18b Pbw.
 */
export function parseInrichting(value: string | null | undefined): string | null {
  const inrichting = value?.trim();
  if (!inrichting) {
    return null;
  }
  if (!/^dji:[A-Z0-9-]+$/.test(inrichting)) {
    throw clientError('INVALID_INPUT', `Inrichting ${inrichting} is not a DJI location such as dji:PI-VUGHT.`, {
      inrichting,
    });
  }
  return inrichting;
}

/**
 * Reads a lopend toezicht for a change, locked, after checking that it is the caller's
 * organisation's own, deciding (and so logging, with the change) the caller's ground for it, and, when `expectedVersion` is given, that the change is based on its
 * current version. A refusal names `what` the caller asked to change.
 */
export async function loadLopendToezicht(
  manager: EntityManager,
  id: string,
  expectedVersion: number | null,
  access: Refusals,
  what = `Toezicht ${id}`,
): Promise<ToezichtEntity> {
  const toezicht = await loadForChange(manager, ToezichtEntity, id, 'Toezicht', access, what);
  assertOwnOrganisatie(toezicht.organisatie, access, what);
  await access.authorizeChangeOfRecord('Toezicht', toezicht, what);
  if (expectedVersion !== null) {
    assertVersion(toezicht, expectedVersion, 'Toezicht');
  }
  if (toezicht.status === ToezichtStatus.BEEINDIGD) {
    throw clientError(
      'INVALID_STATE',
      `Toezicht ${id} ended on ${toezicht.einddatum ?? '?'}; it can no longer change.`,
      { id },
    );
  }
  return toezicht;
}

/** The details a bijzondere voorwaarde may carry, each meaningful for some types only. */
export interface VoorwaardeDetails {
  readonly gebied: string | null;
  readonly contactMet: string | null;
  readonly meldfrequentie: string | null;
  readonly instelling: string | null;
}
type Detail = keyof VoorwaardeDetails;

/** Per type: the details it needs, and those it may carry besides. */
const DETAILS_PER_TYPE: Record<BijzondereVoorwaardeType, { verplicht: Detail[]; toegestaan: Detail[] }> = {
  [BijzondereVoorwaardeType.MELDPLICHT]: { verplicht: ['meldfrequentie'], toegestaan: [] },
  [BijzondereVoorwaardeType.LOCATIEVERBOD]: { verplicht: ['gebied'], toegestaan: [] },
  [BijzondereVoorwaardeType.CONTACTVERBOD]: { verplicht: ['contactMet'], toegestaan: [] },
  [BijzondereVoorwaardeType.GEDRAGSINTERVENTIE]: { verplicht: [], toegestaan: ['instelling'] },
  [BijzondereVoorwaardeType.BEHANDELING]: { verplicht: ['instelling'], toegestaan: [] },
  [BijzondereVoorwaardeType.MIDDELENVERBOD]: { verplicht: [], toegestaan: [] },
  [BijzondereVoorwaardeType.ELEKTRONISCHE_MONITORING]: { verplicht: [], toegestaan: ['gebied'] },
};

/**
 * Checks that a voorwaarde carries exactly the details its type takes: a LOCATIEVERBOD names its
 * gebied, a CONTACTVERBOD whom it concerns, a MELDPLICHT how often, a BEHANDELING its instelling;
 * a detail of another type is refused rather than stored unseen.
 */
export function voorwaardeDetails(
  type: BijzondereVoorwaardeType,
  input: { readonly [detail in Detail]?: string | null },
  what: string,
): VoorwaardeDetails {
  const { verplicht, toegestaan } = DETAILS_PER_TYPE[type];
  const details = {
    gebied: input.gebied?.trim() || null,
    contactMet: input.contactMet?.trim() || null,
    meldfrequentie: input.meldfrequentie?.trim() || null,
    instelling: input.instelling?.trim() || null,
  };
  for (const detail of Object.keys(details) as Detail[]) {
    if (verplicht.includes(detail) && !details[detail]) {
      throw clientError('INVALID_INPUT', `${what}: a ${type} needs ${detail}.`, { type, detail });
    }
    if (details[detail] && !verplicht.includes(detail) && !toegestaan.includes(detail)) {
      throw clientError('INVALID_INPUT', `${what}: a ${type} takes no ${detail}.`, { type, detail });
    }
  }
  return details;
}

/** The strafrechtsketennummer of the person a record is about, trimmed and not empty. */
export function parseJustitiabeleId(value: string): string {
  return requireText(value, 'The strafrechtsketennummer');
}
