import assert from 'node:assert/strict';

import type { DataSource } from 'typeorm';

import type { Grondslag } from '../policy/grondslag';
import { verwerkingsactiviteit } from '../policy/grondslag';

import type { GraphQLResponse } from './graphql-client';

type Path = readonly (string | number)[];

/**
 * A value as plain data: responses are parsed by `fetch` outside the test's realm, whose arrays
 * and objects strict equality would tell apart from the test's own.
 */
const plain = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** The value at `path` in a response's data (`['justitiabele', 'verblijven', 0, 'id']`). */
export function valueAt(response: GraphQLResponse<unknown>, path: Path): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    response.data,
  );
}

const samePath = (one: Path | undefined, other: Path): boolean =>
  one !== undefined && one.length === other.length && one.every((key, index) => key === other[index]);

const under = (one: Path | undefined, other: Path): boolean =>
  one !== undefined && other.every((key, index) => one[index] === key);

/**
 * The errors that concern the field at `path`: those at it or under it, and the ACCESS_DENIED of an
 * object above it that lists it, or the field it lies in, among its denied fields (`velden`).
 */
function errorsConcerning(
  response: GraphQLResponse<unknown>,
  path: Path,
): NonNullable<GraphQLResponse<unknown>['errors']> {
  return (response.errors ?? []).filter(
    (error) =>
      under(error.path, path) ||
      deniedVelden(error).some(({ veld }) => error.path !== undefined && under(path, [...error.path, veld])),
  );
}

/** The denied fields an object's ACCESS_DENIED error lists; none for any other error. */
function deniedVelden(error: { extensions?: Record<string, unknown> }): { veld: string; gronden: unknown }[] {
  const velden = error.extensions?.['velden'];
  return error.extensions?.['code'] === 'ACCESS_DENIED' && Array.isArray(velden)
    ? (velden as { veld: string; gronden: unknown }[])
    : [];
}

/**
 * Every path an ACCESS_DENIED error refuses, joined by dots: each denied field an object's error
 * lists (`velden`), and the path of a refused object or root field itself.
 */
export function deniedPaths(response: GraphQLResponse<unknown>): Set<string> {
  return new Set(
    (response.errors ?? [])
      .filter((error) => error.extensions?.['code'] === 'ACCESS_DENIED')
      .flatMap((error) => {
        const path = error.path ?? [];
        const velden = deniedVelden(error);
        return velden.length > 0 ? velden.map(({ veld }) => [...path, veld].join('.')) : [path.join('.')];
      }),
  );
}

/** The field at `path` was answered: no error at it or under it, nor a refusal of it. Returns its value. */
export function expectAllowed(response: GraphQLResponse<unknown>, path: Path): unknown {
  assert.deepEqual(plain(errorsConcerning(response, path)), [], `expected ${path.join('.')} to be answered`);
  return valueAt(response, path);
}

/** A refusal of one field: the error that refuses it, and the grounds it names for that field. */
export interface FieldRefusal {
  readonly code: unknown;
  readonly message: string;
  readonly gronden: unknown;
}

/**
 * The refusals of the field at `path`: its entry among the denied fields (`velden`) of its object's
 * ACCESS_DENIED error, or any error at the path itself (a refused object or root field).
 */
export function refusalsOf(response: GraphQLResponse<unknown>, path: Path): FieldRefusal[] {
  return (response.errors ?? []).flatMap((error) => {
    const listed = deniedVelden(error).filter(
      ({ veld }) => samePath(error.path, path.slice(0, -1)) && veld === path.at(-1),
    );
    if (listed.length > 0) {
      return listed.map(({ gronden }) => ({ code: 'ACCESS_DENIED', message: error.message, gronden }));
    }
    return samePath(error.path, path)
      ? [{ code: error.extensions?.['code'], message: error.message, gronden: error.extensions?.['gronden'] }]
      : [];
  });
}

/** The one refusal of the field at `path`, or undefined when it has none. */
export function refusalOf(response: GraphQLResponse<unknown>, path: Path): FieldRefusal | undefined {
  const [refusal, ...more] = refusalsOf(response, path);
  assert.deepEqual(plain(more), [], `expected one refusal of ${path.join('.')}`);
  return refusal;
}

/**
 * The field at `path` is null, refused once: listed among the denied fields of its object's
 * ACCESS_DENIED error (a field), or by an ACCESS_DENIED error at the path itself (a refused object
 * or root field); with exactly `gronden` when given; no other error there, nothing of it in the
 * answer. Returns the refusal, whose message names the grounds.
 */
export function expectDenied(
  response: GraphQLResponse<unknown>,
  path: Path,
  gronden?: readonly Grondslag[],
): FieldRefusal {
  assert.equal(valueAt(response, path) ?? null, null, `expected ${path.join('.')} to be null`);
  const refusals = refusalsOf(response, path);
  assert.deepEqual(
    plain(refusals.map(({ code }) => code)),
    ['ACCESS_DENIED'],
    `expected ACCESS_DENIED of ${path.join('.')}`,
  );
  const [refusal] = refusals as [FieldRefusal];
  if (gronden) {
    assert.deepEqual(plain(refusal.gronden), plain(gronden));
  }
  return refusal;
}

/** One access decision as a test names it: the resource, and the ground that allowed it or none. */
export interface ExpectedDecision {
  readonly resource: string;
  readonly grondslag: Grondslag | null;
}

/** One access decision as the processing log recorded it. */
export interface RecordedDecision {
  readonly resource: string;
  readonly decision: string;
  readonly policy: string;
  /** The person's pseudonym; null for a decision about no one person. */
  readonly data_subject_id: string | null;
}

/**
 * Every access decision a subgraph recorded under `traceId`, one row each, in the order recorded;
 * `distinct` leaves one row per decision where a read of the person as such was recorded once per
 * owner whose records granted it.
 */
export function recordedDecisions(
  dataSource: DataSource,
  traceId: string,
  { distinct = false }: { distinct?: boolean } = {},
): Promise<RecordedDecision[]> {
  return dataSource.query<RecordedDecision[]>(
    `SELECT ${distinct ? 'DISTINCT ' : ''}resource, decision, policy, data_subject_id FROM access_decision WHERE trace_id = $1`,
    [traceId],
  );
}

/**
 * The access decisions `party`'s subgraph recorded under `traceId` are exactly these, in any
 * order: permits with the activity of their ground, denials with `no-legal-ground`.
 */
export async function expectRecorded(
  dataSource: DataSource,
  party: string,
  traceId: string,
  expected: readonly ExpectedDecision[],
): Promise<void> {
  const rows = await recordedDecisions(dataSource, traceId);
  const key = (row: { resource: string; decision: string; policy: string }) =>
    `${row.resource} ${row.decision} ${row.policy}`;
  assert.deepEqual(
    plain([...new Set(rows.map(key))].sort()),
    [
      ...new Set(
        expected.map(({ resource, grondslag }) =>
          key({
            resource,
            decision: grondslag ? 'PERMIT' : 'DENY',
            policy: grondslag ? verwerkingsactiviteit(party, grondslag) : 'no-legal-ground',
          }),
        ),
      ),
    ].sort(),
  );
}
