import { deniedFieldsError, isGrondslag } from '@ketengraaf/subgraph-kit/service';
import type { DeniedVeld, Grondslag, QueryProtection } from '@ketengraaf/subgraph-kit/service';
import { getDirectiveValues, getVariableValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind } from 'graphql';
import type { DocumentNode, GraphQLFormattedError, SelectionNode, SelectionSetNode } from 'graphql';

import type { GatewayContext } from './create-gateway';

type GatewayPlugin = QueryProtection<GatewayContext>['plugins'][number];

/**
 * Leaves out the refusals of the plan's own hops: a field the gateway fetched from one party only to
 * hand it to another (a key, or a part a `@requires` joins), which its owner refused. The client did
 * not ask for it, or got that very field from another party all the same, and a joining field leaves
 * a refused part out. An object's refusal of its fields (`extensions.velden`) keeps only the fields
 * the client asked and got no answer for, and is left out when none is left. Every other error is
 * kept: a refusal of a field the client asked and got no answer for, of an object, and any error
 * that is not ACCESS_DENIED. A field the client left out with `@skip` or `@include` is not asked.
 */
export function planHopErrorsPlugin(): GatewayPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, document, operation, request, schema }) {
          if (response.body.kind !== 'single' || !document || !operation) {
            return Promise.resolve();
          }
          const { singleResult } = response.body;
          const { errors } = singleResult;
          // Most answers hold no error: nothing to coerce or walk for them.
          if (!errors) {
            return Promise.resolve();
          }
          // As the executor coerced them, defaults included; an operation whose variables do not coerce did not run.
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (!variables.coerced) {
            return Promise.resolve();
          }
          const kept = withoutPlanHopRefusals(errors, singleResult.data, document, variables.coerced);
          singleResult.errors = kept.length > 0 ? kept : undefined;
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * The errors of an answer to `document` without the refusals of the plan's own hops (see above);
 * `variables` as the executor coerced them, for `@skip` and `@include`.
 */
export function withoutPlanHopRefusals(
  errors: readonly GraphQLFormattedError[],
  data: unknown,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
): GraphQLFormattedError[] {
  // The document's selections, gathered once for all its errors (a page of 50 may have a hundred).
  const selections = documentSelections(document, variables);
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

/** An operation's selection sets and its fragments' by name; whether `@skip` and `@include` keep a selection. */
interface Selections {
  readonly operations: readonly SelectionSetNode[];
  readonly fragments: ReadonlyMap<string, SelectionSetNode>;
  readonly isIncluded: (selection: SelectionNode) => boolean;
}

function documentSelections(document: DocumentNode, variables: Readonly<Record<string, unknown>>): Selections {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [],
    ),
  );
  const operations = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.selectionSet] : [],
  );
  // graphql-js's own test (its executor's `shouldIncludeNode`): skipped when `@skip` holds, or `@include` does not.
  const isIncluded = (selection: SelectionNode): boolean =>
    getDirectiveValues(GraphQLSkipDirective, selection, variables)?.['if'] !== true &&
    getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.['if'] !== false;
  return { operations, fragments, isIncluded };
}

/** Whether the operation selects a path, list indices aside. */
function isAsked(path: readonly (string | number)[], selections: Selections): boolean {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  return selections.operations.some((selectionSet) => selects(selectionSet, names, selections));
}

function selects(selectionSet: SelectionSetNode, [name, ...rest]: readonly string[], selections: Selections): boolean {
  if (name === undefined) {
    return true;
  }
  const { fragments, isIncluded } = selections;
  return selectionSet.selections.some((selection) => {
    if (!isIncluded(selection)) return false;
    switch (selection.kind) {
      case Kind.FIELD:
        return (
          (selection.alias ?? selection.name).value === name &&
          (rest.length === 0 ||
            (selection.selectionSet !== undefined && selects(selection.selectionSet, rest, selections)))
        );
      case Kind.INLINE_FRAGMENT:
        return selects(selection.selectionSet, [name, ...rest], selections);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = fragments.get(selection.name.value);
        return fragment !== undefined && selects(fragment, [name, ...rest], selections);
      }
    }
  });
}
