import type { Refusals } from '@ketengraaf/subgraph-kit';

/** What a refused change of a person's records (or of a verblijf that does not exist) names. */
export const THE_PERSONS_RECORDS = 'the records of this person';

/**
 * Lets a change stand only when DJI's own task covers the person for the caller: the casemanager
 * of the inrichting that holds them, decided by the policy as for a read. Called inside the
 * change's transaction, so a refusal leaves nothing written.
 */
export async function ownRecord<TRecorded extends { justitiabeleId: string }>(
  access: Refusals,
  recorded: TRecorded,
): Promise<TRecorded> {
  await access.authorizeChangeOf({ soort: 'SKN', nummer: recorded.justitiabeleId }, THE_PERSONS_RECORDS);
  return recorded;
}

/** A casemanager registers an instroom only into the inrichting it works for. */
export function assertOwnInrichting(access: Refusals, inrichting: string): void {
  if (access.caller.code !== inrichting) {
    throw access.refuseChange(`a verblijf in inrichting ${inrichting}`);
  }
}
