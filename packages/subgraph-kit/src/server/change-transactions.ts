import type { DataSource, EntityManager } from 'typeorm';

import { clientError } from '../errors/client-error';

import type { RequestContext } from './request-context';

/** What the client is told when a change was rolled back because its log could not be written. */
export const CHANGE_NOT_LOGGED =
  'This change could not be recorded in the processing log and was NOT made: nothing of it was written. Try again later.';

/** What of a request its change's transaction needs: the request's processing log, and its logger. */
export type ChangeRequest = Pick<RequestContext<unknown>, 'processingLog' | 'log'>;

/**
 * The change's transaction: the one place a party's change is written. A domain command writes
 * through the manager it is given; after the command, the request's processing log (its audit
 * record, the decisions made so far and their processing records) is written through the same
 * manager, and everything else that must stand or fall with the change belongs there too. It all
 * commits together or not at all. Resolvers get this, never the data source itself, and name the
 * request the change is made for.
 */
export interface Transactions {
  /**
   * Runs `work` and the request's log in one transaction. When the log cannot be written the
   * change is rolled back and PROCESSING_LOG_UNAVAILABLE (HTTP 503) says it was not made.
   */
  run<TResult>(request: ChangeRequest, work: (manager: EntityManager) => Promise<TResult>): Promise<TResult>;
}

/** The change transactions over a party's database. */
export function changeTransactions(dataSource: DataSource): Transactions {
  return {
    async run(request, work) {
      const { processingLog } = request;
      let committed = (): void => undefined;
      const result = await dataSource.transaction(async (manager) => {
        const changed = await work(manager);
        try {
          committed = await processingLog.write(manager, { failed: false, audit: true });
        } catch (error) {
          request.log.error({ err: error }, 'processing log write failed; change rolled back');
          processingLog.changeRefused();
          throw clientError('PROCESSING_LOG_UNAVAILABLE', CHANGE_NOT_LOGGED);
        }
        return changed;
      });
      committed();
      processingLog.changeMade();
      return result;
    },
  };
}
