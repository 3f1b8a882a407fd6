import { ProcessingLogOwner1763900100001 } from './processing-log-owner.migration';
import { ProcessingLog1763900100000 } from './processing-log.migration';

/** The processing log's migrations, in order; every party lists them after its own. */
export const processingLogMigrations = [ProcessingLog1763900100000, ProcessingLogOwner1763900100001];
