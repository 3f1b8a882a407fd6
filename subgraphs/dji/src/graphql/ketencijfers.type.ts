import { Aandeel } from '@ketengraaf/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

import type { DetentieCijfersRij } from '../data/ketencijfers.queries';

@ObjectType({
  description:
    "DJI's figures of one cell: the stays of one month of instroom, one inrichting of instroom and one gemeente of return. Counts only; small ones suppressed.",
})
export class DetentieKetencijfers {
  @Field({ description: 'The month of instroom, YYYY-MM.' })
  maand: string;

  @Field({ description: 'The DJI location the stay began in (`PI-VUGHT`).' })
  inrichting: string;

  @Field(() => String, {
    nullable: true,
    description: 'The gemeentecode of return DJI registered; null for none (no fixed address, not yet known, abroad).',
  })
  terugkeergemeente: string | null;

  @Field(() => Aandeel, {
    description:
      'Stays screened within the term of their process version (10 days), of those whose term was reachable and is met or has passed.',
  })
  screeningBinnenTermijn: Aandeel;

  @Field(() => Aandeel, {
    description:
      'Stays with a D&R-plan within the term of their process version (4 weeks), of those whose term was reachable and is met or has passed.',
  })
  planBinnenTermijn: Aandeel;

  static from(rij: DetentieCijfersRij): DetentieKetencijfers {
    return Object.assign(new DetentieKetencijfers(), {
      maand: rij.maand,
      inrichting: rij.inrichting,
      terugkeergemeente: rij.terugkeergemeente,
      screeningBinnenTermijn: Aandeel.of(rij.gescreend_binnen_termijn, rij.screening_beoordeeld),
      planBinnenTermijn: Aandeel.of(rij.plan_binnen_termijn, rij.plan_beoordeeld),
    });
  }
}
