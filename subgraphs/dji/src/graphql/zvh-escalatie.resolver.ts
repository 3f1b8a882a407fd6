import { clientError, decodeCursor, encodeCursor, PageArgs, pageSize, toConnection } from '@ketengraaf/subgraph-kit';
import type { Connection, ZvhGemeenten } from '@ketengraaf/subgraph-kit';
import { Args, Ctx, Query, Resolver } from 'type-graphql';

import type { ZvhEscalatieQueries } from '../data/zvh-escalatie.queries';

import type { DjiContext } from './context';
import { ZvhEscalatie, ZvhEscalatieConnection } from './zvh-escalatie.type';

/**
 * The escalation of DJI's detention meldingen a gemeente did not confirm in time, to the regional
 * Zorg- en Veiligheidshuis of that gemeente: "Als gemeenten de ondersteuning bij re-integratie
 * hebben belegd bij een ZVH dan kunnen gegevens over detentie en re-integratie van de
 * (ex-)gedetineerde worden gedeeld met de deelnemers aan het betreffende ZVH … (Wgs)" (seed 002
 * l. 605–611). Its procesregisseur sees only the gemeenten configuration names for its own
 * Zorg- en Veiligheidshuis (`MELDINGEN_ZVH_GEMEENTEN`), and of the melding only where it is; each
 * melding shown is a read about its person on the ground WGS, in DJI's processing log.
 */
@Resolver()
export class ZvhEscalatieResolver {
  constructor(
    private readonly queries: ZvhEscalatieQueries,
    private readonly zvhGemeenten: ZvhGemeenten,
    private readonly maxPageSize: number,
  ) {}

  @Query(() => ZvhEscalatieConnection, {
    description:
      "For a Zorg- en Veiligheidshuis' procesregisseur: DJI's detention meldingen to the gemeenten it serves that were not confirmed in time, oldest signal first (Wgs).",
  })
  async zvhEscalaties(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { access }: DjiContext,
  ): Promise<Connection<ZvhEscalatie>> {
    const { caller } = access;
    if (caller.soort !== 'zvh' || caller.rol !== 'procesregisseur' || caller.code === null) {
      throw access.refuse('Query.zvhEscalaties', ['WGS']);
    }
    const ontvangers = (this.zvhGemeenten[caller.code] ?? []).map((code) => `gemeente:${code}`);
    const size = pageSize(first, this.maxPageSize);
    const cursor = after ? decodeCursor(after) : null;
    if (cursor && (cursor.sortKey === null || Number.isNaN(Date.parse(cursor.sortKey)))) {
      throw clientError('INVALID_CURSOR', 'The cursor was not handed out by this list.');
    }
    const rows = await this.queries.onbevestigd(
      ontvangers,
      cursor && cursor.sortKey !== null ? { sortKey: cursor.sortKey, id: cursor.id } : null,
      size + 1,
    );
    const connection = toConnection(
      rows,
      size,
      (row) => encodeCursor(row.gesignaleerd_op.toISOString(), row.id),
      (row) =>
        Object.assign(new ZvhEscalatie(), {
          id: row.id,
          type: row.type,
          gemeentecode: row.ontvanger.replace(/^gemeente:/, ''),
          afzender: row.afzender,
          subject: row.subject,
          aangemaaktOp: row.aangemaakt_op,
          gesignaleerdOp: row.gesignaleerd_op,
        }),
    );
    for (const row of rows.slice(0, size)) {
      if (row.justitiabele_id !== null) {
        access.permitListed(
          'ZvhEscalatie',
          { soort: 'SKN', nummer: row.justitiabele_id, record: row.subject.replace(/^verblijf\//, '') },
          'WGS',
        );
      }
    }
    return connection;
  }
}
