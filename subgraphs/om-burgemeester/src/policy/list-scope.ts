import type { Caller, Refusals } from '@ketengraaf/subgraph-kit';

import type { VerstrekkingEntity } from '../entities/verstrekking.entity';
import { VerstrekkingBesluit } from '../entities/verstrekking.entity';

import { isOfficier, isOovAdviseur } from './bronhouder';

/** A zienswijze or omgevingsanalyse: a burgemeester's document that may be sent to OM. */
interface Stuk {
  readonly burgemeester: string;
  readonly verzondenAanOmOp: string | null;
}

/** Whether the officier decided to give this disclosure's items to the caller's burgemeester. */
export function isVerstrektAan(verstrekking: VerstrekkingEntity, caller: Caller): boolean {
  return (
    isOovAdviseur(caller) &&
    verstrekking.besluit === VerstrekkingBesluit.VERSTREKT &&
    verstrekking.burgemeester === caller.organisatie
  );
}

/*
 * The policy decides a ground per person and owner; these narrow a person's list of one owner's
 * records to the ones the caller may see each of, before the guard checks them. Without them a
 * burgemeester that holds one disclosure would see every disclosure on the person (another
 * burgemeester's, or a refusal), and OM a zienswijze not yet sent because another one was.
 */

/** OM sees every disclosure; a burgemeester only those decided VERSTREKT to it. */
export function scopeVerstrekkingen(rows: readonly VerstrekkingEntity[], caller: Caller): VerstrekkingEntity[] {
  if (isOfficier(caller)) {
    return [...rows];
  }
  return rows.filter((verstrekking) => isVerstrektAan(verstrekking, caller));
}

/** A burgemeester sees its own zienswijzen and omgevingsanalyses; OM those sent to it. */
export function scopeStukken<TStuk extends Stuk>(rows: readonly TStuk[], caller: Caller): TStuk[] {
  if (isOfficier(caller)) {
    return rows.filter((stuk) => stuk.verzondenAanOmOp !== null);
  }
  if (isOovAdviseur(caller)) {
    return rows.filter((stuk) => stuk.burgemeester === caller.organisatie);
  }
  return [];
}

/**
 * The gemeente whose BIJ-meldingen the caller may list: its own, as the OOV-adviseur of its
 * burgemeester. Anyone else is refused, and the refusal recorded.
 */
export function werkvoorraadGemeente(access: Refusals): string {
  const { caller } = access;
  if (!isOovAdviseur(caller) || caller.code === null) {
    throw access.refuseList('Query.bijWerkvoorraad', 'BijMelding');
  }
  return caller.code;
}
