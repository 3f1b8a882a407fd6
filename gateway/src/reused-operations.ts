import * as operations from '@apollo/federation-internals/dist/operations';
import { Kind } from 'graphql';
import type { DefinitionNode, DocumentNode, OperationDefinitionNode } from 'graphql';

type OperationFromDocument = typeof operations.operationFromDocument;

/** Apollo's own, as loaded. */
const buildOperation: OperationFromDocument = operations.operationFromDocument;

/** An operation built for result shaping, and what it was built from. */
interface BuiltOperation {
  readonly schema: Parameters<OperationFromDocument>[0];
  readonly definitions: readonly DefinitionNode[];
  readonly operation: ReturnType<OperationFromDocument>;
}

/** Whether the definitions are the very same nodes, in the same order. */
function sameDefinitions(one: readonly DefinitionNode[], other: readonly DefinitionNode[]): boolean {
  return one.length === other.length && one.every((definition, index) => definition === other[index]);
}

/**
 * Apollo Gateway's `executeQueryPlan` rebuilds the client's operation from its document on every
 * request, only to shape the answer (`computeResponse`), even when the query plan comes from its
 * cache: 7–13 % of the gateway's CPU for a person view or a page of 50. Apollo Server keeps each
 * parsed document (its document store), so a repeated question brings the very same operation and
 * fragment nodes; this makes `operationFromDocument` return the operation built for those nodes
 * before. It only answers the calls that skip validation (the result shaping's: the query planner
 * builds with validation, once per plan), and only for the same schema and the same nodes, so a
 * new document or schema builds anew. The operation is read, never changed, by result shaping, so
 * concurrent requests share it. Apollo Gateway reaches the function through the module's exports
 * on every call, which is where it is replaced.
 */
export function reuseShapingOperations(): void {
  Object.assign(operations, { operationFromDocument: reusingOperationFromDocument });
}

/** The built operations, by the operation node they were built from (a document's nodes live as long as it is cached). */
const built = new WeakMap<OperationDefinitionNode, BuiltOperation>();

const reusingOperationFromDocument: OperationFromDocument = (schema, document: DocumentNode, options) => {
  const [first] = document.definitions;
  if (options?.validate !== false || options.operationName !== undefined || first?.kind !== Kind.OPERATION_DEFINITION) {
    return buildOperation(schema, document, options);
  }
  const known = built.get(first);
  if (known?.schema === schema && sameDefinitions(known.definitions, document.definitions)) {
    return known.operation;
  }
  const operation = buildOperation(schema, document, options);
  built.set(first, { schema, definitions: document.definitions, operation });
  return operation;
};
