import type { Logger as TypeOrmLogger } from 'typeorm';

import type { Logger } from '../logging/logger';

type StatementListener = (sql: string) => void;

/**
 * TypeORM's logger, routed to the service's JSON log. It also tells listeners of every SQL
 * statement sent, so a test can count the statements one request costs.
 */
export class SqlStatementLog implements TypeOrmLogger {
  private readonly listeners = new Set<StatementListener>();

  constructor(private readonly logger: Logger) {}

  /** Calls `listener` for each statement until the returned function is called. */
  listen(listener: StatementListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  logQuery(query: string): void {
    for (const listener of this.listeners) {
      listener(query);
    }
    this.logger.trace({ sql: query }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn({ err: error, sql: query }, 'sql statement failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ durationMs: time, sql: query }, 'slow sql statement');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') {
      this.logger.warn({ detail: message }, 'typeorm');
    } else {
      this.logger.debug({ detail: message }, 'typeorm');
    }
  }
}
