import { Doelbinding } from '@ketengraaf/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A person in the re-integration chain as the reclassering knows them: by strafrechtsketennummer
 * only, the BSN lives with DJI. No GraphQL description, so the supergraph keeps DJI's without a
 * composition hint.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Justitiabele {
  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM', 'ART_18A_PBW', 'ART_18B_PBW')
  @Field(() => ID, { nullable: true })
  id: string;

  static from(id: string): Justitiabele {
    return Object.assign(new Justitiabele(), { id });
  }
}
