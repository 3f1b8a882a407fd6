import { Doelbinding } from '@ketengraaf/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

import { Verblijf } from './verblijf.external';

/**
 * A person in the re-integration chain as OM and the burgemeesters know them: by chain id. No
 * GraphQL description, so the supergraph keeps DJI's without a composition hint.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Justitiabele {
  // The most specific ground first: it is the one a read is logged under.
  @Doelbinding('ART_11A_BJSG', 'AANWIJZING_WJSG', 'OPDRACHT_OM', 'EIGEN_TAAK')
  @Field(() => ID, { nullable: true })
  id: string;

  // DJI's, handed over by the gateway for the expected BIJ-melding; the guard leaves an external field to its owner.
  @Directive('@external')
  @Field(() => Verblijf, { nullable: true })
  huidigVerblijf: Verblijf | null;

  static from(id: string, huidigVerblijf: Verblijf | null = null): Justitiabele {
    return Object.assign(new Justitiabele(), { id, huidigVerblijf });
  }
}
