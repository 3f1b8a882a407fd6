import { ProcessingLogCompact1763900100003 } from './processing-log-compact.migration';
import { ProcessingLogNarrow1763900100004 } from './processing-log-narrow.migration';
import { ProcessingLogOwner1763900100001 } from './processing-log-owner.migration';
import { ProcessingLogRetention1763900100002 } from './processing-log-retention.migration';
import { ProcessingLog1763900100000 } from './processing-log.migration';

/**
 * The processing log's migrations; every party lists them with its own, and TypeORM runs all of
 * them in the order of the timestamps in their names.
 */
export const processingLogMigrations = [
  ProcessingLog1763900100000,
  ProcessingLogOwner1763900100001,
  ProcessingLogRetention1763900100002,
  ProcessingLogCompact1763900100003,
  ProcessingLogNarrow1763900100004,
];
