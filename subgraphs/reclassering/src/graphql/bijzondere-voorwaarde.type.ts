import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { BijzondereVoorwaardeEntity } from '../entities/bijzondere-voorwaarde.entity';

import { BijzondereVoorwaardeType } from './enums';

@ObjectType({
  description:
    'A bijzondere voorwaarde supervised under a toezicht. Outside the own task and its opdrachtgever only the kind and period of a meldplicht or behandeling (art. 18a Pbw); its content tells of the delict.',
})
export class BijzondereVoorwaarde {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  /** The reclassering organisation that holds the toezicht, for the access policy. */
  bronhouder: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM', 'ART_18A_PBW')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM', 'ART_18A_PBW')
  @Field(() => BijzondereVoorwaardeType, { nullable: true })
  type: BijzondereVoorwaardeType;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field({ nullable: true })
  omschrijving: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => String, {
    nullable: true,
    description: 'LOCATIEVERBOD and ELEKTRONISCHE_MONITORING: the area concerned.',
  })
  gebied: string | null;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => String, { nullable: true, description: 'CONTACTVERBOD: whom the person may not contact.' })
  contactMet: string | null;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM', 'ART_18A_PBW')
  @Field(() => String, { nullable: true, description: 'MELDPLICHT: how often the person reports.' })
  meldfrequentie: string | null;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => String, { nullable: true, description: 'BEHANDELING and GEDRAGSINTERVENTIE: who provides it.' })
  instelling: string | null;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true })
  begindatum: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true, description: 'Null while it lasts as long as the toezicht.' })
  einddatum: string | null;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => Int, { nullable: true, description: 'Pass back as `verwachteVersie` when changing this voorwaarde.' })
  versie: number;

  static from(entity: BijzondereVoorwaardeEntity, justitiabeleId: string, bronhouder: string): BijzondereVoorwaarde {
    return Object.assign(new BijzondereVoorwaarde(), {
      justitiabeleId,
      bronhouder,
      id: entity.id,
      type: entity.type,
      omschrijving: entity.omschrijving,
      gebied: entity.gebied,
      contactMet: entity.contactMet,
      meldfrequentie: entity.meldfrequentie,
      instelling: entity.instelling,
      begindatum: entity.begindatum,
      einddatum: entity.einddatum,
      versie: entity.versie,
    });
  }
}
