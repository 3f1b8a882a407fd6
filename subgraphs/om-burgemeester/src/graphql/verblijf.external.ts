import { DatumScalar, GemeentecodeScalar } from '@ketengraaf/subgraph-kit';
import { Directive, Field, ObjectType } from 'type-graphql';

/** The gemeente of return DJI registered on a stay, as far as the BIJ norm needs it: DJI's (`@external`). */
@ObjectType({ description: 'A gemeente of origin or return as DJI registered it, or why there is none.' })
export class GemeenteRegistratie {
  @Directive('@external')
  @Field(() => GemeentecodeScalar, { nullable: true })
  gemeentecode: string | null;
}

/**
 * DJI's current stay, as far as the expected BIJ-melding needs it: DJI owns and guards these
 * fields (`@external`); the gateway fetches them from DJI with the caller's own token and hands
 * them to this subgraph with the person (`@requires`). Nothing of it is stored here.
 */
@ObjectType({ description: 'One stay in detention, from instroom to uitstroom.' })
export class Verblijf {
  @Directive('@external')
  @Field(() => DatumScalar, { nullable: true })
  instroomdatum: string | null;

  @Directive('@external')
  @Field(() => DatumScalar, { nullable: true })
  verwachteUitstroomdatum: string | null;

  @Directive('@external')
  @Field(() => GemeenteRegistratie, { nullable: true })
  terugkeer: GemeenteRegistratie | null;
}
