import type { DataSource } from 'typeorm';

import type { MeldingStatus } from './melding';

export interface OutboxRow {
  readonly id: string;
  readonly type: string;
  readonly afzender: string;
  readonly ontvanger: string;
  readonly subject: string;
  readonly grondslag: string;
  /** What the melding says, as the receiver gets it. */
  readonly data: Record<string, unknown>;
  readonly status: MeldingStatus;
  readonly pogingen: number;
  readonly laatste_fout: string | null;
  readonly aangemaakt_op: Date;
  readonly afgeleverd_op: Date | null;
  readonly bevestiging: 'ONTVANGEN' | 'IN_BEHANDELING' | null;
  readonly gesignaleerd_op: Date | null;
  readonly voorrang: boolean;
}

export interface InboxRow {
  readonly bron: string;
  readonly id: string;
  readonly type: string;
  readonly afzender: string;
  readonly ontvanger: string;
  readonly subject: string;
  readonly grondslag: string;
  readonly status: 'ONTVANGEN' | 'IN_BEHANDELING';
  readonly keer_ontvangen: number;
  readonly ontvangen_op: Date;
}

/** How many meldingen of a party are in each state: for the operators' query and the metrics. */
export interface MeldingCounts {
  readonly teVerzenden: number;
  readonly afgeleverd: number;
  readonly onbestelbaar: number;
  readonly gesignaleerd: number;
  readonly ontvangen: number;
}

interface Page {
  readonly size: number;
  readonly after: { readonly sortKey: string; readonly id: string } | null;
}

/** The party's outbox and inbox as its operators read them; `organisatie` narrows to one owner's. */
export class MeldingenQueries {
  constructor(private readonly dataSource: DataSource) {}

  outbox(
    filter: { status: MeldingStatus | null; gesignaleerd: boolean; afzender: string | null },
    page: Page,
  ): Promise<OutboxRow[]> {
    return this.dataSource.query(
      `SELECT * FROM melding_outbox
        WHERE ($1::text IS NULL OR status = $1) AND (NOT $2 OR gesignaleerd_op IS NOT NULL)
          AND ($3::text IS NULL OR afzender = $3)
          AND ($4::timestamptz IS NULL OR (aangemaakt_op, id) > ($4::timestamptz, $5::uuid))
        ORDER BY aangemaakt_op, id LIMIT $6`,
      [
        filter.status,
        filter.gesignaleerd,
        filter.afzender,
        page.after?.sortKey ?? null,
        page.after?.id ?? null,
        page.size + 1,
      ],
    );
  }

  inbox(filter: { ontvanger: string | null }, page: Page): Promise<InboxRow[]> {
    return this.dataSource.query(
      `SELECT * FROM melding_inbox
        WHERE ($1::text IS NULL OR ontvanger = $1)
          AND ($2::timestamptz IS NULL OR (ontvangen_op, id) > ($2::timestamptz, $3::text))
        ORDER BY ontvangen_op, id LIMIT $4`,
      [filter.ontvanger, page.after?.sortKey ?? null, page.after?.id ?? null, page.size + 1],
    );
  }

  /** Counts per state, of one owner's meldingen or of all. */
  async counts(organisatie: string | null = null): Promise<MeldingCounts> {
    const [outbox] = await this.dataSource.query<
      { te_verzenden: number; afgeleverd: number; onbestelbaar: number; gesignaleerd: number }[]
    >(
      `SELECT count(*) FILTER (WHERE status = 'TE_VERZENDEN')::int AS te_verzenden,
              count(*) FILTER (WHERE status = 'AFGELEVERD')::int AS afgeleverd,
              count(*) FILTER (WHERE status = 'ONBESTELBAAR')::int AS onbestelbaar,
              count(*) FILTER (WHERE gesignaleerd_op IS NOT NULL AND bevestiging IS NULL)::int AS gesignaleerd
         FROM melding_outbox WHERE $1::text IS NULL OR afzender = $1`,
      [organisatie],
    );
    const [inbox] = await this.dataSource.query<{ ontvangen: number }[]>(
      'SELECT count(*)::int AS ontvangen FROM melding_inbox WHERE $1::text IS NULL OR ontvanger = $1',
      [organisatie],
    );
    return {
      teVerzenden: outbox?.te_verzenden ?? 0,
      afgeleverd: outbox?.afgeleverd ?? 0,
      onbestelbaar: outbox?.onbestelbaar ?? 0,
      gesignaleerd: outbox?.gesignaleerd ?? 0,
      ontvangen: inbox?.ontvangen ?? 0,
    };
  }
}
