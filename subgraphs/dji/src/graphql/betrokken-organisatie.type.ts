import { DatumScalar } from '@ketengraaf/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

import type { BetrokkenOrganisatieEntity } from '../entities/betrokken-organisatie.entity';

import { BetrokkenheidAanleiding } from './enums';

@ObjectType({
  description:
    'A reclassering organisation DJI recorded as taking part in the re-integration of a verblijf, from instroom on.',
})
export class BetrokkenOrganisatie {
  @Field({ description: 'Organisation identifier, e.g. reclassering:RN.' })
  organisatie: string;

  @Field(() => BetrokkenheidAanleiding)
  aanleiding: BetrokkenheidAanleiding;

  @Field(() => DatumScalar, { description: 'Since when DJI knows of the involvement.' })
  datum: string;

  static from(entity: BetrokkenOrganisatieEntity): BetrokkenOrganisatie {
    return Object.assign(new BetrokkenOrganisatie(), {
      organisatie: entity.organisatie,
      aanleiding: entity.aanleiding,
      datum: entity.datum,
    });
  }
}
