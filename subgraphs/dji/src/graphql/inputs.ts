import {
  Basisvoorwaarde,
  BsnScalar,
  ContactpersoonInput,
  DatumScalar,
  GemeentecodeScalar,
} from '@ketengraaf/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';

import {
  AfspraakStatus,
  BetrokkenheidAanleiding,
  ExtramuraleFaseSoort,
  GemeenteRegistratieSoort,
  Regiehouder,
  TerugkeerwijzigingReden,
  Titel,
  VerlofSoort,
} from './enums';

@InputType()
export class PersonaliaInput {
  @Field()
  voornamen: string;

  @Field()
  achternaam: string;

  @Field(() => DatumScalar)
  geboortedatum: string;
}

@InputType({ description: 'A gemeente, or why there is none: GEMEENTE needs a gemeentecode, BUITENLAND a land.' })
export class GemeenteRegistratieInput {
  @Field(() => GemeenteRegistratieSoort)
  soort: GemeenteRegistratieSoort;

  @Field(() => GemeentecodeScalar, { nullable: true })
  gemeentecode?: string | null;

  @Field(() => String, { nullable: true })
  land?: string | null;
}

@InputType()
export class InstroomInput {
  @Field(() => ID, { description: 'The strafrechtsketennummer.' })
  id: string;

  @Field(() => BsnScalar)
  bsn: string;

  @Field(() => PersonaliaInput)
  personalia: PersonaliaInput;

  @Field(() => DatumScalar)
  instroomdatum: string;

  @Field(() => DatumScalar, { nullable: true })
  verwachteUitstroomdatum?: string | null;

  @Field(() => DatumScalar, { nullable: true })
  viDatum?: string | null;

  @Field(() => Titel)
  titel: Titel;

  @Field(() => ID, { description: 'Code of the inrichting, e.g. HVB-ZAANSTAD.' })
  inrichting: string;

  @Field(() => GemeenteRegistratieInput)
  herkomst: GemeenteRegistratieInput;

  @Field(() => GemeenteRegistratieInput)
  terugkeer: GemeenteRegistratieInput;

  @Field(() => ContactpersoonInput)
  casemanager: ContactpersoonInput;
}

@InputType()
export class OverplaatsingInput {
  @Field(() => ID)
  verblijfId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => ID)
  naarInrichting: string;

  @Field(() => DatumScalar)
  datum: string;

  @Field(() => ContactpersoonInput)
  casemanager: ContactpersoonInput;
}

@InputType()
export class UitstroomInput {
  @Field(() => ID)
  verblijfId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => DatumScalar)
  uitstroomdatum: string;
}

@InputType({
  description: 'An unexpected early release (a court ruling, for instance): the stay ends before its expected end.',
})
export class VervroegdeInvrijheidstellingInput {
  @Field(() => ID)
  verblijfId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => DatumScalar, { description: 'The day the person is released: before the expected uitstroom.' })
  uitstroomdatum: string;
}

@InputType()
export class VerwachteUitstroomInput {
  @Field(() => ID)
  verblijfId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => DatumScalar, { nullable: true })
  verwachteUitstroomdatum: string | null;

  @Field(() => DatumScalar, { nullable: true })
  viDatum: string | null;
}

@InputType()
export class HulpvraagInput {
  @Field(() => Basisvoorwaarde)
  domein: Basisvoorwaarde;

  @Field()
  hulpvraag: boolean;

  @Field(() => String, { nullable: true })
  toelichting?: string | null;
}

@InputType()
export class ScreeningInput {
  @Field(() => ID)
  verblijfId: string;

  @Field(() => DatumScalar)
  datum: string;

  @Field(() => [HulpvraagInput], {
    description: 'One per basisvoorwaarde and sociaal netwerk; each domain at most once.',
  })
  hulpvragen: HulpvraagInput[];

  @Field()
  reflectorAfgenomen: boolean;

  @Field(() => String, { nullable: true })
  taaltoetsNiveau?: string | null;

  @Field(() => Int, { nullable: true })
  scilScore?: number | null;
}

@InputType()
export class DrAfspraakInput {
  @Field(() => Basisvoorwaarde)
  basisvoorwaarde: Basisvoorwaarde;

  @Field()
  omschrijving: string;

  @Field({ description: 'Organisation identifier, e.g. gemeente:0363.' })
  verantwoordelijkePartij: string;

  @Field(() => DatumScalar, { nullable: true })
  deadline?: string | null;

  @Field(() => AfspraakStatus)
  status: AfspraakStatus;
}

@InputType({ description: 'A new version of the D&R-plan of a verblijf.' })
export class DrPlanInput {
  @Field(() => ID)
  verblijfId: string;

  @Field(() => Int, { description: 'The plan version this one replaces; 0 for the first plan.' })
  verwachteVersie: number;

  @Field(() => Regiehouder)
  regie: Regiehouder;

  @Field(() => [String])
  deelnemendeOrganisaties: string[];

  @Field()
  justitiabeleBetrokken: boolean;

  @Field(() => String, { nullable: true })
  wensenJustitiabele?: string | null;

  @Field(() => DatumScalar)
  vastgesteldOp: string;

  @Field(() => [DrAfspraakInput])
  afspraken: DrAfspraakInput[];
}

@InputType()
export class MdoInput {
  @Field(() => ID)
  verblijfId: string;

  @Field(() => DatumScalar)
  datum: string;

  @Field(() => [String], { description: 'Organisation identifiers of those who attended.' })
  deelnemers: string[];

  @Field()
  justitiabeleAanwezig: boolean;
}

@InputType()
export class BetrokkenOrganisatieInput {
  @Field(() => ID)
  verblijfId: string;

  @Field({ description: 'A reclassering organisation: reclassering:RN, reclassering:SVG or reclassering:LJ&R.' })
  organisatie: string;

  @Field(() => BetrokkenheidAanleiding)
  aanleiding: BetrokkenheidAanleiding;

  @Field(() => DatumScalar, { description: 'Since when DJI knows of the involvement.' })
  datum: string;
}

@InputType({ description: 'Which verblijven to list. Without `inclusiefUitgestroomd` only current ones.' })
export class VerblijfFilter {
  @Field(() => ID, { nullable: true })
  inrichting?: string | null;

  @Field(() => GemeentecodeScalar, { nullable: true })
  terugkeergemeente?: string | null;

  @Field(() => DatumScalar, { nullable: true, description: 'Expected uitstroom on or after this date.' })
  uitstroomVanaf?: string | null;

  @Field(() => DatumScalar, { nullable: true, description: 'Expected uitstroom on or before this date.' })
  uitstroomTot?: string | null;

  @Field({ defaultValue: false })
  inclusiefUitgestroomd: boolean;
}

@InputType({ description: "A changed gemeente of return of a current verblijf, with DJI's reason." })
export class TerugkeergemeenteWijzigingInput {
  @Field(() => ID)
  verblijfId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => GemeenteRegistratieInput)
  terugkeer: GemeenteRegistratieInput;

  @Field(() => TerugkeerwijzigingReden)
  reden: TerugkeerwijzigingReden;

  @Field(() => DatumScalar, { description: 'From when the new gemeente of return applies.' })
  datum: string;
}

@InputType({ description: 'A verlof granted during a current verblijf, from its first to its last day.' })
export class VerlofInput {
  @Field(() => ID)
  verblijfId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => VerlofSoort)
  soort: VerlofSoort;

  @Field(() => DatumScalar, { description: 'The first day of the verlof.' })
  van: string;

  @Field(() => DatumScalar, { description: 'The last day of the verlof.' })
  tot: string;
}

@InputType({ description: 'The extramural phase of a current verblijf, as the director of the inrichting decided it.' })
export class ExtramuraleFaseInput {
  @Field(() => ID)
  verblijfId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => ExtramuraleFaseSoort)
  soort: ExtramuraleFaseSoort;

  @Field(() => DatumScalar, { description: 'The day the extramural phase begins.' })
  van: string;

  @Field({
    description:
      'The reclassering organisation that supervises it: reclassering:RN, reclassering:SVG or reclassering:LJ&R.',
  })
  toezichthouder: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Every how many days the toezichthouder reports to the director; omitted when the director asks for no reports.',
  })
  rapportageIntervalDagen?: number | null;
}

@InputType({ description: "The toezichthouder's periodic report to the director on how the extramural phase goes." })
export class ExtramuraleRapportageInput {
  @Field(() => ID)
  verblijfId: string;

  @Field(() => DatumScalar, { description: 'The day the report is made.' })
  datum: string;

  @Field({ description: 'How the extramural detention goes.' })
  verloop: string;
}
