export { createGateway } from './create-gateway';
export type { DevelopmentTools } from './development-ide';
export type { Gateway, GatewayContext, GatewayLimits, GatewayOptions } from './create-gateway';
export {
  isDevelopment,
  parseGatewayConfig,
  parseOperationsConfig,
  parseGatewayLimits,
  parseSubgraphTimeouts,
  parseSubgraphUrls,
  subgraphNamesOf,
} from './gateway-config';
export type { GatewayConfig, OperationsConfig } from './gateway-config';
export { documentHash, loadTrustedDocuments } from './trusted-documents';
export type { OperationPolicy, TrustedDocuments } from './trusted-documents';
export { DEFAULT_BREAKER_SETTINGS } from './subgraph-breakers';
export type { BreakerSettings, BreakerState } from './subgraph-breakers';
