import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

import { clientError } from '../errors/client-error';
import type { Refusals } from '../policy/request-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `id` can name a row keyed by uuid; anything else names no row at all. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/**
 * Reads a row inside a transaction and locks it for the change. The caller decides whether it may
 * change the row before it checks the version (`assertVersion`): a VERSION_CONFLICT would tell of
 * a row it may not change. An id that names no row is refused as a change of `what` the caller may
 * not make, exactly as another owner's row is: a different answer would tell that the party holds
 * the record.
 */
export async function loadForChange<TRow extends ObjectLiteral & { id: string; versie: number }>(
  manager: EntityManager,
  target: EntityTarget<TRow>,
  id: string,
  label: string,
  access: Pick<Refusals, 'refuseChange'>,
  what = `${label} ${id}`,
): Promise<TRow> {
  const row = isUuid(id)
    ? await manager.findOne(target, {
        where: { id } as FindOptionsWhere<TRow>,
        lock: { mode: 'pessimistic_write' },
      })
    : null;
  if (!row) {
    throw access.refuseChange(what);
  }
  return row;
}

/**
 * Refuses with VERSION_CONFLICT, and the current version, a change based on another version, so
 * nothing another person wrote meanwhile is overwritten.
 */
export function assertVersion(row: { id: string; versie: number }, expectedVersion: number, label: string): void {
  if (row.versie !== expectedVersion) {
    throw clientError(
      'VERSION_CONFLICT',
      `${label} ${row.id} is at version ${row.versie}, not ${expectedVersion}: it was changed meanwhile. Nothing was written.`,
      { id: row.id, currentVersion: row.versie },
    );
  }
}
