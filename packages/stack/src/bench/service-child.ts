import type { PartyName } from '@ketengraaf/parties';
import { createLogger } from '@ketengraaf/subgraph-kit/service';
import type { Party, PartySubgraph } from '@ketengraaf/subgraph-kit';

import { readHeapAfterGc } from '../heap-after-gc';
import type { FromService, ServiceSpec, ToService } from './service-processes';

// Types only: `serve` requires each module when its role starts.
import type * as PartySubgraphModule from '../party-subgraph';
import type * as GatewayServiceModule from '../gateway-service';
import type * as HiveGatewayModule from './hive-gateway';
import type * as BaselineStackModule from './baseline-stack';
import type * as Dji from '@ketengraaf/dji';
import type * as Gemeente from '@ketengraaf/gemeente';
import type * as OmBurgemeester from '@ketengraaf/om-burgemeester';
import type * as Reclassering from '@ketengraaf/reclassering';

/* eslint-disable @typescript-eslint/no-require-imports -- each role loads only its own code, when it starts */
/**
 * Each party from its own package, as its service's `main.ts` loads it: through the registry a
 * subgraph process would hold the other three parties' code too (some 3 MB of heap).
 */
const ownParty: Readonly<Record<PartyName, () => Party<PartyName>>> = {
  dji: () => (require('@ketengraaf/dji') as typeof Dji).djiParty,
  gemeente: () => (require('@ketengraaf/gemeente') as typeof Gemeente).gemeenteParty,
  reclassering: () => (require('@ketengraaf/reclassering') as typeof Reclassering).reclasseringParty,
  'om-burgemeester': () => (require('@ketengraaf/om-burgemeester') as typeof OmBurgemeester).omBurgemeesterParty,
};

/**
 * One benchmark service in its own process, forked by `startServiceProcess`: a party's subgraph,
 * the gateway, Hive Gateway or a baseline revision's stack. It starts on the parent's `start`,
 * answers `statements` with the SQL statements its subgraph has sent and `heap` with its memory
 * after a full collection, and stops on `stop`. Each
 * role loads only its own code, so a process's RSS is its service's, not the others' too.
 */
async function serve(spec: ServiceSpec): Promise<{ url: string; stop(): Promise<void>; statements(): number }> {
  switch (spec.role) {
    case 'subgraph': {
      const { createPartySubgraph } = require('../party-subgraph') as typeof PartySubgraphModule;
      const subgraph: PartySubgraph = await createPartySubgraph(ownParty[spec.party](), spec.options);
      let statements = 0;
      subgraph.database.statements.listen(() => (statements += 1));
      const running = await subgraph.listen(0, '127.0.0.1');
      return {
        url: running.url,
        statements: () => statements,
        stop: async () => {
          await running.stop();
          await subgraph.close();
        },
      };
    }
    case 'gateway': {
      const { startGatewayService } = require('../gateway-service') as typeof GatewayServiceModule;
      const running = await startGatewayService(spec.options, spec.supergraphSdl, spec.subgraphUrls, 0, '127.0.0.1');
      return { url: running.url, statements: () => 0, stop: () => running.stop() };
    }
    case 'hive': {
      const { startHiveGateway } = require('./hive-gateway') as typeof HiveGatewayModule;
      const running = await startHiveGateway(spec.supergraphSdl, spec.subgraphUrls);
      return { url: running.url, statements: () => 0, stop: () => running.stop() };
    }
    case 'baseline': {
      const { startBaselineStack } = require('./baseline-stack') as typeof BaselineStackModule;
      const running = await startBaselineStack(spec.baseline);
      return { url: running.gatewayUrl, statements: () => 0, stop: () => running.stop() };
    }
  }
}

/* eslint-enable @typescript-eslint/no-require-imports */

const log = createLogger(`bench-${process.argv[2] ?? 'service'}`, 'error');
const reply = (message: FromService): void => void process.send?.(message);
let service: Awaited<ReturnType<typeof serve>> | undefined;

process.on('message', (message: ToService) => {
  switch (message.kind) {
    case 'start':
      serve(message.spec).then(
        (started) => {
          service = started;
          reply({ kind: 'listening', url: started.url });
        },
        (error: unknown) => {
          log.error({ err: error }, 'the service did not start');
          reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
      break;
    case 'statements':
      reply({ kind: 'statements', count: service?.statements() ?? 0 });
      break;
    case 'heap':
      reply({ kind: 'heap', reading: readHeapAfterGc() });
      break;
    case 'stop':
      void Promise.resolve(service?.stop()).finally(() => process.exit(0));
      break;
  }
});
// The parent gone (killed, crashed), nothing is left to serve.
process.on('disconnect', () => process.exit(0));
