import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

import { clientError } from '../errors/client-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `id` can name a row keyed by uuid; anything else names no row at all. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/**
 * Reads a row inside a transaction and locks it for the change, after checking that the caller
 * based the change on the current version. A stale version is refused with VERSION_CONFLICT and
 * the current version, so nothing another person wrote meanwhile is overwritten.
 */
export async function loadForChange<TRow extends ObjectLiteral & { id: string; versie: number }>(
  manager: EntityManager,
  target: EntityTarget<TRow>,
  id: string,
  expectedVersion: number | null,
  label: string,
): Promise<TRow> {
  const row = isUuid(id)
    ? await manager.findOne(target, {
        where: { id } as FindOptionsWhere<TRow>,
        lock: { mode: 'pessimistic_write' },
      })
    : null;
  if (!row) {
    throw clientError('NOT_FOUND', `${label} ${id} does not exist.`, { id });
  }
  if (expectedVersion !== null) {
    assertVersion(row, expectedVersion, label);
  }
  return row;
}

/** Refuses with VERSION_CONFLICT, and the current version, a change based on another version. */
export function assertVersion(row: { id: string; versie: number }, expectedVersion: number, label: string): void {
  if (row.versie !== expectedVersion) {
    throw clientError(
      'VERSION_CONFLICT',
      `${label} ${row.id} is at version ${row.versie}, not ${expectedVersion}: it was changed meanwhile. Nothing was written.`,
      { id: row.id, currentVersion: row.versie },
    );
  }
}
