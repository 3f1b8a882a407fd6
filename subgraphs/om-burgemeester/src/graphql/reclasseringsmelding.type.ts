import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

import type { ReclasseringsmeldingEntity } from '../entities/reclasseringsmelding.entity';

import { ReclasseringsmeldingSoort } from './enums';

@ObjectType({
  description:
    "A melding a reclassering organisation sent OM on OM's opdracht (an overtreding, an advies), as it said it. OM's own record.",
})
export class Reclasseringsmelding {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => ReclasseringsmeldingSoort, { nullable: true })
  soort: ReclasseringsmeldingSoort;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: 'The reclassering organisation that sent it, e.g. reclassering:RN.' })
  organisatie: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true, description: 'The day of the overtreding, or of the advies.' })
  datum: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({
    nullable: true,
    description: "The reclassering's record it is about (overtredingsmelding/<id>, advies/<id>): read it there.",
  })
  referentie: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true })
  ontvangenOp: Date;

  static from(entity: ReclasseringsmeldingEntity): Reclasseringsmelding {
    return Object.assign(new Reclasseringsmelding(), {
      justitiabeleId: entity.justitiabeleId,
      id: entity.id,
      soort: entity.soort,
      organisatie: entity.organisatie,
      datum: entity.datum,
      referentie: entity.referentie,
      ontvangenOp: entity.ontvangenOp,
    });
  }
}
