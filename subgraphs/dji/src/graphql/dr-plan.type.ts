import { Basisvoorwaarde, DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { DrAfspraakEntity, DrPlanEntity } from '../entities/dr-plan.entity';

import { AfspraakStatus, Regiehouder } from './enums';

@ObjectType({ description: 'One agreement in a D&R-plan.' })
export class DrAfspraak {
  @Field(() => Int)
  volgnummer: number;

  @Field(() => Basisvoorwaarde)
  basisvoorwaarde: Basisvoorwaarde;

  @Field()
  omschrijving: string;

  @Field({ description: 'Organisation identifier of the responsible party, e.g. gemeente:0363.' })
  verantwoordelijkePartij: string;

  @Field(() => DatumScalar, { nullable: true })
  deadline: string | null;

  @Field(() => AfspraakStatus)
  status: AfspraakStatus;

  static from(entity: DrAfspraakEntity): DrAfspraak {
    return Object.assign(new DrAfspraak(), {
      volgnummer: entity.volgnummer,
      basisvoorwaarde: entity.basisvoorwaarde,
      omschrijving: entity.omschrijving,
      verantwoordelijkePartij: entity.verantwoordelijkePartij,
      deadline: entity.deadline,
      status: entity.status,
    });
  }
}

@ObjectType({ description: 'One version of the Detentie & Re-integratieplan. Versions are never changed.' })
export class DrPlan {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => Int, { nullable: true })
  versie: number;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => Regiehouder, { nullable: true })
  regie: Regiehouder;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => [String], { nullable: true, description: 'Organisation identifiers of the parties taking part.' })
  deelnemendeOrganisaties: string[];

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field({ nullable: true, description: 'Whether the person took part in making this plan.' })
  justitiabeleBetrokken: boolean;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => String, { nullable: true, description: "The person's own wishes, in their words." })
  wensenJustitiabele: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true })
  vastgesteldOp: string;

  static from(entity: DrPlanEntity, justitiabeleId: string): DrPlan {
    return Object.assign(new DrPlan(), {
      justitiabeleId,
      id: entity.id,
      versie: entity.versie,
      regie: entity.regie,
      deelnemendeOrganisaties: entity.deelnemendeOrganisaties,
      justitiabeleBetrokken: entity.justitiabeleBetrokken,
      wensenJustitiabele: entity.wensenJustitiabele,
      vastgesteldOp: entity.vastgesteldOp,
    });
  }
}
