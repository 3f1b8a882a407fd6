import { deniedFieldsError, isGrondslag } from '@ketengraaf/subgraph-kit/service';
import type { DeniedVeld, Grondslag, QueryProtection } from '@ketengraaf/subgraph-kit/service';
import { Kind } from 'graphql';
import type { DocumentNode, GraphQLFormattedError, SelectionSetNode } from 'graphql';

import type { GatewayContext } from './create-gateway';

type GatewayPlugin = QueryProtection<GatewayContext>['plugins'][number];

/**
 * Leaves out the refusals of the plan's own hops: a field the gateway fetched from one party only to
 * hand it to another (a key, or a part a `@requires` joins), which its owner refused. The client did
 * not ask for it, or got that very field from another party all the same, and a joining field leaves
 * a refused part out. An object's refusal of its fields (`extensions.velden`) keeps only the fields
 * the client asked and got no answer for, and is left out when none is left. Every other error is
 * kept: a refusal of a field the client asked and got no answer for, of an object, and any error
 * that is not ACCESS_DENIED.
 */
export function planHopErrorsPlugin(): GatewayPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, document }) {
          if (response.body.kind !== 'single' || !document) {
            return Promise.resolve();
          }
          const { singleResult } = response.body;
          const kept = withoutPlanHopRefusals(singleResult.errors ?? [], singleResult.data, document);
          singleResult.errors = kept.length > 0 ? kept : undefined;
          return Promise.resolve();
        },
      });
    },
  };
}

/** The errors of an answer to `document` without the refusals of the plan's own hops (see above). */
export function withoutPlanHopRefusals(
  errors: readonly GraphQLFormattedError[],
  data: unknown,
  document: DocumentNode,
): GraphQLFormattedError[] {
  // The document's selections, gathered once for all its errors (a page of 50 may have a hundred).
  const selections = documentSelections(document);
  return errors.flatMap((error) => {
    const { path } = error;
    if (error.extensions?.['code'] !== 'ACCESS_DENIED' || !path?.length) {
      return [error];
    }
    const velden = deniedVelden(error);
    if (velden) {
      const asked = velden.filter(({ veld }) => isAskedUnanswered([...path, veld], data, selections));
      if (asked.length === velden.length) return [error];
      return asked.length === 0 ? [] : [withVelden(error, path, asked)];
    }
    return isAsked(path, selections) && !(isAboutField(error) && answerAt(data, path) != null) ? [error] : [];
  });
}

/** Whether the operation selects the field at `path` and the answer has nothing there. */
function isAskedUnanswered(path: readonly (string | number)[], data: unknown, selections: Selections): boolean {
  return isAsked(path, selections) && answerAt(data, path) == null;
}

/** The denied fields an object's refusal lists (`extensions.velden`); null for any other refusal. */
function deniedVelden(error: GraphQLFormattedError): DeniedVeld[] | null {
  const velden = error.extensions?.['velden'];
  if (!Array.isArray(velden)) {
    return null;
  }
  return velden.flatMap((entry: unknown) => {
    const { veld, gronden } = (entry ?? {}) as { veld?: unknown; gronden?: unknown };
    return typeof veld === 'string' && Array.isArray(gronden)
      ? [
          {
            veld,
            gronden: gronden.filter((grond): grond is Grondslag => typeof grond === 'string' && isGrondslag(grond)),
          },
        ]
      : [];
  });
}

/** An object's refusal narrowed to `velden`, its message saying only those; its other extensions kept. */
function withVelden(
  error: GraphQLFormattedError,
  path: readonly (string | number)[],
  velden: readonly DeniedVeld[],
): GraphQLFormattedError {
  const resource = error.extensions?.['resource'];
  const narrowed = deniedFieldsError(path, typeof resource === 'string' ? resource : 'object', velden);
  return { ...error, message: narrowed.message, extensions: { ...error.extensions, velden } };
}

/** Whether a refusal names the very field at the end of its path (`Justitiabele.id`), not the object holding it. */
function isAboutField(error: GraphQLFormattedError): boolean {
  const resource = error.extensions?.['resource'];
  const last = error.path?.at(-1);
  return typeof resource === 'string' && typeof last === 'string' && resource.endsWith(`.${last}`);
}

/** The answer at an error's path, or undefined when there is none. */
function answerAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, segment) =>
      typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[segment] : undefined,
    data,
  );
}

/** An operation's selection sets and its fragments' by name. */
interface Selections {
  readonly operations: readonly SelectionSetNode[];
  readonly fragments: ReadonlyMap<string, SelectionSetNode>;
}

function documentSelections(document: DocumentNode): Selections {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [],
    ),
  );
  const operations = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.selectionSet] : [],
  );
  return { operations, fragments };
}

/** Whether the operation selects a path, list indices aside. */
function isAsked(path: readonly (string | number)[], { operations, fragments }: Selections): boolean {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  return operations.some((selectionSet) => selects(selectionSet, names, fragments));
}

function selects(
  selectionSet: SelectionSetNode,
  [name, ...rest]: readonly string[],
  fragments: ReadonlyMap<string, SelectionSetNode>,
): boolean {
  if (name === undefined) {
    return true;
  }
  return selectionSet.selections.some((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return (
          (selection.alias ?? selection.name).value === name &&
          (rest.length === 0 ||
            (selection.selectionSet !== undefined && selects(selection.selectionSet, rest, fragments)))
        );
      case Kind.INLINE_FRAGMENT:
        return selects(selection.selectionSet, [name, ...rest], fragments);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = fragments.get(selection.name.value);
        return fragment !== undefined && selects(fragment, [name, ...rest], fragments);
      }
    }
  });
}
