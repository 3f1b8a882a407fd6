import { BsnScalar, DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

import type { JustitiabeleEntity } from '../entities/justitiabele.entity';

@ObjectType({ description: 'Personalia as DJI registered them at intake.' })
export class Personalia {
  @Field()
  voornamen: string;

  @Field()
  achternaam: string;

  @Field(() => DatumScalar)
  geboortedatum: string;
}

@Directive('@key(fields: "id")')
@Directive('@key(fields: "bsn")')
@ObjectType({ description: 'A person in the re-integration chain. DJI knows them by chain id and by BSN.' })
export class Justitiabele {
  // Justid's BIJ desk names the person by it in its melding (art. 11a Bjsg); never the BSN or personalia.
  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW', 'ART_11A_BJSG')
  @Field(() => ID, { nullable: true, description: 'The strafrechtsketennummer (SKN).' })
  id: string;

  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW')
  @Field(() => BsnScalar, { nullable: true })
  bsn: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => Personalia, { nullable: true })
  personalia: Personalia;

  static from(entity: JustitiabeleEntity): Justitiabele {
    return Object.assign(new Justitiabele(), {
      id: entity.id,
      bsn: entity.bsn,
      personalia: {
        voornamen: entity.voornamen,
        achternaam: entity.achternaam,
        geboortedatum: entity.geboortedatum,
      },
    });
  }
}
