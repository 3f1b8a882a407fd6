import { responsePathAsArray } from 'graphql';
import type { GraphQLFormattedError, GraphQLResolveInfo } from 'graphql';

import type { ErrorCode } from '../errors/error-codes';

import { grondslagen } from './grondslag';
import type { Grondslag } from './grondslag';

/** One denied field of an object, as its ACCESS_DENIED error lists it in `extensions.velden`. */
export interface DeniedVeld {
  /** The field as the answer names it: its alias, if the query gave it one. */
  readonly veld: string;
  /** The legal grounds the field declares, none of which the caller holds for this person. */
  readonly gronden: readonly Grondslag[];
}

/** The ACCESS_DENIED error of one object's denied fields, as it reaches the client. */
export interface DeniedFieldsError extends GraphQLFormattedError {
  readonly path: readonly (string | number)[];
  readonly extensions: {
    readonly code: ErrorCode;
    /** The object's type. */
    readonly resource: string;
    readonly velden: readonly DeniedVeld[];
  };
}

type ResponsePath = GraphQLResolveInfo['path'];

interface DeniedObject {
  readonly path: ResponsePath | undefined;
  readonly resource: string;
  readonly velden: DeniedVeld[];
}

/**
 * The fields denied while answering one request, per object. A denied field is null, and its
 * object gets one ACCESS_DENIED error naming its denied fields with their grounds, built when the
 * answer is complete: no error object (and no stack) per field, and a page of fifty persons carries
 * fifty errors, not one per field.
 */
export class DeniedFields {
  // Keyed by the object's response path: graphql-js hands every field of one object the same one.
  private readonly objects = new Map<ResponsePath | undefined, DeniedObject>();

  get size(): number {
    return this.objects.size;
  }

  /** Notes the field being resolved (`info`) as denied, lacking all of `gronden`. */
  add(info: Pick<GraphQLResolveInfo, 'path' | 'parentType'>, gronden: readonly Grondslag[]): void {
    const objectPath = info.path.prev;
    let denied = this.objects.get(objectPath);
    if (!denied) {
      denied = { path: objectPath, resource: info.parentType.name, velden: [] };
      this.objects.set(objectPath, denied);
    }
    denied.velden.push({ veld: String(info.path.key), gronden });
  }

  /** One ACCESS_DENIED error per object with denied fields, its fields in the order of their names. */
  errors(): DeniedFieldsError[] {
    return [...this.objects.values()].map(({ path, resource, velden }) =>
      deniedFieldsError(
        path ? responsePathAsArray(path) : [],
        resource,
        // In code-unit order, as `Array.prototype.sort` orders them: the same wherever the subgraph runs.
        [...velden].sort((one, other) => (one.veld < other.veld ? -1 : 1)),
      ),
    );
  }
}

/**
 * The ACCESS_DENIED error of an object at `path` of type `resource` whose `velden` are denied; the
 * gateway builds it again when it leaves out fields the client did not ask for.
 */
export function deniedFieldsError(
  path: readonly (string | number)[],
  resource: string,
  velden: readonly DeniedVeld[],
): DeniedFieldsError {
  const reasons = velden.map(({ veld, gronden }) => `${veld} requires ${gronden.map(groundName).join(' or ')}`);
  return {
    message: `Access to ${velden.map(({ veld }) => veld).join(', ')} of this ${resource} denied: no legal ground for this person. ${reasons.join('; ')}.`,
    path,
    extensions: { code: 'ACCESS_DENIED', resource, velden },
  };
}

function groundName(grond: Grondslag): string {
  return grondslagen[grond].omschrijving;
}
