export { createGateway } from './create-gateway';
export type { Gateway, GatewayContext, GatewayLimits, GatewayOptions } from './create-gateway';
export {
  parseGatewayConfig,
  parseGatewayLimits,
  parseSubgraphTimeouts,
  parseSubgraphUrls,
  subgraphNamesOf,
} from './gateway-config';
export type { GatewayConfig } from './gateway-config';
export { DEFAULT_BREAKER_SETTINGS } from './subgraph-breakers';
export type { BreakerSettings, BreakerState } from './subgraph-breakers';
