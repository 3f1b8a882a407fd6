import { DatumScalar, Doelbinding, GemeentecodeScalar } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { SlachtofferomgevingColumns, StrafzaakEntity } from '../entities/strafzaak.entity';

import { Delictcategorie } from './enums';

@ObjectType({
  description:
    'Whether a victim or surviving relatives live in the direct surroundings of where the person would live. Delict information.',
})
export class Slachtofferomgeving {
  @Field()
  inDirecteWoonomgeving: boolean;

  @Field(() => GemeentecodeScalar, { nullable: true, description: 'The gemeente where that is so.' })
  gemeentecode: string | null;

  /** Null while OM has not recorded it. */
  static from(columns: SlachtofferomgevingColumns): Slachtofferomgeving | null {
    return columns.inDirecteWoonomgeving === null
      ? null
      : Object.assign(new Slachtofferomgeving(), {
          inDirecteWoonomgeving: columns.inDirecteWoonomgeving,
          gemeentecode: columns.gemeentecode,
        });
  }
}

@ObjectType({ description: "OM's case against the person, by parketnummer. OM's own record." })
export class Strafzaak {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true })
  parketnummer: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => Delictcategorie, { nullable: true })
  delictcategorie: Delictcategorie;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => Slachtofferomgeving, { nullable: true, description: 'Null until OM recorded it.' })
  slachtofferomgeving: Slachtofferomgeving | null;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, {
    nullable: true,
    description:
      "The day the case's voorwaardelijke invrijheidstelling falls, as OM computed it; null while unknown. The VI-beslissing is due a term before it (`VI_BESLISSING`).",
  })
  viDatum: string | null;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => Int, {
    nullable: true,
    description: 'Pass back as `verwachteVersie` when changing the delictcategorie, slachtofferomgeving or VI-datum.',
  })
  versie: number;

  static from(entity: StrafzaakEntity): Strafzaak {
    return Object.assign(new Strafzaak(), {
      justitiabeleId: entity.justitiabeleId,
      id: entity.id,
      parketnummer: entity.parketnummer,
      delictcategorie: entity.delictcategorie,
      slachtofferomgeving: Slachtofferomgeving.from(entity.slachtofferomgeving),
      viDatum: entity.viDatum,
      versie: entity.versie,
    });
  }
}
