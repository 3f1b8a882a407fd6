import { connectionOf, DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { ScreeningmeldingSoort } from '../entities/screeningmelding.entity';
import type { GemeldeHulpvraagRow, ScreeningmeldingEntity } from '../entities/screeningmelding.entity';

registerEnumType(ScreeningmeldingSoort, {
  name: 'ScreeningmeldingSoort',
  description: "INFORMATIEVERZOEK: DJI's casemanager asks for information for the screening; HULPVRAGEN: its outcome.",
});

@ObjectType('ScreeningHulpvraag', {
  description: 'A hulpvraag per basisvoorwaarde or sociaal netwerk, as DJI told it.',
})
export class ScreeningHulpvraag {
  @Field({ description: 'The basisvoorwaarde or SOCIAAL_NETWERK.' })
  domein: string;

  @Field()
  hulpvraag: boolean;

  @Field(() => String, { nullable: true })
  toelichting: string | null;
}

@ObjectType({
  description:
    "DJI's casemanager's request for information for the screening, or its hulpvragen, as DJI's melding told the organisation it recorded as involved (art. 18a Pbw): work for its adviseurs and toezichthouders.",
})
export class Screeningmelding {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: 'The reclassering organisation DJI told, e.g. reclassering:RN.' })
  organisatie: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: 'The DJI location that sent it, e.g. dji:PI-VUGHT.' })
  afzender: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => ScreeningmeldingSoort, { nullable: true })
  soort: ScreeningmeldingSoort;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true, description: 'The day by which the screening is due (a request).' })
  screeningUiterlijk: string | null;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true, description: 'The day of the screening (its hulpvragen).' })
  screeningdatum: string | null;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => [ScreeningHulpvraag], { nullable: true })
  hulpvragen: ScreeningHulpvraag[] | null;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true, description: 'The day DJI sent it.' })
  gemeldOp: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: "DJI's reference to the stay (verblijf/<id>)." })
  referentie: string;

  static from(entity: ScreeningmeldingEntity): Screeningmelding {
    return Object.assign(new Screeningmelding(), {
      justitiabeleId: entity.justitiabeleId,
      id: entity.id,
      organisatie: entity.organisatie,
      afzender: entity.afzender,
      soort: entity.soort,
      screeningUiterlijk: entity.screeningUiterlijk,
      screeningdatum: entity.screeningdatum,
      hulpvragen:
        entity.hulpvragen?.map((vraag: GemeldeHulpvraagRow) => Object.assign(new ScreeningHulpvraag(), vraag)) ?? null,
      gemeldOp: entity.gemeldOp,
      referentie: entity.referentie,
    });
  }
}

export const ScreeningmeldingConnection = connectionOf(Screeningmelding, 'Screeningmelding');
