import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { AdviesEntity, GeadviseerdeVoorwaardeEntity } from '../entities/advies.entity';

import { BijzondereVoorwaardeType } from './enums';

@ObjectType({ description: 'A condition an advies proposes.' })
export class GeadviseerdeVoorwaarde {
  @Field(() => Int)
  volgnummer: number;

  @Field(() => BijzondereVoorwaardeType)
  type: BijzondereVoorwaardeType;

  @Field()
  toelichting: string;

  static from(entity: GeadviseerdeVoorwaardeEntity): GeadviseerdeVoorwaarde {
    return Object.assign(new GeadviseerdeVoorwaarde(), {
      volgnummer: entity.volgnummer,
      type: entity.type,
      toelichting: entity.toelichting,
    });
  }
}

@ObjectType({
  description:
    "A reclassering organisation's advies to its opdrachtgever on one person: for the organisation and, when OM ordered it, the officier van justitie.",
})
export class Advies {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field({ nullable: true, description: 'The advising reclassering organisation, e.g. reclassering:RN.' })
  organisatie: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field({ nullable: true, description: 'Organisation identifier of whoever asked for the advies, e.g. om.' })
  opdrachtgever: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => DatumScalar, { nullable: true })
  datum: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => String, {
    nullable: true,
    description: 'The DJI inrichting where the person was held when advised, e.g. dji:PI-VUGHT.',
  })
  inrichting: string | null;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field({ nullable: true, description: "Whether the burgemeester's zienswijze was weighed in the advies." })
  zienswijzeBurgemeesterMeegewogen: boolean;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => String, { nullable: true })
  zienswijzeBurgemeesterToelichting: string | null;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field({ nullable: true, description: "Whether victims' interests were weighed in the advies." })
  slachtofferbelangenMeegewogen: boolean;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field({ nullable: true, description: "How victims' interests were weighed, or why they were not." })
  slachtofferbelangenToelichting: string;

  static from(entity: AdviesEntity): Advies {
    return Object.assign(new Advies(), {
      justitiabeleId: entity.justitiabeleId,
      id: entity.id,
      organisatie: entity.organisatie,
      opdrachtgever: entity.opdrachtgever,
      datum: entity.datum,
      inrichting: entity.inrichting,
      zienswijzeBurgemeesterMeegewogen: entity.zienswijzeBurgemeesterMeegewogen,
      zienswijzeBurgemeesterToelichting: entity.zienswijzeBurgemeesterToelichting,
      slachtofferbelangenMeegewogen: entity.slachtofferbelangenMeegewogen,
      slachtofferbelangenToelichting: entity.slachtofferbelangenToelichting,
    });
  }
}
