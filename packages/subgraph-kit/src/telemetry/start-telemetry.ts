import type { IncomingMessage } from 'node:http';

import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { z } from 'zod';

import { parseEnvironment } from '../config/parse-environment';

/** Where a service's spans go, read once at start. */
export interface TelemetryConfig {
  /** The service's name on its spans (`service.name`). */
  readonly serviceName: string;
  /** The collector's OTLP/HTTP traces URL; without one the SDK is not started at all. */
  readonly tracesUrl?: string;
}

/** OpenTelemetry as a service runs it; `shutdown` sends what is still buffered. */
export interface Telemetry {
  /** Whether the SDK runs: spans are made, and exported to the collector. */
  readonly active: boolean;
  shutdown(): Promise<void>;
}

/** An empty value, as `${VAR:-}` in a compose file gives, is no endpoint. */
const endpoint = z.preprocess((value) => (value === '' ? undefined : value), z.url().optional());

const telemetryEnvironment = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: endpoint,
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  OTEL_SDK_DISABLED: z.enum(['true', 'false']).optional(),
});

/**
 * Reads the standard OpenTelemetry variables this service acts on: an OTLP endpoint
 * (`OTEL_EXPORTER_OTLP_ENDPOINT`, or the traces-only `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) turns
 * tracing on; `OTEL_SDK_DISABLED=true` keeps it off; `OTEL_SERVICE_NAME` renames the service.
 */
export function parseTelemetryConfig(env: NodeJS.ProcessEnv, serviceName: string): TelemetryConfig {
  const config = parseEnvironment(telemetryEnvironment, env);
  // As the specification says: the traces variable is the whole URL, the general one its base.
  const tracesUrl =
    config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (config.OTEL_EXPORTER_OTLP_ENDPOINT && `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces`);
  return {
    serviceName: config.OTEL_SERVICE_NAME ?? serviceName,
    tracesUrl: config.OTEL_SDK_DISABLED === 'true' ? undefined : tracesUrl,
  };
}

/** Probes and scrapes: not worth a trace each. */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * Starts the OpenTelemetry SDK when a collector is configured: spans for every HTTP request in and
 * out, express's routing, GraphQL's parse, validate and execute, and every SQL statement (without
 * its parameters: they hold BSNs), exported over OTLP/HTTP. Call it before http, express, graphql
 * or pg are loaded: the instrumentations patch them as they are required. Without a collector
 * nothing starts and nothing is patched, so the service pays nothing; its trace context then comes
 * from the kit's own W3C handling alone.
 */
export function startTelemetry(config: TelemetryConfig): Telemetry {
  if (!config.tracesUrl) {
    return { active: false, shutdown: () => Promise.resolve() };
  }
  const sdk = new NodeSDK({
    serviceName: config.serviceName,
    // The other standard variables (headers, timeout, batch delay, sampler) apply as well.
    traceExporter: new OTLPTraceExporter({ url: config.tracesUrl }),
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

/**
 * Starts telemetry for a service, then loads and runs it: `run` must load the service's modules
 * itself (`await import(...)`), after the SDK has started, so they are instrumented.
 */
export function runWithTelemetry(
  serviceName: string,
  env: NodeJS.ProcessEnv,
  run: (telemetry: Telemetry) => Promise<void>,
): void {
  let telemetry: Telemetry;
  try {
    telemetry = startTelemetry(parseTelemetryConfig(env, serviceName));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  run(telemetry).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
