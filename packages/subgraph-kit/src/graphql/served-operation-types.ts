import { GraphQLError, OperationTypeNode } from 'graphql';
import type { ValidationRule } from 'graphql';

/**
 * Refuses a subscription, and an operation whose root type the schema does not have, as a query
 * that does not fit the schema (GRAPHQL_VALIDATION_FAILED, HTTP 400). graphql-js 16 does not
 * check this in validation; its executor throws an error without a code, which reaches the client
 * as a masked internal error (a 500 at the gateway). No service serves subscriptions over HTTP.
 */
export const servedOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION || !context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(`This service does not serve ${node.operation} operations over HTTP.`, { nodes: node }),
      );
    }
  },
});
