import type { EntityManager } from 'typeorm';

import type { DecisionSet, ProcessingRecord } from './write-processing-log';

/**
 * The log's look-up tables: what a record, a decision set or a field is named by, numbered once
 * per database. Each is a table, its columns in the order the writer offers them, and how one
 * value is offered as those columns.
 */
const LOOKUPS = {
  recordKind: {
    table: 'processing_log_kind',
    columns: [
      ['processing_activity_id', 'text'],
      ['data_subject_id_type', 'text'],
      ['foreign_operation_processor', 'text'],
      ['bronhouder', 'text'],
    ],
  },
  decisionKind: {
    table: 'access_decision_kind',
    columns: [
      ['permitted', 'boolean'],
      ['policy', 'text'],
      ['data_subject_id_type', 'text'],
      ['bronhouder', 'text'],
    ],
  },
  field: {
    table: 'access_decision_resource',
    columns: [
      ['resource', 'text'],
      ['grounds', 'text[]'],
    ],
  },
} as const;

type Lookup = keyof typeof LOOKUPS;
type LookupValue = readonly (string | boolean | readonly string[] | null)[];

function recordKindOf(record: Omit<ProcessingRecord, 'key'>): LookupValue {
  return [record.activity, record.subjectType, record.processor, record.bronhouder];
}

function decisionKindOf(set: DecisionSet): LookupValue {
  return [set.permitted, set.policy, set.subjectType, set.bronhouder];
}

function fieldOf(set: DecisionSet, place: number): LookupValue {
  return [set.resources[place] ?? '', set.resourceGrounds[place] ?? NO_GROUNDS];
}

const NO_GROUNDS: readonly string[] = [];

/**
 * Fields' keys by their grounds list and name: a page names the same few fields for every person,
 * each with the grounds list its declaration holds (one array, shared by every decision on the
 * field), so a field's key is made once, not once per person and field.
 */
const fieldKeys = new WeakMap<readonly string[], Map<string, string>>();

function fieldKey(set: DecisionSet, place: number): string {
  const grounds = set.resourceGrounds[place] ?? NO_GROUNDS;
  const resource = set.resources[place] ?? '';
  let byName = fieldKeys.get(grounds);
  if (byName === undefined) {
    byName = new Map();
    fieldKeys.set(grounds, byName);
  }
  let key = byName.get(resource);
  if (key === undefined) {
    key = JSON.stringify(fieldOf(set, place));
    byName.set(resource, key);
  }
  return key;
}

/**
 * The numbers of the look-up tables in one database as far as this process has seen them
 * committed, by the value's JSON: a committed number never changes, so a steady request writes
 * its rows with the numbers it knows, without looking any up.
 */
type Numbers = Record<Lookup, Map<string, number>>;

const numbersOfDatabase = new WeakMap<object, Numbers>();

const noNumbers = (): Numbers => ({ recordKind: new Map(), decisionKind: new Map(), field: new Map() });

/**
 * The numbers of what `records` and `sets` name: those the process knows for the database, the
 * others looked up, and numbered where new (one statement; a second only for those another
 * transaction numbered at the same moment). What it found is remembered by the function it
 * returns, to be called once the transaction it was found in has committed: a number drawn in a
 * transaction that rolls back names nothing.
 */
export async function numbered(
  manager: EntityManager,
  records: readonly Omit<ProcessingRecord, 'key'>[],
  sets: readonly DecisionSet[],
): Promise<{
  numberOf: {
    recordKind(record: Omit<ProcessingRecord, 'key'>): number;
    decisionKind(set: DecisionSet): number;
    field(set: DecisionSet, place: number): number;
  };
  remember: () => void;
}> {
  // A manager's data source stands for its database.
  const database = manager.connection;
  const known = numbersOfDatabase.get(database) ?? noNumbers();
  const wanted: Record<Lookup, Map<string, LookupValue>> = {
    recordKind: new Map(),
    decisionKind: new Map(),
    field: new Map(),
  };
  // Each value's key, made once per record and set and looked up again by `numberOf`.
  const keys = new Map<object, string>();
  const keyOf = <T extends object>(of: T, valueOf: (of: T) => LookupValue): string => {
    let key = keys.get(of);
    if (key === undefined) {
      key = JSON.stringify(valueOf(of));
      keys.set(of, key);
    }
    return key;
  };
  // A value is made only when its number is not known: no closure per record, set and field.
  const isWanted = (lookup: Lookup, key: string): boolean => !known[lookup].has(key) && !wanted[lookup].has(key);
  for (const record of records) {
    const key = keyOf(record, recordKindOf);
    if (isWanted('recordKind', key)) wanted.recordKind.set(key, recordKindOf(record));
  }
  for (const set of sets) {
    const key = keyOf(set, decisionKindOf);
    if (isWanted('decisionKind', key)) wanted.decisionKind.set(key, decisionKindOf(set));
    for (let place = 0; place < set.resources.length; place += 1) {
      const field = fieldKey(set, place);
      if (isWanted('field', field)) wanted.field.set(field, fieldOf(set, place));
    }
  }
  const found = noNumbers();
  // The second round finds what another transaction numbered while the first looked.
  for (let round = 0; round < 2 && Object.values(wanted).some((values) => values.size > 0); round += 1) {
    await numberAll(manager, wanted, found);
    for (const lookup of Object.keys(wanted) as Lookup[]) {
      for (const key of found[lookup].keys()) wanted[lookup].delete(key);
    }
  }
  const numberOf = (lookup: Lookup, key: string): number => {
    const number = known[lookup].get(key) ?? found[lookup].get(key);
    if (number === undefined) throw new Error(`processing log: ${LOOKUPS[lookup].table} holds no ${key}`);
    return number;
  };
  return {
    numberOf: {
      recordKind: (record) => numberOf('recordKind', keyOf(record, recordKindOf)),
      decisionKind: (set) => numberOf('decisionKind', keyOf(set, decisionKindOf)),
      field: (set, place) => numberOf('field', fieldKey(set, place)),
    },
    remember: () => {
      if (Object.values(found).every((numbers) => numbers.size === 0)) return;
      for (const lookup of Object.keys(found) as Lookup[]) {
        for (const [key, number] of found[lookup]) known[lookup].set(key, number);
      }
      numbersOfDatabase.set(database, known);
    },
  };
}

/**
 * Looks the `wanted` values up and numbers those not there, in one statement, adding the numbers
 * to `found`. Only the missing are offered, since a conflict would still draw a number; one that
 * another transaction numbers meanwhile is neither seen nor inserted here (ON CONFLICT DO NOTHING
 * waits for that transaction), and is found by the next statement.
 */
async function numberAll(
  manager: EntityManager,
  wanted: Record<Lookup, ReadonlyMap<string, LookupValue>>,
  found: Numbers,
): Promise<void> {
  const parameters: unknown[] = [];
  const lookups = Object.keys(LOOKUPS) as Lookup[];
  const ctes = lookups.map((lookup) => {
    const { table, columns } = LOOKUPS[lookup];
    const values = [...wanted[lookup].values()];
    const offered = columns.map(([column, type], place) => {
      // A list travels as one text, joined by a character no ground's name holds.
      const offer = values.map((value) => {
        const part = value[place] ?? null;
        return Array.isArray(part) ? part.join(LIST_SEPARATOR) : part;
      });
      parameters.push(offer);
      const parameter = `$${parameters.length}::${type === 'text[]' ? 'text' : type}[]`;
      return { column, type, parameter };
    });
    const names = columns.map(([column]) => column).join(', ');
    const wantedColumns = offered
      .map(({ column, type }) =>
        type === 'text[]' ? `string_to_array(${column}, chr(31)) AS ${column}` : `${column} AS ${column}`,
      )
      .join(', ');
    return `wanted_${lookup} AS (
         SELECT n, ${wantedColumns}
           FROM unnest(${offered.map(({ parameter }) => parameter).join(', ')}) WITH ORDINALITY AS w(${names}, n)),
       known_${lookup} AS (
         SELECT w.n, a.id FROM ${table} a JOIN wanted_${lookup} w ON ${sameValue(lookup, 'a', 'w')}),
       new_${lookup} AS (
         INSERT INTO ${table} (${names})
         SELECT ${names} FROM wanted_${lookup} w WHERE NOT EXISTS (SELECT 1 FROM known_${lookup} k WHERE k.n = w.n)
         ON CONFLICT DO NOTHING
         RETURNING *)`;
  });
  const answers = lookups.map(
    (lookup) =>
      `SELECT '${lookup}' AS lookup, n, id FROM known_${lookup}
       UNION ALL SELECT '${lookup}', w.n, x.id FROM new_${lookup} x JOIN wanted_${lookup} w ON ${sameValue(lookup, 'x', 'w')}`,
  );
  const rows = await manager.query<{ lookup: Lookup; n: string; id: number }[]>(
    `WITH ${ctes.join(',\n')}\n${answers.join('\nUNION ALL ')}`,
    parameters,
  );
  const keys = Object.fromEntries(lookups.map((lookup) => [lookup, [...wanted[lookup].keys()]]));
  for (const { lookup, n, id } of rows) {
    const key = keys[lookup]?.[Number(n) - 1];
    if (key !== undefined) found[lookup].set(key, id);
  }
}

const LIST_SEPARATOR = String.fromCharCode(31);

/** SQL: rows `one` and `other` hold the same value of `lookup`, nulls alike. */
function sameValue(lookup: Lookup, one: string, other: string): string {
  return LOOKUPS[lookup].columns
    .map(([column]) => `${one}.${column} IS NOT DISTINCT FROM ${other}.${column}`)
    .join(' AND ');
}
