import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { OmgevingsanalyseEntity } from '../entities/omgevingsanalyse.entity';

@ObjectType({
  description:
    "A burgemeester's analysis of the surroundings a person returns to. Its own burgemeester reads it; OM once it was sent.",
})
export class Omgevingsanalyse {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: 'The burgemeester that made it, e.g. burgemeester:0363.' })
  burgemeester: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true })
  datum: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true })
  bevindingen: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true, description: 'When it was sent to OM; null while not sent.' })
  verzondenAanOmOp: string | null;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => Int, { nullable: true, description: 'Pass back as `verwachteVersie` when changing or sending it.' })
  versie: number;

  static from(entity: OmgevingsanalyseEntity): Omgevingsanalyse {
    return Object.assign(new Omgevingsanalyse(), {
      justitiabeleId: entity.justitiabeleId,
      id: entity.id,
      burgemeester: entity.burgemeester,
      datum: entity.datum,
      bevindingen: entity.bevindingen,
      verzondenAanOmOp: entity.verzondenAanOmOp,
      versie: entity.versie,
    });
  }
}
