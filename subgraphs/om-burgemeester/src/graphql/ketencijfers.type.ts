import { Aandeel } from '@ketengraaf/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

import type { BijCijfersRij } from '../data/ketencijfers.queries';

@ObjectType({
  description:
    "The burgemeesters' figures of one cell: the BIJ-meldingen of one month of return to one gemeente taking part in BIJ. Counts only; small ones suppressed.",
})
export class BijKetencijfers {
  @Field({ description: 'The month of return (or verlof), YYYY-MM.' })
  maand: string;

  @Field({ description: 'The gemeentecode of return.' })
  terugkeergemeente: string;

  @Field(() => Aandeel, {
    description:
      'BIJ-meldingen received by the norm of their process version (60 days before return), of those received.',
  })
  bijMeldingOpTijd: Aandeel;

  static from(rij: BijCijfersRij): BijKetencijfers {
    return Object.assign(new BijKetencijfers(), {
      maand: rij.maand,
      terugkeergemeente: rij.terugkeergemeente,
      bijMeldingOpTijd: Aandeel.of(rij.op_tijd, rij.meldingen),
    });
  }
}
