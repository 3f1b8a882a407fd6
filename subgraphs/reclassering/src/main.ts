/* eslint-disable @typescript-eslint/no-require-imports -- loaded only after OpenTelemetry has started */
import type * as Kit from '@ketengraaf/subgraph-kit';
import { runWithTelemetry } from '@ketengraaf/subgraph-kit/telemetry';

import type * as Party from './index';

// OpenTelemetry first: it instruments http, express, graphql and pg as they are required after it.
runWithTelemetry('reclassering', process.env, async (telemetry) => {
  const { runSubgraph } = require('@ketengraaf/subgraph-kit') as typeof Kit;
  const { reclasseringParty } = require('./index') as typeof Party;
  await runSubgraph(reclasseringParty, telemetry);
});
