import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import type { Change } from '@graphql-inspector/core';
import { buildSchema, printSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';

/** A breaking change made on purpose, as `schema/releases/deliberate-changes.json` lists it. */
export interface DeliberateChange {
  /** graphql-inspector's change type, e.g. `FIELD_REMOVED`. */
  readonly type: string;
  /** The schema coordinate it changes, e.g. `Nazorgdossier.rol`. */
  readonly path: string;
  /** Why clients may be broken, and what they should use instead. */
  readonly why: string;
}

/** The breaking changes since the release: those not marked deliberate, and those that are. */
export interface BreakingChanges {
  readonly unmarked: readonly Change[];
  readonly deliberate: readonly Change[];
}

/** The API schema a client sees of a supergraph: without the join and link machinery. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** The API schema as a release snapshot keeps it. */
export function releaseSnapshotOf(supergraphSdl: string): string {
  return `${printSchema(apiSchemaOf(supergraphSdl))}\n`;
}

/**
 * The breaking changes (graphql-inspector's criticality) of the supergraph's API schema against a
 * release snapshot, each either marked deliberate (same type and path) or not.
 */
export async function breakingChangesSince(
  releaseSnapshot: string,
  supergraphSdl: string,
  deliberate: readonly DeliberateChange[],
): Promise<BreakingChanges> {
  const changes = await diff(buildSchema(releaseSnapshot), apiSchemaOf(supergraphSdl));
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const isDeliberate = (change: Change): boolean =>
    deliberate.some((marked) => marked.type === change.type && marked.path === change.path);
  return {
    unmarked: breaking.filter((change) => !isDeliberate(change)),
    deliberate: breaking.filter(isDeliberate),
  };
}
