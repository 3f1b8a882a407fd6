import { BsnScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Directive, Field, ObjectType } from 'type-graphql';

import { Verblijf } from './verblijf.external';

/**
 * A person in the re-integration chain as the gemeente knows them: by BSN only, the chain id lives
 * with DJI. No GraphQL description, so the supergraph keeps DJI's without a composition hint.
 */
@Directive('@key(fields: "bsn")')
@ObjectType()
export class Justitiabele {
  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS', 'SOCIAAL_DOMEIN')
  @Field(() => BsnScalar, { nullable: true })
  bsn: string;

  // DJI's, handed over by the gateway for the signals that need it; the guard leaves an external field to its owner.
  @Directive('@external')
  @Field(() => Verblijf, { nullable: true })
  huidigVerblijf: Verblijf | null;

  @Directive('@external')
  @Field(() => Verblijf, { nullable: true })
  laatsteVerblijf: Verblijf | null;

  static from(bsn: string, dji: Partial<Pick<Justitiabele, 'huidigVerblijf' | 'laatsteVerblijf'>> = {}): Justitiabele {
    return Object.assign(new Justitiabele(), {
      bsn,
      huidigVerblijf: dji.huidigVerblijf ?? null,
      laatsteVerblijf: dji.laatsteVerblijf ?? null,
    });
  }
}
