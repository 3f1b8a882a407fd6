export { createGateway } from './create-gateway';
export type { Gateway, GatewayContext, GatewayLimits, GatewayOptions } from './create-gateway';
export { parseGatewayConfig, parseGatewayLimits, parseSubgraphUrls, subgraphNamesOf } from './gateway-config';
export type { GatewayConfig } from './gateway-config';
