import type { IncomingMessage } from 'node:http';

import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';

import type { Telemetry } from './start-telemetry';

/** Probes and scrapes: not worth a trace each. */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * Starts the OpenTelemetry SDK when a collector is configured: spans for every HTTP request in and
 * out, express's routing, GraphQL's parse, validate and execute, and every SQL statement (without
 * its parameters: they hold BSNs), exported over OTLP/HTTP. Call it before http, express, graphql
 * or pg are loaded: the instrumentations patch them as they are required.
 */
export function startOpenTelemetrySdk(serviceName: string, tracesUrl: string): Telemetry {
  const sdk = new NodeSDK({
    serviceName,
    // The other standard variables (headers, timeout, batch delay, sampler) apply as well.
    traceExporter: new OTLPTraceExporter({ url: tracesUrl }),
    // Metrics are Prometheus's (`/metrics`), logs pino's: the SDK makes neither.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) =>
          UNTRACED_PATHS.has((request.url ?? '').split('?')[0] ?? ''),
      }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  return { active: true, shutdown: () => sdk.shutdown() };
}
