import { Aandeel } from '@ketengraaf/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

import type { NazorgCijfersRij } from '../data/ketencijfers.queries';

@ObjectType({
  description:
    "The gemeenten's figures of one cell: the stays of one month of uitstroom that returned to one gemeente. Counts only; small ones suppressed.",
})
export class NazorgKetencijfers {
  @Field({ description: 'The month of uitstroom, YYYY-MM, as DJI told it.' })
  maand: string;

  @Field({ description: 'The gemeentecode of return whose dossier counts the stay.' })
  gemeente: string;

  @Field(() => Aandeel, { description: 'Stays that left without an identiteitsbewijs ready, of those that left.' })
  zonderIdentiteitsbewijs: Aandeel;

  @Field(() => Aandeel, { description: 'Stays that left without onderdak from that day, of those that left.' })
  zonderOnderdak: Aandeel;

  @Field(() => Aandeel, {
    description: 'Stays that left with neither an uitkering granted nor work, of those that left.',
  })
  zonderInkomen: Aandeel;

  @Field(() => Aandeel, { description: 'Stays that left without a zorgverzekering, of those that left.' })
  zonderZorgverzekering: Aandeel;

  static from(rij: NazorgCijfersRij): NazorgKetencijfers {
    return Object.assign(new NazorgKetencijfers(), {
      maand: rij.maand,
      gemeente: rij.gemeente,
      zonderIdentiteitsbewijs: Aandeel.of(rij.zonder_identiteitsbewijs, rij.uitgestroomd),
      zonderOnderdak: Aandeel.of(rij.zonder_onderdak, rij.uitgestroomd),
      zonderInkomen: Aandeel.of(rij.zonder_inkomen, rij.uitgestroomd),
      zonderZorgverzekering: Aandeel.of(rij.zonder_zorgverzekering, rij.uitgestroomd),
    });
  }
}
