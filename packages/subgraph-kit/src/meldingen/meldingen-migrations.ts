import { Meldingen1763900100100 } from './meldingen.migration';

/** The outbox's and inbox's migrations; every party lists them with its own, as the processing log's. */
export const meldingenMigrations = [Meldingen1763900100100];
