import type { GraphQLFormattedError } from 'graphql';

import { maskError } from '@ketengraaf/subgraph-kit/service';

/**
 * Masks as every subgraph does, and keeps `serviceName`, so the client knows which party an error
 * (or a missing part of the answer) comes from.
 */
export function maskGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const masked = maskError(formatted, error);
  const serviceName = formatted.extensions?.['serviceName'];
  return typeof serviceName === 'string' ? { ...masked, extensions: { ...masked.extensions, serviceName } } : masked;
}
