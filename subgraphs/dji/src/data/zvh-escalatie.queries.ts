import type { DataSource } from 'typeorm';

/** A detention melding a gemeente did not confirm in time, with the person of its stay. */
export interface EscalatieRow {
  readonly id: string;
  readonly type: string;
  readonly ontvanger: string;
  readonly afzender: string;
  readonly subject: string;
  readonly aangemaakt_op: Date;
  readonly gesignaleerd_op: Date;
  /** The person of the stay the melding is about; null when DJI holds no such stay. */
  readonly justitiabele_id: string | null;
}

/** The escalations to a Zorg- en Veiligheidshuis, from DJI's own outbox. */
export class ZvhEscalatieQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * DJI's detention meldingen to `ontvangers` signalled as not confirmed in time, oldest signal
   * first, keyset-paginated over (gesignaleerd_op, id) after `cursor`; `limit` rows at most.
   */
  async onbevestigd(
    ontvangers: readonly string[],
    cursor: { readonly sortKey: string; readonly id: string } | null,
    limit: number,
  ): Promise<EscalatieRow[]> {
    return this.dataSource.query<EscalatieRow[]>(
      `SELECT o.id, o.type, o.ontvanger, o.afzender, o.subject, o.aangemaakt_op, o.gesignaleerd_op, v.justitiabele_id
         FROM melding_outbox o LEFT JOIN verblijf v ON o.subject = 'verblijf/' || v.id::text
        WHERE o.type LIKE 'nl.ketengraaf.dji.detentie.%' AND o.ontvanger = ANY($1)
          AND o.gesignaleerd_op IS NOT NULL AND o.bevestiging IS NULL
          AND ($2::timestamptz IS NULL OR (o.gesignaleerd_op, o.id::text) > ($2::timestamptz, $3::text))
        ORDER BY o.gesignaleerd_op, o.id LIMIT $4`,
      [ontvangers, cursor?.sortKey ?? null, cursor?.id ?? null, limit],
    );
  }
}
