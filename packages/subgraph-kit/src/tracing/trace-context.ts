import { randomBytes } from 'node:crypto';

import { context, isSpanContextValid, trace as otelTrace } from '@opentelemetry/api';
import type { SpanContext } from '@opentelemetry/api';
import { getRPCMetadata, parseTraceParent } from '@opentelemetry/core';

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
 * The trace of the request being handled. When the OpenTelemetry SDK runs, that is its span for
 * the request (the HTTP server span), so the processing log, the logs and the exported spans carry
 * one trace id; otherwise the kit's own: the caller's trace continued, or a new one.
 */
export function requestTraceContext(traceparent: string | undefined): TraceContext {
  const span = getRPCMetadata(context.active())?.span ?? otelTrace.getActiveSpan();
  const spanContext = span?.spanContext();
  return spanContext && isSpanContextValid(spanContext)
    ? fromSpanContext(spanContext, traceparent)
    : traceContextFrom(traceparent);
}

function fromSpanContext(spanContext: SpanContext, traceparent: string | undefined): TraceContext {
  const parent = traceparent ? parseTraceParent(traceparent) : null;
  return {
    traceId: spanContext.traceId,
    spanId: spanContext.spanId,
    parentSpanId: parent?.traceId === spanContext.traceId ? parent.spanId : undefined,
    sampled: (spanContext.traceFlags & 1) === 1,
  };
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

/**
 * The `traceresponse` header of W3C Trace Context Level 2: this service's span of the request, so
 * a client that started no trace can still quote its trace id to an operator.
 */
export function traceResponse(trace: TraceContext): string {
  return childTraceparent(trace);
}

function newSpanId(): string {
  return randomBytes(8).toString('hex');
}
