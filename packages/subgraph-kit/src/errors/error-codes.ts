/**
 * Every error code a client of Ketengraaf can receive, with what it means. Call sites name a code
 * from this registry; they never write a code as a string literal.
 */
export const errorCodes = {
  UNAUTHENTICATED:
    'No valid token: missing, expired, unsigned, wrongly signed, or from another issuer or audience. Nothing was resolved.',
  ACCESS_DENIED:
    'The caller has none of the legal grounds declared for what it asked: denied fields are null, with one error per object at its path listing each denied field and its grounds in `velden`; a refused object, list or change is one error at its path naming its `gronden`. The message names them, and what was refused: "for this person" (one person\'s object, held or not), "for this query" (a query about no one person, refused for who the caller is) or "for these figures".',
  PROCESSING_LOG_UNAVAILABLE:
    'The processing log could not be written, so nothing was done unaccounted (HTTP 503): a read is refused and returns no personal data; a change is rolled back, not made, with its log; the answer to a change that was made and logged is refused when what it reads cannot be logged. The message says which.',
  INVALID_BSN: 'A BSN that is not nine digits or fails the elfproef (11-check).',
  UNKNOWN_GEMEENTECODE: 'A gemeentecode that is not in the CBS list of gemeenten this service ships.',
  UNKNOWN_INRICHTING: 'An inrichting code that names no DJI inrichting.',
  INVALID_PERIOD: 'A period whose end lies before its begin.',
  INVALID_INPUT: 'Input that breaks a domain rule; the message names the rule.',
  INVALID_CURSOR: 'A pagination cursor that this list did not hand out.',
  INVALID_STATE: 'A change that the current state of the record does not allow.',
  TOO_MANY_REPRESENTATIONS:
    'An `_entities` call naming more entity references than the subgraph accepts in one call; nothing was resolved.',
  QUERY_TOO_DEEP:
    'A query nested deeper than the service accepts; nothing was resolved. The message and `limit` name the limit.',
  TOO_MANY_ALIASES:
    'A query with more aliases than the service accepts; nothing was resolved. The message and `limit` name the limit.',
  QUERY_TOO_COSTLY:
    'A query whose estimated cost (fields, depth, list sizes) is over what the service accepts; nothing was resolved. The message and `limit` name the limit.',
  TOO_MANY_DIRECTIVES:
    'A query with more directives than the service accepts; nothing was resolved. The message and `limit` name the limit.',
  TOO_MANY_TOKENS:
    'A document with more tokens than the service parses; nothing was resolved. The message and `limit` name the limit.',
  VERSION_CONFLICT:
    'A write based on a version that is no longer the current one; nothing was written. Reload and try again.',
  SUBGRAPH_UNAVAILABLE:
    "A party's subgraph did not answer in time or at all, or keeps failing and is not asked until it answers a probe; its fields are missing, the rest of the answer arrives. `serviceName` names the party.",
  GATEWAY_UNAVAILABLE:
    'The reference screens of `npm start` (development only) could not reach the gateway they forward `/graphql` to; nothing was asked. Is the stack still running?',
  DATABASE_UNAVAILABLE:
    "The party's database cannot be reached or refuses connections; the request was answered with HTTP 503. Try again later. `serviceName` names the party at the gateway.",
  BAD_USER_INPUT: 'Arguments or variables that do not fit the schema.',
  GRAPHQL_PARSE_FAILED: 'A query that is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'A query that does not fit the schema.',
  BAD_REQUEST: 'An HTTP request that is not a GraphQL request, or whose body is not valid JSON.',
  PAYLOAD_TOO_LARGE: 'A request body larger than the service reads (1 MB); nothing of it was parsed.',
  UNSUPPORTED_CONTENT_ENCODING:
    'A request body in a `Content-Encoding` the service does not decode: send it uncompressed, gzip, deflate or br.',
  UNSUPPORTED_MEDIA_TYPE: 'A request body in a charset other than UTF-8: GraphQL requests are JSON in UTF-8.',
  METHOD_NOT_ALLOWED: 'An HTTP method the path does not serve: GraphQL is served on `POST /graphql` only.',
  ROUTE_NOT_FOUND:
    'A path the service does not serve: GraphQL is at `POST /graphql`, health at `GET /health` and `GET /ready`.',
  PERSISTED_QUERY_NOT_FOUND: 'A persisted query hash the server does not know.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Persisted queries are not enabled.',
  OPERATION_NOT_TRUSTED:
    'An operation that is not among the registered documents of any client (`clients/<name>/operations.json`), sent to a gateway that accepts only those; or a document that does not match the hash it is sent with.',
  OPERATION_RESOLUTION_FAILURE: 'The operation name does not match an operation in the document.',
  INVALID_MELDING:
    'A body at `POST /meldingen` that is not one structured CloudEvent 1.0 with a subject and JSON data; nothing was kept.',
  MELDING_NOT_ACCEPTED:
    "A melding the inbox refuses: its type is not one the sender's kind of organisation may send to this party, its source is not the token's organisation, or its receiver is not served here. The refusal is recorded.",
  INTERNAL_SERVER_ERROR:
    'An unexpected error. Details are in the server log under the request trace id; none reach the client.',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(errorCodes, value);
}
