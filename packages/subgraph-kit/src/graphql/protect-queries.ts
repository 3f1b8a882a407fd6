import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';

import { clientError } from '../errors/client-error';
import type { ErrorCode } from '../errors/error-codes';

/** How large a query a service accepts, checked before anything is planned or resolved. */
export interface QueryLimits {
  /** Deepest selection a query may have (an inline fragment counts as a level). */
  readonly maxDepth: number;
  /** Most aliases in one operation. */
  readonly maxAliases: number;
  /** Highest cost in graphql-armor's estimate (deeper and `first: n` lists cost more). */
  readonly maxCost: number;
  /** Most lexical tokens in one document; the parser stops at the first one over. */
  readonly maxTokens: number;
}

/** `@include` and `@skip` are all a client needs; no service here declares an executable directive. */
const MAX_DIRECTIVES = 20;

/** What Apollo Server needs to enforce the limits: spread into its options. */
export interface QueryProtection<TContext extends BaseContext> {
  readonly validationRules: ValidationRule[];
  readonly plugins: ApolloServerPlugin<TContext>[];
  readonly parseOptions: ParseOptions;
}

/**
 * The one way the gateway and every subgraph limit queries: depth, aliases, cost and directives
 * with GraphQL Armor, tokens in the parser. A refused query is answered with HTTP 400 and a code
 * of its own (`QUERY_TOO_DEEP`, `TOO_MANY_ALIASES`, `QUERY_TOO_COSTLY`, `TOO_MANY_DIRECTIVES`,
 * `TOO_MANY_TOKENS`) whose message names the limit, and `limit` in its extensions; nothing runs.
 * "Did you mean …?" suggestions name fields a caller did not ask for, so they are blocked unless
 * `fieldSuggestions` is set (the gateway in development, where the schema is open to introspection
 * anyway).
 */
export function protectQueries<TContext extends BaseContext>(
  limits: QueryLimits,
  { fieldSuggestions = false }: { fieldSuggestions?: boolean } = {},
): QueryProtection<TContext> {
  const refuse =
    (code: ErrorCode, limit: number) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      // Armor's messages read "Syntax Error: Query depth limit of 15 exceeded, found 21."; the
      // query's syntax is fine, so the prefix goes.
      context?.reportError(clientError(code, error.message.replace(/^Syntax Error: /, ''), { limit }));
    };
  const rejection = (code: ErrorCode, limit: number) => ({
    onReject: [refuse(code, limit)],
    // Armor would add its own BAD_USER_INPUT error as well.
    propagateOnRejection: false,
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...rejection('QUERY_TOO_DEEP', limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...rejection('TOO_MANY_ALIASES', limits.maxAliases) },
    costLimit: { maxCost: limits.maxCost, ...rejection('QUERY_TOO_COSTLY', limits.maxCost) },
    maxDirectives: { n: MAX_DIRECTIVES, ...rejection('TOO_MANY_DIRECTIVES', MAX_DIRECTIVES) },
    // Armor's token check parses the document again and turns any syntax error, and its own limit,
    // into a 500; the parser's own limit below refuses it with a 400, given its code by the masking.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !fieldSuggestions },
  });
  const protection = armor.protect();
  return {
    validationRules: protection.validationRules,
    plugins: protection.plugins,
    parseOptions: { maxLexicalTokens: limits.maxTokens },
  };
}
