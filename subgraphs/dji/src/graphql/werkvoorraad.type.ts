import { connectionOf, DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

import type { WerkvoorraadRij } from '../data/werkvoorraad.queries';

@ObjectType({
  description:
    "One current stay in a werkvoorraad at DJI, with DJI's signals on it. The gemeente's and OM's signals on the person come through `justitiabele`.",
})
export class WerkvoorraadItem {
  /** The person and the stay this is about, for the access policy. */
  justitiabeleId: string;

  verblijfId: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'ART_11A_BJSG')
  @Field(() => DatumScalar, {
    nullable: true,
    description:
      "The earliest of DJI's open deadlines the stay can still reach, of the caller's kinds (for Justid's BIJ desk the day the BIJ-melding is due); null when none is open.",
  })
  urgentie: string | null;

  static from(row: WerkvoorraadRij): WerkvoorraadItem {
    return Object.assign(new WerkvoorraadItem(), {
      justitiabeleId: row.justitiabeleId,
      verblijfId: row.verblijfId,
      urgentie: row.urgentie === 'infinity' ? null : row.urgentie,
    });
  }
}

export const WerkvoorraadItemConnection = connectionOf(WerkvoorraadItem, 'WerkvoorraadItem');
