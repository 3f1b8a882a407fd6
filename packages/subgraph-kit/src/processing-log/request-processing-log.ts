import type { EntityManager } from 'typeorm';

import type { Caller } from '../identity/caller';
import type { AccessDecision } from '../policy/request-access';
import type { TraceContext } from '../tracing/trace-context';

import { requestPseudonyms } from './pseudonym';
import { processingRecords, writeProcessingLog } from './write-processing-log';
import type { ProcessingLogEntry } from './write-processing-log';

export interface RequestProcessingLogOptions {
  readonly party: string;
  readonly pseudonymKey: string;
  readonly trace: TraceContext;
  readonly caller: Caller;
  /**
   * The request's access decisions so far, in the order they were made: a decision once listed
   * keeps its place, so the log knows those it has written by their number.
   */
  readonly decisions: () => readonly AccessDecision[];
}

/**
 * One request's processing log, and how much of it is written. A change's transaction writes what
 * was decided up to its commit, in that transaction; the processing log plugin writes the rest
 * (what reading the answer decided) before the answer leaves. Nothing is written twice: the audit
 * record once per request, each decision and each processing record once.
 */
export class RequestProcessingLog {
  private readonly startTime = new Date();
  private operation = 'graphql operation (anonymous)';
  private auditWritten = false;
  /** How many of the request's decisions (`decisions`, the first ones) are written. */
  private writtenDecisions = 0;
  private readonly writtenRecords = new Set<string>();
  private changesMade = 0;
  private changesRefused = 0;
  private readonly entry: Pick<ProcessingLogEntry, 'party' | 'pseudonym' | 'trace' | 'caller'>;

  constructor(private readonly options: RequestProcessingLogOptions) {
    this.entry = { ...options, pseudonym: requestPseudonyms(options.pseudonymKey) };
  }

  /** Names the request's processing records after its operation, once that is known. */
  nameOperation(operation: string | undefined, operationName: string | undefined): void {
    this.operation = `graphql ${operation ?? 'operation'} ${operationName ?? '(anonymous)'}`;
  }

  /** Whether a change of this request was made and logged, or refused because its log could not be written. */
  get changes(): { readonly made: boolean; readonly refused: boolean } {
    return { made: this.changesMade > 0, refused: this.changesRefused > 0 };
  }

  /** Counts a change whose transaction, log included, committed. */
  changeMade(): void {
    this.changesMade += 1;
  }

  /** Counts a change rolled back because its log could not be written. */
  changeRefused(): void {
    this.changesRefused += 1;
  }

  /** Whether anything of the request's log is not written yet: nothing is sent for nothing. */
  get unwritten(): boolean {
    return this.options.decisions().length > this.writtenDecisions;
  }

  /**
   * Writes, through `manager` (and so in its transaction, if it has one), what of the request's log is not written
   * yet: the audit record (always, with a change: who made it), and the decisions and processing
   * records made since the last write. Call the function it returns once that transaction has
   * committed; until then the rows count as unwritten, so a rolled-back write is written again by
   * the next one.
   */
  async write(manager: EntityManager, { failed, audit }: { failed: boolean; audit: boolean }): Promise<() => void> {
    const all = this.options.decisions();
    const decisions = all.slice(this.writtenDecisions);
    const records = processingRecords(this.entry, all).filter((record) => !this.writtenRecords.has(record.key));
    const writeAudit = !this.auditWritten && (audit || decisions.length > 0);
    if (!writeAudit && decisions.length === 0 && records.length === 0) {
      return () => undefined;
    }
    const remember = await writeProcessingLog(
      manager,
      { ...this.entry, name: this.operation, startTime: this.startTime, endTime: new Date(), failed },
      { audit: writeAudit, records, decisions },
    );
    return () => {
      remember();
      this.auditWritten ||= writeAudit;
      this.writtenDecisions = all.length;
      for (const record of records) this.writtenRecords.add(record.key);
    };
  }
}
