export { parseTelemetryConfig, runWithTelemetry, startTelemetry } from './start-telemetry';
export type { Telemetry, TelemetryConfig } from './start-telemetry';
