import 'reflect-metadata';

export {
  DEFAULT_MAX_REPRESENTATIONS,
  DEFAULT_SERVICE_HOST,
  maxPageSizeSetting,
  maxRepresentationsSetting,
  DEFAULT_SUBGRAPH_QUERY_LIMITS,
  parseQueryLimits,
  parseSubgraphConfig,
  processingLogRetentionDaysSetting,
  pseudonymKeySetting,
  subgraphConfigSchema,
  vandaagSetting,
} from './config/subgraph-config';
export type { SubgraphConfig } from './config/subgraph-config';
export { envPrefixOf } from './config/env-prefix';
export {
  booleanSetting,
  dateSetting,
  httpUrlSetting,
  jsonObjectSetting,
  listenHostSetting,
  oneOfSetting,
  parseEnvironment,
  portSetting,
  postgresUrlSetting,
  prefixedVariables,
  secretSetting,
  textSetting,
  wholeNumberSetting,
} from './config';
export type { PrefixedVariables } from './config';
export { openPartyDatabase } from './database/data-source';
export { copyRows, PERSONS_PER_LOAD } from './database/copy-rows';
export type { PartyDatabase, PartyDatabaseOptions } from './database/data-source';
export { SqlStatementLog } from './database/sql-statement-log';
export { assertVersion, isUuid, loadForChange } from './database/load-for-change';
export { keysetPage, keysetSelect, mapConnection, urgencyKeysetPage } from './database/keyset-page';
export type {
  KeysetOptions,
  KeysetSelect,
  KeysetSelectOptions,
  UrgencyPageOptions,
  UrgencyRow,
} from './database/keyset-page';
export { violatesUnique } from './database/violates-unique';
export { SeededRandom, addDays } from './demo/random';
export { chainPopulation, demoPopulation, DEMO_REFERENCE_DATE } from './demo/demo-population';
export type { DemoGemeente, DemoPerson, DemoTitel } from './demo/demo-population';
export { demoReclassering } from './demo/demo-reclassering';
export type { DemoReclassering, DemoReclasseringsorganisatie } from './demo/demo-reclassering';
export { demoExtramuraleFase } from './demo/demo-extramurale-fase';
export type { DemoExtramuraleFase, DemoExtramuraleFaseSoort } from './demo/demo-extramurale-fase';
export { demoInrichtingOp, demoVerblijfPad } from './demo/demo-verblijf-pad';
export type { DemoVerblijfsperiode } from './demo/demo-verblijf-pad';
export { Basisvoorwaarde } from './domain/basisvoorwaarde';
export {
  Contactpersoon,
  ContactpersoonColumns,
  ContactpersoonInput,
  parseContactpersoon,
} from './domain/contactpersoon';
export { parseBsn, passesElfproef } from './domain/bsn';
export { gemeenten, parseGemeentecode } from './domain/gemeenten';
export type { Gemeente } from './domain/gemeenten';
export { assertPeriod } from './domain/period';
export { parseProcesversies, procesversies, procesversieVoor, termijnAlsSql } from './domain/procesversies';
export type { Procesversie, Termijnen } from './domain/procesversies';
export { byUrgency, SignaalSoort, SignaalStatus, signaalStatus } from './domain/signaal';
export type { SignaalFeiten } from './domain/signaal';
export { klok } from './domain/vandaag';
export type { Klok } from './domain/vandaag';
export { Signaal } from './graphql/signaal.type';
export { aandeel, getoondAantal, KLEINSTE_GETOONDE_AANTAL, maandPeriode } from './domain/ketencijfers';
export type { AandeelWaarden, MaandPeriode } from './domain/ketencijfers';
export { Aandeel } from './graphql/aandeel.type';
export { parseEmail, requireText } from './domain/text';
export { djiLocaties } from './domain/dji-locaties';
export { DEMO_BIJ_GEMEENTEN } from './domain/bij-gemeenten';
export {
  DEMO_ZVH_GEMEENTEN,
  namesZorgEnVeiligheidshuis,
  zorgEnVeiligheidshuizen,
} from './domain/zorg-en-veiligheidshuizen';
export type { ZvhGemeenten } from './domain/zorg-en-veiligheidshuizen';
export { organisatieSoorten, parseOrganisatie } from './domain/organisatie';
export type { OrganisatieSoort } from './domain/organisatie';
export { assertUnreachable, clientError } from './errors/client-error';
export { errorCodes, isErrorCode } from './errors/error-codes';
export type { ErrorCode } from './errors/error-codes';
export { isUnexpectedError, maskError } from './errors/mask-error';
export { buildFederatedSchema, FEDERATION_LINK } from './graphql/build-federated-schema';
export { protectQueries } from './graphql/protect-queries';
export type { QueryLimits, QueryProtection } from './graphql/protect-queries';
export { resolverContainer } from './graphql/resolver-container';
export type { FederatedSchemaOptions, ReferenceResolver } from './graphql/build-federated-schema';
export {
  connectionOf,
  decodeCursor,
  decodeDateCursor,
  encodeCursor,
  isCalendarDate,
  PageArgs,
  PageInfo,
  pageSize,
  toConnection,
} from './graphql/pagination';
export type { Connection, CountedConnection, Edge } from './graphql/pagination';
export { BsnScalar, DatumScalar, GemeentecodeScalar } from './graphql/scalars';
export { rowLoader, rowsLoader } from './loaders/keyed-loaders';
export { keyedSelect, perDataSource } from './loaders/keyed-select';
export type { KeyedSelect, KeyedSelectOptions } from './loaders/keyed-select';
export { preparedStatement } from './database/prepared-statement';
export type { PreparedStatement } from './database/prepared-statement';
export { machineRollen, rollenPerOrganisatie } from './identity/caller';
export type { Caller, Rol } from './identity/caller';
export {
  createMachineTokenSigner,
  createTokenSigner,
  generateIssuerKey,
  startLocalIssuer,
} from './identity/local-issuer';
export type { LocalIssuer, LocalIssuerOptions, TokenClaims, TokenSignerOptions } from './identity/local-issuer';
export { clientCredentialsTokens, createMachineTokenVerifier, MELDINGEN_SCOPE } from './identity/machine-token';
export type {
  ClientCredentials,
  MachineCaller,
  MachineClaims,
  MachineTokens,
  MachineTokenVerifier,
} from './identity/machine-token';
export { createTokenVerifier } from './identity/token-verifier';
export type { IdentityConfig, TokenVerifier } from './identity/token-verifier';
export { createLogger, logLevels } from './logging/logger';
export { subjectOf } from './policy/access-policy';
export type { AccessPolicy, Betrokkene, GroundCheck, GroundResult, SubjectOf } from './policy/access-policy';
export { declaredPerVeld, Doelbinding, DOELBINDING_DIRECTIVE, PerVeld, PER_VELD_DIRECTIVE } from './policy/doelbinding';
export { declaredChange, Wijziging, WIJZIGING_DIRECTIVE } from './policy/wijziging';
export type { Wijziger, Wijzigingsgrond } from './policy/wijziging';
export { declaredGrounds, declaredReads, groundsPerType } from './policy/guard-schema';
export type { DeclaredRead } from './policy/guard-schema';
export type { GuardedContext } from './policy/guard-schema';
export { grondslagen, grondslagOfActivity, isGrondslag, verwerkingsactiviteit } from './policy/grondslag';
export type { AvgGrondslag, Grondslag } from './policy/grondslag';
export { RequestAccess } from './policy/request-access';
export { DeniedFields, deniedFieldsError } from './policy/denied-fields';
export type { DeniedFieldsError, DeniedVeld } from './policy/denied-fields';
export type { AccessDecision, Refusals, WouldGrant } from './policy/request-access';
export { startDispatcher } from './meldingen/dispatcher';
export type { Dispatcher, DispatcherOptions } from './meldingen/dispatcher';
export {
  bevestigingen,
  EVENT_TYPE_PATTERN,
  isNieuwereMelding,
  MeldingGeweigerd,
  meldingStatussen,
} from './meldingen/melding';
export type {
  Bevestiging,
  MeldingOntvangst,
  MeldingStatus,
  OntvangenMelding,
  OutboxWriter,
  UitgaandeMelding,
} from './meldingen/melding';
export { gemeenteEnBsn, genoemdeGemeente } from './meldingen/melding-gegevens';
export { INBOX_PATH } from './meldingen/melding-inbox';
export { MELDING_IN_BEHANDELING, meldInBehandeling } from './meldingen/in-behandeling';
export { meldingRoutesSetting, routeOf, routesPerSoort } from './meldingen/melding-routes';
export type { MeldingRoutes } from './meldingen/melding-routes';
export type { MeldingCounts } from './meldingen/meldingen.queries';
export { meldingenMigrations } from './meldingen/meldingen-migrations';
export {
  DEFAULT_MELDINGEN_SETTINGS,
  meldingenSettingNames,
  meldingenSettingsOf,
  meldingenSettingsSchema,
} from './meldingen/meldingen-settings';
export type { MeldingenSettings } from './meldingen/meldingen-settings';
export { organisatieUri, organisatieVanUri } from './meldingen/organisatie-uri';
export type { Inzagebeperking } from './inzage/inzagebeperking';
export { processingLogMigrations } from './processing-log/processing-log-migrations';
export { pseudonym } from './processing-log/pseudonym';
export {
  expireProcessingLog,
  RETENTION_QUEUE,
  RETENTION_SCHEDULE,
  startProcessingLogRetention,
} from './processing-log/processing-log-retention';
export type { ProcessingLogRetention, RetentionRun } from './processing-log/processing-log-retention';
export { processingLogResolver } from './processing-log/processing-log.resolver';
export type { ProcessingLogDependencies, ProcessingLogOwners } from './processing-log/processing-log.resolver';
export type { Logger, LogLevel } from './logging/logger';
export { createSubgraphService } from './server/create-subgraph-service';
export { errorOrderPlugin } from './server/error-order-plugin';
export { runSubgraph } from './server/run-subgraph';
export type { Telemetry } from './telemetry/start-telemetry';
export { defineParty } from './server/define-party';
export type {
  MeldingenOptions,
  Party,
  PartyDefinition,
  PartySubgraph,
  ResolverDependencies,
  SubgraphFactoryOptions,
} from './server/define-party';
export { CHANGE_NOT_LOGGED } from './server/change-transactions';
export type { ChangeRequest, Transactions } from './server/change-transactions';
export type { SubgraphService, SubgraphServiceOptions } from './server/create-subgraph-service';
export { graphqlHttpService } from './server/graphql-http-service';
export { sendHttpError } from './server/http-errors';
export { demoTokenRoute } from './server/demo-token-route';
export type { DemoTokenChoice, DemoTokens } from './server/demo-token-route';
export type {
  GraphQLGate,
  GraphQLHttpServiceOptions,
  ReadinessReport,
  Route,
  RunningService,
  VerifiedRequest,
} from './server/graphql-http-service';
export {
  createMetricsRegistry,
  databasePoolMetric,
  requestMetrics,
  subgraphFetchMetric,
} from './metrics/service-metrics';
export type { RequestContext } from './server/request-context';
export { childTraceparent, requestTraceContext, traceContextFrom, traceResponse } from './tracing/trace-context';
export type { TraceContext } from './tracing/trace-context';
