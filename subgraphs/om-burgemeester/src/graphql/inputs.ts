import { DatumScalar, GemeentecodeScalar } from '@ketengraaf/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';

import {
  BijGrondslag,
  BijMeldingSoort,
  Delictcategorie,
  StukSoort,
  VerstrekkingBesluit,
  VerstrekkingOnderdeel,
} from './enums';

@InputType({ description: "A case's delictcategorie; registers the case when its parketnummer is new." })
export class DelictcategorieInput {
  @Field(() => ID, { description: 'The strafrechtsketennummer of the person the case is against.' })
  justitiabeleId: string;

  @Field({ description: "OM's case number, e.g. 13/123456-26." })
  parketnummer: string;

  @Field(() => Delictcategorie)
  delictcategorie: Delictcategorie;

  @Field(() => Int, { description: "The case's `versie` this change is based on; 0 for a new case." })
  verwachteVersie: number;
}

@InputType({ description: 'Whether a victim lives in the direct surroundings; replaces what was recorded.' })
export class SlachtofferomgevingInput {
  @Field(() => ID)
  zaakId: string;

  @Field(() => Int, { description: "The case's `versie` this change is based on." })
  verwachteVersie: number;

  @Field()
  inDirecteWoonomgeving: boolean;

  @Field(() => GemeentecodeScalar, {
    nullable: true,
    description: 'The gemeente where it is so; required when inDirecteWoonomgeving.',
  })
  gemeentecode?: string | null;
}

@InputType({
  description: "The day a case's VI falls, as OM computed it from the sentence; replaces what was recorded.",
})
export class ViDatumInput {
  @Field(() => ID)
  zaakId: string;

  @Field(() => Int, { description: "The case's `versie` this change is based on." })
  verwachteVersie: number;

  @Field(() => DatumScalar)
  viDatum: string;
}

@InputType({ description: 'A VI-beslissing in a case: the proeftijd in months or as an end date, not both.' })
export class ViBeslissingInput {
  @Field(() => ID)
  zaakId: string;

  @Field(() => DatumScalar, { description: 'The day OM decided.' })
  datum: string;

  @Field(() => DatumScalar, { description: 'The day of the conditional release; not before `datum`.' })
  ingangsdatum: string;

  @Field(() => [String], { description: 'The conditions, in order; at least one.' })
  voorwaarden: string[];

  @Field(() => Int, { nullable: true, description: 'The proeftijd in months from the ingangsdatum.' })
  proeftijdMaanden?: number | null;

  @Field(() => DatumScalar, { nullable: true, description: 'The end of the proeftijd; after the ingangsdatum.' })
  proeftijdEinddatum?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The reclassering organisation OM assigns to supervise the conditions (reclassering:RN, reclassering:SVG or reclassering:LJ&R); its toezichthouders read this decision.',
  })
  toezichthoudendeOrganisatie?: string | null;
}

@InputType()
export class HerroepingInput {
  @Field(() => ID)
  viBeslissingId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => DatumScalar, { description: 'Not before the VI-beslissing, not after its proeftijd.' })
  datum: string;

  @Field()
  reden: string;
}

@InputType()
export class VervroegingInput {
  @Field(() => ID)
  viBeslissingId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => DatumScalar, {
    description: 'The new, earlier day of the conditional release; not before the VI-beslissing.',
  })
  ingangsdatum: string;
}

@InputType()
export class OpdrachtTotAdviesInput {
  @Field(() => ID)
  zaakId: string;

  @Field({ description: 'reclassering:RN, reclassering:SVG or reclassering:LJ&R.' })
  organisatie: string;

  @Field(() => DatumScalar)
  datum: string;

  @Field()
  vraag: string;
}

@InputType({ description: "The officier's decision on giving items of a case's strafdossier to a burgemeester." })
export class VerstrekkingInput {
  @Field(() => ID)
  zaakId: string;

  @Field({ description: 'The burgemeester, e.g. burgemeester:0363.' })
  burgemeester: string;

  @Field(() => VerstrekkingBesluit)
  besluit: VerstrekkingBesluit;

  @Field({ description: 'Why giving (or refusing) this is proportional and subsidiary; required.' })
  reden: string;

  @Field(() => DatumScalar)
  datum: string;

  @Field(() => [VerstrekkingOnderdeel], {
    description: 'The items asked for or given; at least one when VERSTREKT, each at most once.',
  })
  onderdelen: VerstrekkingOnderdeel[];
}

@InputType({ description: 'A BIJ-melding as Justid delivers it. Delivering the same kenmerk again writes nothing.' })
export class BijMeldingInput {
  @Field({ description: "Justid's reference of the melding." })
  kenmerk: string;

  @Field(() => ID, { description: 'The strafrechtsketennummer.' })
  justitiabeleId: string;

  @Field(() => BijMeldingSoort)
  soort: BijMeldingSoort;

  @Field(() => DatumScalar, { description: 'The day of return, or of the verlof.' })
  terugkeerdatum: string;

  @Field(() => GemeentecodeScalar)
  terugkeergemeente: string;

  @Field(() => Delictcategorie)
  delictcategorie: Delictcategorie;

  @Field(() => BijGrondslag)
  grondslag: BijGrondslag;

  @Field()
  onherroepelijk: boolean;

  @Field()
  gemeenteNeemtDeel: boolean;

  @Field(() => DatumScalar, { description: 'The day the burgemeester received it.' })
  ontvangenOp: string;
}

@InputType({ description: "A zienswijze of the caller's burgemeester on the VI-conditions of a person." })
export class ZienswijzeInput {
  @Field(() => ID)
  justitiabeleId: string;

  @Field(() => DatumScalar)
  datum: string;

  @Field()
  tekst: string;

  @Field(() => String, { nullable: true, description: 'A suggested gebiedsverbod, described.' })
  gebiedsverbod?: string | null;
}

@InputType({ description: 'Changes a zienswijze not yet sent to OM.' })
export class ZienswijzeWijzigingInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field()
  tekst: string;

  @Field(() => String, { nullable: true })
  gebiedsverbod?: string | null;
}

@InputType({ description: "An omgevingsanalyse of the caller's burgemeester on the surroundings a person returns to." })
export class OmgevingsanalyseInput {
  @Field(() => ID)
  justitiabeleId: string;

  @Field(() => DatumScalar)
  datum: string;

  @Field()
  bevindingen: string;
}

@InputType({ description: 'Changes an omgevingsanalyse not yet sent to OM.' })
export class OmgevingsanalyseWijzigingInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field()
  bevindingen: string;
}

@InputType({
  description: 'Sends a zienswijze or omgevingsanalyse to OM; from then on OM reads it and it no longer changes.',
})
export class StuurNaarOmInput {
  @Field(() => StukSoort)
  stuk: StukSoort;

  @Field(() => ID)
  id: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => DatumScalar, { description: 'Not before the date of the document.' })
  verzondenOp: string;
}
