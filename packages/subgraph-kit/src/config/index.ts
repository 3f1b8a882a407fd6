/**
 * `@ketengraaf/subgraph-kit/config`: reading settings from the environment, with nothing else of
 * the kit loaded, for a command that must start at once (`npm run token`).
 */
export { parseEnvironment } from './parse-environment';
export { prefixedVariables } from './prefixed-variables';
export type { PrefixedVariables } from './prefixed-variables';
export {
  booleanSetting,
  dateSetting,
  httpUrlSetting,
  jsonObjectSetting,
  listenHostSetting,
  oneOfSetting,
  portSetting,
  postgresUrlSetting,
  secretSetting,
  textSetting,
  wholeNumberSetting,
} from './settings';
