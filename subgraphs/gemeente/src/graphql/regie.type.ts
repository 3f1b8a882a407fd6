import { DatumScalar, Signaal } from '@ketengraaf/subgraph-kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { RegieFase } from '../domain/regie';

registerEnumType(RegieFase, {
  name: 'RegieFase',
  description: 'Where the person is in the chain, as regie follows it.',
  valuesConfig: {
    DETENTIE: { description: 'DJI holds the person and has casusregie.' },
    NA_UITSTROOM: { description: 'The person has left detention.' },
    ONBEKEND: { description: 'DJI shows the caller no stay of the person.' },
  },
});

@ObjectType({
  description:
    "Who has casusregie and procesregie over the person now, and since when, derived from DJI's last stay and the gemeente's dossiers (seed 000 l. 43–48).",
})
export class Regie {
  @Field(() => RegieFase)
  fase: RegieFase;

  @Field(() => String, {
    nullable: true,
    description:
      '`dji` during detention; after uitstroom `reclassering` where a justitieel kader applies, otherwise the gemeente with an open dossier (`gemeente:0344`); null for none, or more than one (see `signalen`).',
  })
  casusregie: string | null;

  @Field(() => DatumScalar, { nullable: true })
  casusregieSinds: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The gemeente (`gemeente:0344`) or its Zorg- en Veiligheidshuis (`zvh:…`), as the open dossier says.',
  })
  procesregie: string | null;

  @Field(() => DatumScalar, { nullable: true })
  procesregieSinds: string | null;

  @Field(() => [Signaal], { description: 'After uitstroom: REGIE_NA_UITSTROOM (met, or a gap) or REGIE_CONFLICT.' })
  signalen: Signaal[];
}
