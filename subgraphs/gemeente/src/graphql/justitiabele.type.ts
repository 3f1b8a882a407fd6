import { BsnScalar, Doelbinding, Signaal } from '@ketengraaf/subgraph-kit';
import { Directive, Field, ObjectType } from 'type-graphql';

import { Verblijf } from './verblijf.external';

/** The other parties' fields the gateway hands over with the person for `@requires`. */
export type HandedOver =
  | 'huidigVerblijf'
  | 'laatsteVerblijf'
  | 'detentieSignalen'
  | 'bijSignalen'
  | 'bijVerwachtSignalen'
  | 'zaakSignalen';

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

  // The other parties' signals, each guarded by its owner, handed over for `signalen`; null where the owner refused them.
  @Directive('@external')
  @Field(() => [Signaal], { nullable: true })
  detentieSignalen: unknown;

  @Directive('@external')
  @Field(() => [Signaal], { nullable: true })
  bijSignalen: unknown;

  @Directive('@external')
  @Field(() => [Signaal], { nullable: true })
  bijVerwachtSignalen: unknown;

  @Directive('@external')
  @Field(() => [Signaal], { nullable: true })
  zaakSignalen: unknown;

  static from(bsn: string, handedOver: Partial<Pick<Justitiabele, HandedOver>> = {}): Justitiabele {
    return Object.assign(new Justitiabele(), {
      bsn,
      huidigVerblijf: handedOver.huidigVerblijf ?? null,
      laatsteVerblijf: handedOver.laatsteVerblijf ?? null,
      detentieSignalen: handedOver.detentieSignalen ?? null,
      bijSignalen: handedOver.bijSignalen ?? null,
      bijVerwachtSignalen: handedOver.bijVerwachtSignalen ?? null,
      zaakSignalen: handedOver.zaakSignalen ?? null,
    });
  }
}
