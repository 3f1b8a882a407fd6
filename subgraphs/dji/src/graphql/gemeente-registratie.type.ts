import { gemeenten, GemeentecodeScalar } from '@ketengraaf/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

import type { GemeenteRegistratie as GemeenteRegistratieColumns } from '../entities/gemeente-registratie';

import { GemeenteRegistratieSoort } from './enums';

@ObjectType({ description: 'A gemeente of origin or return as DJI registered it, or why there is none.' })
export class GemeenteRegistratie {
  @Field(() => GemeenteRegistratieSoort)
  soort: GemeenteRegistratieSoort;

  @Field(() => GemeentecodeScalar, { nullable: true })
  gemeentecode: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the gemeente in the CBS indeling, when the code is current.',
  })
  gemeentenaam: string | null;

  @Field(() => String, { nullable: true, description: 'The country, when the person came from or returns abroad.' })
  land: string | null;

  static from(columns: GemeenteRegistratieColumns): GemeenteRegistratie {
    return Object.assign(new GemeenteRegistratie(), {
      soort: columns.soort,
      gemeentecode: columns.gemeentecode,
      gemeentenaam: columns.gemeentecode ? (gemeenten().get(columns.gemeentecode)?.naam ?? null) : null,
      land: columns.land,
    });
  }
}
