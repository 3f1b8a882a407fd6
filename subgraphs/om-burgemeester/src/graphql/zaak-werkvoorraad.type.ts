import { connectionOf, DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

import type { ZaakWerkvoorraadRij } from '../data/zaak-werkvoorraad.queries';

@ObjectType({
  description:
    "One of OM's cases in the officier's werkvoorraad (a case with a VI-datum, a VI-beslissing or an opdracht tot advies), with OM's signals on it. Every party's signals on the person come through `justitiabele { signalen }`.",
})
export class ZaakWerkvoorraadItem {
  /** The person and the case this is about, for the access policy. */
  justitiabeleId: string;

  zaakId: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, {
    nullable: true,
    description: "The earliest of OM's open deadlines on the case; null when none is open.",
  })
  urgentie: string | null;

  static from(row: ZaakWerkvoorraadRij): ZaakWerkvoorraadItem {
    return Object.assign(new ZaakWerkvoorraadItem(), {
      justitiabeleId: row.justitiabeleId,
      zaakId: row.zaakId,
      urgentie: row.urgentie === 'infinity' ? null : row.urgentie,
    });
  }
}

export const ZaakWerkvoorraadItemConnection = connectionOf(ZaakWerkvoorraadItem, 'ZaakWerkvoorraadItem');
