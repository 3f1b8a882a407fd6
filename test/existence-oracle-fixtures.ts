import { randomBytes } from 'node:crypto';

import type { PartyName } from '@ketengraaf/parties';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import type { TestStack } from './test-stack';

/**
 * Asks `party`'s subgraph as `caller` under a trace of its own, and answers the access decisions the
 * party recorded for the question, as its privacy officer reads them: what must be alike for a held
 * identifier without a ground and for one naming nothing.
 */
export async function decisionsRecordedFor(
  federation: TestStack,
  party: PartyName,
  caller: TokenClaims,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown[]> {
  const traceId = randomBytes(16).toString('hex');
  await federation.ask(federation.stack.subgraphUrls[party], caller, query, variables, {
    traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
  });
  return federation.rows(
    party,
    `SELECT resource, decision, policy, data_subject_id, requested_grounds, bronhouder
       FROM access_decision WHERE trace_id = $1 ORDER BY resource`,
    [traceId],
  );
}
