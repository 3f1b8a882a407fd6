import { randomBytes } from 'node:crypto';

import type { PartyName } from '@ketengraaf/parties';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import type { TestStack } from './test-stack';

/** The HTTP status and body of a change as the client sees them. */
export interface Answer {
  readonly status: number;
  readonly text: string;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** A party's mutation as one caller posts it to the party's subgraph. */
export interface ChangeRequest {
  readonly party: PartyName;
  readonly caller: TokenClaims;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface LoggedDecision {
  xmin: string;
  resource: string;
  decision: string;
  data_subject_id: string | null;
  bronhouder: string | null;
  times: number;
}

/** The first row the party's database answers, failing the test when there is none. */
export async function one<TRow>(
  federation: TestStack,
  party: PartyName,
  sql: string,
  parameters: unknown[] = [],
): Promise<TRow> {
  const [row] = await federation.rows<TRow>(party, sql, parameters);
  if (!row) throw new Error(`no row in ${party} for ${sql}`);
  return row;
}

/** Posts the change under a fresh trace, returning the HTTP status and body as the client sees them. */
export async function make(federation: TestStack, change: ChangeRequest): Promise<{ answer: Answer; traceId: string }> {
  const traceId = randomBytes(16).toString('hex');
  const response = await fetch(federation.stack.subgraphUrls[change.party], {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await federation.issuer.sign(change.caller)}`,
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
    },
    body: JSON.stringify({ query: change.query, variables: change.variables }),
  });
  const text = await response.text();
  return { answer: { status: response.status, text, body: JSON.parse(text) as Answer['body'] }, traceId };
}

/** What the party's processing log holds for a trace: decisions with how often each is there, records, audit records. */
export async function loggedFor(federation: TestStack, party: PartyName, traceId: string) {
  return {
    decisions: await federation.rows<LoggedDecision>(
      party,
      `SELECT min(stored.xmin::text) AS xmin, d.resource, d.decision, d.data_subject_id, d.bronhouder, count(*)::int AS times
         FROM access_decision d JOIN access_decision_set stored ON stored.id = d.id
        WHERE d.trace_id = $1 GROUP BY 2, 3, 4, 5 ORDER BY 2`,
      [traceId],
    ),
    records: await federation.rows<{ processing_activity_id: string; data_subject_id: string; xmin: string }>(
      party,
      'SELECT processing_activity_id, data_subject_id, xmin::text AS xmin FROM processing_log_record WHERE trace_id = $1',
      [traceId],
    ),
    audits: await federation.rows<{ organisation: string }>(
      party,
      'SELECT organisation FROM processing_audit_record WHERE trace_id = $1',
      [traceId],
    ),
  };
}
