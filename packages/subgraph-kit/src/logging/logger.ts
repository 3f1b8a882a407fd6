import { pino } from 'pino';
import type { Logger } from 'pino';

export type { Logger } from 'pino';

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/**
 * A JSON logger for one service. Every line carries the service name; request loggers add the
 * trace id, so one question can be followed across all subgraphs in the log store.
 */
export function createLogger(service: string, level: LogLevel): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ['bsn', '*.bsn', 'variables', '*.variables'], censor: '[redacted]' },
  });
}
