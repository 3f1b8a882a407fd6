import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { ZienswijzeEntity } from '../entities/zienswijze.entity';

@ObjectType({
  description:
    "A burgemeester's zienswijze on the conditions of a voorwaardelijke invrijheidstelling. Its own burgemeester reads it; OM once it was sent.",
})
export class Zienswijze {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: 'The burgemeester that gave it, e.g. burgemeester:0363.' })
  burgemeester: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true })
  datum: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true })
  tekst: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => String, {
    nullable: true,
    description: 'A suggested gebiedsverbod; a bijzondere voorwaarde only once OM imposes it.',
  })
  gebiedsverbod: string | null;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true, description: 'When it was sent to OM; null while not sent.' })
  verzondenAanOmOp: string | null;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => Int, { nullable: true, description: 'Pass back as `verwachteVersie` when changing or sending it.' })
  versie: number;

  static from(entity: ZienswijzeEntity): Zienswijze {
    return Object.assign(new Zienswijze(), {
      justitiabeleId: entity.justitiabeleId,
      id: entity.id,
      burgemeester: entity.burgemeester,
      datum: entity.datum,
      tekst: entity.tekst,
      gebiedsverbod: entity.gebiedsverbod,
      verzondenAanOmOp: entity.verzondenAanOmOp,
      versie: entity.versie,
    });
  }
}
