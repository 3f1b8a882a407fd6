/* eslint-disable @typescript-eslint/no-require-imports -- loaded only after OpenTelemetry has started */
import { runWithTelemetry } from '@ketengraaf/subgraph-kit/telemetry';

/**
 * `npm start`'s entry: OpenTelemetry first, then the stack of `main.ts`, required only now so that
 * http, express, graphql and pg are instrumented as they load. Every service runs in this one
 * process, so all spans carry one service name (`ketengraaf`, or `OTEL_SERVICE_NAME`).
 */
runWithTelemetry('ketengraaf', process.env, (telemetry) => {
  // `main.ts` stops the stack and exits on these signals; the spans still buffered leave meanwhile.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void telemetry.shutdown());
  }
  require('./main');
  return Promise.resolve();
});
