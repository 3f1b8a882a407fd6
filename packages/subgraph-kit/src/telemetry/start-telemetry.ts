import { z } from 'zod';

import { parseEnvironment } from '../config/parse-environment';
import { booleanSetting, httpUrlSetting, textSetting } from '../config/settings';

// Types only: the SDK module is required only when a collector is configured.
import type * as OpenTelemetrySdkModule from './open-telemetry-sdk';

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
const endpoint = z.preprocess((value) => (value === '' ? undefined : value), httpUrlSetting.optional());

const telemetryEnvironment = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: endpoint,
  OTEL_SERVICE_NAME: textSetting.optional(),
  OTEL_SDK_DISABLED: booleanSetting.optional(),
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
    tracesUrl: config.OTEL_SDK_DISABLED ? undefined : tracesUrl,
  };
}

/**
 * Starts the OpenTelemetry SDK when a collector is configured (see `startOpenTelemetrySdk`). Call
 * it before http, express, graphql or pg are loaded: the instrumentations patch them as they are
 * required. Without a collector the SDK is not even loaded (its modules hold some 55 MB of a
 * service's resident memory), nothing is patched, and the service pays nothing; its trace context
 * then comes from the kit's own W3C handling alone.
 */
export function startTelemetry(config: TelemetryConfig): Telemetry {
  if (!config.tracesUrl) {
    return { active: false, shutdown: () => Promise.resolve() };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a collector is configured
  const { startOpenTelemetrySdk } = require('./open-telemetry-sdk') as typeof OpenTelemetrySdkModule;
  return startOpenTelemetrySdk(config.serviceName, config.tracesUrl);
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
