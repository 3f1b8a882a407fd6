import DataLoader from 'dataloader';

/**
 * A loader for one row per key: `fetch` reads all keys of a batch in one statement, and the
 * loader hands each caller its row in key order, or `null` when there is none. A row that can be
 * asked for by more than one key (an id and a BSN) returns all of them from `keysOf`.
 */
export function rowLoader<TKey, TRow>(
  fetch: (keys: readonly TKey[]) => Promise<TRow[]>,
  keysOf: (row: TRow) => TKey | readonly TKey[],
): DataLoader<TKey, TRow | null> {
  return new DataLoader<TKey, TRow | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<TKey, TRow>();
    for (const row of rows) {
      const rowKeys = keysOf(row);
      for (const key of Array.isArray(rowKeys) ? (rowKeys as readonly TKey[]) : [rowKeys as TKey]) {
        byKey.set(key, row);
      }
    }
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader for the rows that belong to a key (a one-to-many relation), in the order fetched. */
export function rowsLoader<TKey, TRow>(
  fetch: (keys: readonly TKey[]) => Promise<TRow[]>,
  keyOf: (row: TRow) => TKey,
): DataLoader<TKey, TRow[]> {
  return new DataLoader<TKey, TRow[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<TKey, TRow[]>(keys.map((key) => [key, []]));
    for (const row of rows) {
      byKey.get(keyOf(row))?.push(row);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
