import {
  assertUnreachable,
  clientError,
  mapConnection,
  SignaalSoort,
  urgencyKeysetPage,
} from '@ketengraaf/subgraph-kit';
import type { Connection, PageArgs, Refusals } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { VerblijfStatus } from '../entities/verblijf.entity';
import { werkvoorraadScope } from '../policy/werkvoorraad-scope';

import { STORED_DEADLINE_COLUMNS, urgentie } from './open-deadlines';

/** One stay in a werkvoorraad: its earliest open deadline DJI keeps, or `infinity` when none. */
export interface WerkvoorraadRij {
  readonly verblijfId: string;
  readonly justitiabeleId: string;
  readonly urgentie: string;
}

/** Each kind's open deadline of stay `v` as SQL, null when it is met: as stored on the stay (`open-deadlines.ts`). */
function openDeadline(soort: SignaalSoort): string {
  switch (soort) {
    case SignaalSoort.SCREENING:
    case SignaalSoort.DR_PLAN:
    case SignaalSoort.MDO:
    case SignaalSoort.BIJ_MELDING_VERWACHT:
    case SignaalSoort.EXTRAMURALE_RAPPORTAGE:
      return `v.${STORED_DEADLINE_COLUMNS[soort]}`;
    case SignaalSoort.BASISVOORWAARDEN_BIJ_UITSTROOM:
    case SignaalSoort.BIJ_MELDING:
    case SignaalSoort.REGIE_NA_UITSTROOM:
    case SignaalSoort.REGIE_CONFLICT:
    case SignaalSoort.ADVIES:
    case SignaalSoort.VI_BESLISSING:
      throw new Error(`${soort} is not a deadline DJI keeps; the scope lets no caller order by it.`);
    default:
      return assertUnreachable(soort);
  }
}

/** DJI's werkvoorraden: the current stays a casemanager, nazorgcoördinator, toezichthouder or Justid's BIJ desk keeps, most urgent first. */
export class WerkvoorraadQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
    private readonly bijGemeenten: ReadonlySet<string>,
  ) {}

  /**
   * One page of the caller's werkvoorraad, ordered by urgency: the earliest open deadline first, so
   * the overdue (whose deadline has passed) come before the rest, and stays without an open deadline
   * last; by keyset on (deadline, verblijf id). With `soort` (one of the scope's kinds, INVALID_INPUT
   * otherwise), only stays with that deadline open, ordered by it. Refused (by `werkvoorraadScope`)
   * to a caller who keeps none here.
   */
  async page(
    soort: SignaalSoort | null,
    { first, after }: PageArgs,
    access: Refusals,
    vandaag: string,
  ): Promise<Connection<WerkvoorraadRij>> {
    const scope = werkvoorraadScope(access, vandaag, this.bijGemeenten);
    if (soort && !scope.soorten.includes(soort)) {
      throw clientError(
        'INVALID_INPUT',
        `This werkvoorraad is ordered by the deadlines DJI keeps for the caller's role; filter it on ${scope.soorten.join(', ')}.`,
      );
    }
    const deadlines = (soort ? [soort] : scope.soorten).map(openDeadline);
    const common = [
      // Written out, not bound: the planner matches it to the partial indexes of current stays.
      `v.status <> '${VerblijfStatus.UITGESTROOMD}'`,
      ...(soort ? [`${deadlines[0] ?? 'NULL'} IS NOT NULL`] : []),
    ];
    const rows = scope.sql(scope.values.map((_value, index) => `$${index + 1}`)).map(
      (condition) => `SELECT v.id, v.justitiabele_id, ${urgentie(deadlines)} AS urgentie
         FROM verblijf v
        WHERE ${[...common, condition].join(' AND ')}`,
    );
    const page = await urgencyKeysetPage<{ id: string; justitiabele_id: string; urgentie: string }>(
      this.dataSource,
      rows,
      scope.values,
      { first, after, maxPageSize: this.maxPageSize },
    );
    return mapConnection(page, (row) => ({
      verblijfId: row.id,
      justitiabeleId: row.justitiabele_id,
      urgentie: row.urgentie,
    }));
  }
}
