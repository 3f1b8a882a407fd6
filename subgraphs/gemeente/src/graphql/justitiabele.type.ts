import { BsnScalar } from '@ketengraaf/subgraph-kit';
import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * A person in the re-integration chain as the gemeente knows them: by BSN only, the chain id lives
 * with DJI. No GraphQL description, so the supergraph keeps DJI's without a composition hint.
 */
@Directive('@key(fields: "bsn")')
@ObjectType()
export class Justitiabele {
  @Field(() => BsnScalar)
  bsn: string;

  static from(bsn: string): Justitiabele {
    return Object.assign(new Justitiabele(), { bsn });
  }
}
