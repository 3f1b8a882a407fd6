import { randomBytes } from 'node:crypto';

import { parseTraceParent } from '@opentelemetry/core';

/** The W3C Trace Context of one request as this service handles it. */
export interface TraceContext {
  readonly traceId: string;
  /** The span of this service's handling of the request. */
  readonly spanId: string;
  /** The caller's span, when the caller sent a `traceparent`. */
  readonly parentSpanId?: string;
  readonly sampled: boolean;
}

/**
 * Continues the caller's trace when it sent a valid `traceparent` header, starts a new one
 * otherwise. Either way this service gets a span id of its own.
 */
export function traceContextFrom(traceparent: string | undefined): TraceContext {
  const parent = traceparent ? parseTraceParent(traceparent) : null;
  if (parent) {
    return {
      traceId: parent.traceId,
      spanId: newSpanId(),
      parentSpanId: parent.spanId,
      sampled: (parent.traceFlags & 1) === 1,
    };
  }
  return { traceId: randomBytes(16).toString('hex'), spanId: newSpanId(), sampled: true };
}

/** A `traceparent` for a call this service makes as a child of its own span. */
export function childTraceparent(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.sampled ? '01' : '00'}`;
}

function newSpanId(): string {
  return randomBytes(8).toString('hex');
}
