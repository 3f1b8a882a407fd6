export { createGateway } from './create-gateway';
export type { DemoTokens, DevelopmentTools } from './development-ide';
export type { Gateway, GatewayContext, GatewayLimits, GatewayOptions } from './create-gateway';
export {
  isDevelopment,
  parseGatewayConfig,
  parseGatewayLimits,
  parseSubgraphTimeouts,
  parseSubgraphUrls,
  subgraphNamesOf,
} from './gateway-config';
export type { GatewayConfig } from './gateway-config';
export { DEFAULT_BREAKER_SETTINGS } from './subgraph-breakers';
export type { BreakerSettings, BreakerState } from './subgraph-breakers';
