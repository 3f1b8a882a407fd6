import { ContactpersoonInput, DatumScalar, GemeentecodeScalar } from '@ketengraaf/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';

import { BijzondereVoorwaardeType, NalevingUitkomst, Risiconiveau } from './enums';

@InputType({ description: 'A condition the advies proposes.' })
export class GeadviseerdeVoorwaardeInput {
  @Field(() => BijzondereVoorwaardeType)
  type: BijzondereVoorwaardeType;

  @Field({ description: 'What the condition should hold and why.' })
  toelichting: string;
}

@InputType({ description: "A reclassering organisation's advies on one person." })
export class AdviesInput {
  @Field(() => ID, { description: 'The strafrechtsketennummer.' })
  justitiabeleId: string;

  @Field({ description: "The advising organisation: the caller's own, e.g. reclassering:RN." })
  organisatie: string;

  @Field({ description: 'Organisation identifier of whoever asked for the advies, e.g. om.' })
  opdrachtgever: string;

  @Field(() => DatumScalar)
  datum: string;

  @Field(() => String, {
    nullable: true,
    description: 'The DJI inrichting where the person is held, e.g. dji:PI-VUGHT; left out when not detained.',
  })
  inrichting?: string | null;

  @Field(() => [GeadviseerdeVoorwaardeInput])
  geadviseerdeVoorwaarden: GeadviseerdeVoorwaardeInput[];

  @Field()
  zienswijzeBurgemeesterMeegewogen: boolean;

  @Field(() => String, { nullable: true })
  zienswijzeBurgemeesterToelichting?: string | null;

  @Field()
  slachtofferbelangenMeegewogen: boolean;

  @Field({ description: "How victims' interests were weighed, or why they were not." })
  slachtofferbelangenToelichting: string;
}

@InputType({ description: 'A new toezicht of one reclassering organisation on one person.' })
export class ToezichtInput {
  @Field(() => ID, { description: 'The strafrechtsketennummer.' })
  justitiabeleId: string;

  @Field({
    description:
      "The supervising organisation, the caller's own: reclassering:RN, reclassering:SVG or reclassering:LJ&R.",
  })
  organisatie: string;

  @Field({ description: 'Organisation identifier of whoever ordered the toezicht, e.g. om.' })
  opdrachtgever: string;

  @Field(() => DatumScalar)
  begindatum: string;

  @Field(() => DatumScalar, { nullable: true, description: 'The planned end, when known; not before `begindatum`.' })
  einddatum?: string | null;

  @Field(() => ContactpersoonInput)
  toezichthouder: ContactpersoonInput;

  @Field({ description: "The toezichthouder's user id (`sub`), whose werkvoorraad will hold the toezicht." })
  toezichthouderGebruiker: string;

  @Field(() => [String], {
    description: "The DJI location (dji:…) and gemeenten (gemeente:…) the reclassering works with on the person's D&R.",
  })
  ketenpartners: string[];

  @Field(() => GemeentecodeScalar, { nullable: true, description: 'Where the person lives or returns to.' })
  woongemeente?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The DJI inrichting where the person is held while the toezicht is prepared before release, e.g. dji:PI-VUGHT; left out once released.',
  })
  inrichting?: string | null;
}

@InputType({
  description: 'Replaces the toezichthouder, ketenpartners, woongemeente and inrichting of a lopend toezicht.',
})
export class ToezichtWijzigingInput {
  @Field(() => ID)
  toezichtId: string;

  @Field(() => Int, { description: "The toezicht's `versie` this change is based on." })
  verwachteVersie: number;

  @Field(() => ContactpersoonInput)
  toezichthouder: ContactpersoonInput;

  @Field()
  toezichthouderGebruiker: string;

  @Field(() => [String])
  ketenpartners: string[];

  @Field(() => GemeentecodeScalar, { nullable: true, description: 'Left out when unknown.' })
  woongemeente?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The DJI inrichting where the person is held while the toezicht is prepared before release, e.g. dji:PI-VUGHT; left out once released.',
  })
  inrichting?: string | null;
}

@InputType()
export class BeeindigingInput {
  @Field(() => ID)
  toezichtId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => DatumScalar, { description: 'Voorwaarden still running end on this day too.' })
  einddatum: string;
}

@InputType({ description: 'A bijzondere voorwaarde added to a lopend toezicht, with the details its type needs.' })
export class BijzondereVoorwaardeInput {
  @Field(() => ID)
  toezichtId: string;

  @Field(() => Int, { description: "The toezicht's `versie` this voorwaarde is added to." })
  verwachteVersie: number;

  @Field(() => BijzondereVoorwaardeType)
  type: BijzondereVoorwaardeType;

  @Field()
  omschrijving: string;

  @Field(() => String, {
    nullable: true,
    description: 'LOCATIEVERBOD (required) and ELEKTRONISCHE_MONITORING: the area concerned.',
  })
  gebied?: string | null;

  @Field(() => String, { nullable: true, description: 'CONTACTVERBOD (required): whom the person may not contact.' })
  contactMet?: string | null;

  @Field(() => String, { nullable: true, description: 'MELDPLICHT (required): how often the person reports.' })
  meldfrequentie?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'BEHANDELING (required) and GEDRAGSINTERVENTIE: who provides it.',
  })
  instelling?: string | null;

  @Field(() => DatumScalar, { description: 'Not before the begin of the toezicht.' })
  begindatum: string;

  @Field(() => DatumScalar, {
    nullable: true,
    description: 'Not after the end of the toezicht; left out, it lasts as long as the toezicht.',
  })
  einddatum?: string | null;
}

@InputType({ description: 'Replaces what a bijzondere voorwaarde holds; its type and begin stay.' })
export class BijzondereVoorwaardeWijzigingInput {
  @Field(() => ID)
  voorwaardeId: string;

  @Field(() => Int, { description: "The voorwaarde's `versie` this change is based on." })
  verwachteVersie: number;

  @Field()
  omschrijving: string;

  @Field(() => String, { nullable: true })
  gebied?: string | null;

  @Field(() => String, { nullable: true })
  contactMet?: string | null;

  @Field(() => String, { nullable: true })
  meldfrequentie?: string | null;

  @Field(() => String, { nullable: true })
  instelling?: string | null;

  @Field(() => DatumScalar, { nullable: true })
  einddatum?: string | null;
}

@InputType({ description: 'One check of a bijzondere voorwaarde; an overtreding is reported to OM.' })
export class NalevingInput {
  @Field(() => ID)
  voorwaardeId: string;

  @Field(() => DatumScalar, { description: 'Within the period of the voorwaarde.' })
  datum: string;

  @Field(() => NalevingUitkomst)
  uitkomst: NalevingUitkomst;

  @Field(() => String, { nullable: true, description: 'Required for an overtreding.' })
  toelichting?: string | null;
}

@InputType()
export class RisicotaxatieInput {
  @Field(() => ID, { description: 'The strafrechtsketennummer.' })
  justitiabeleId: string;

  @Field(() => DatumScalar)
  datum: string;

  @Field({ description: 'The instrument used, e.g. RISc.' })
  instrument: string;

  @Field(() => Risiconiveau)
  recidiverisico: Risiconiveau;

  @Field(() => Risiconiveau)
  gevaarrisico: Risiconiveau;
}
