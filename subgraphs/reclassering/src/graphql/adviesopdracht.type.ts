import { connectionOf, DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

import type { AdviesopdrachtEntity } from '../entities/adviesopdracht.entity';

@ObjectType({
  description:
    "OM's opdracht to the organisation to advise on one person, as OM's melding said it: work for the organisation's adviseurs.",
})
export class Adviesopdracht {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: 'The reclassering organisation asked, e.g. reclassering:RN.' })
  organisatie: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: 'Who asked: om.' })
  opdrachtgever: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true })
  datum: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: 'What OM asks the reclassering to advise on.' })
  vraag: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: "OM's record of the opdracht (opdracht-tot-advies/<id>)." })
  referentie: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true })
  ontvangenOp: Date;

  static from(entity: AdviesopdrachtEntity): Adviesopdracht {
    return Object.assign(new Adviesopdracht(), {
      justitiabeleId: entity.justitiabeleId,
      id: entity.id,
      organisatie: entity.organisatie,
      opdrachtgever: entity.opdrachtgever,
      datum: entity.datum,
      vraag: entity.vraag,
      referentie: entity.referentie,
      ontvangenOp: entity.ontvangenOp,
    });
  }
}

export const AdviesopdrachtConnection = connectionOf(Adviesopdracht, 'Adviesopdracht');
