import { randomBytes } from 'node:crypto';

import type { Outcome } from './closed-loop';

/** The errors a workload's answer carries when all went well: the fields its caller may not see. */
const EXPECTED_ERRORS: ReadonlySet<unknown> = new Set(['ACCESS_DENIED']);

/**
 * Undefined when the answer carries data and no error but the expected denials, else the first
 * other error's code (or the HTTP status): a gateway that gives up a party (SUBGRAPH_UNAVAILABLE)
 * answers fast with less, which must count as a failure, not as throughput.
 */
export async function postQuestion(url: string, token: string, traceparent: string, body: string): Promise<Outcome> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent },
    body,
  });
  const answer = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
  const unexpected = answer.errors?.find((error) => !EXPECTED_ERRORS.has(error.extensions?.code));
  if (response.ok && answer.data !== null && answer.data !== undefined && !unexpected) return undefined;
  const code = (unexpected ?? answer.errors?.[0])?.extensions?.code;
  return typeof code === 'string' ? code : `HTTP ${response.status}`;
}

export function newTraceparent(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}
