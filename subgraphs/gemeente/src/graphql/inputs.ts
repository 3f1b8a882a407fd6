import { BsnScalar, ContactpersoonInput, DatumScalar, GemeentecodeScalar } from '@ketengraaf/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';

import { GemeenteRol, OnderdakType, Procesregie } from './enums';

@InputType({ description: 'A new nazorgdossier of one gemeente on one resident.' })
export class NazorgdossierInput {
  @Field(() => GemeentecodeScalar, { description: 'The gemeente opening the dossier.' })
  gemeentecode: string;

  @Field(() => BsnScalar)
  bsn: string;

  @Field(() => GemeenteRol)
  rol: GemeenteRol;

  @Field(() => GemeentecodeScalar, {
    nullable: true,
    description: "Gemeente of origin; for a HERKOMSTGEMEENTE it is the dossier's own gemeente and may be left out.",
  })
  herkomstgemeente?: string | null;

  @Field(() => GemeentecodeScalar, {
    nullable: true,
    description:
      "Gemeente of return; for an ONTVANGENDE_GEMEENTE it is the dossier's own gemeente and may be left out.",
  })
  ontvangendeGemeente?: string | null;

  @Field({ description: 'Organisation identifier of whoever notified the gemeente, e.g. dji:PI-VUGHT.' })
  aangemeldDoor: string;

  @Field(() => ContactpersoonInput)
  nazorgcoordinator: ContactpersoonInput;

  @Field(() => Procesregie)
  procesregie: Procesregie;

  @Field()
  zvhBetrokken: boolean;

  @Field(() => String, { nullable: true, description: 'Only when the Zorg- en Veiligheidshuis takes part.' })
  zvhNaam?: string | null;

  @Field(() => DatumScalar)
  geopendOp: string;
}

@InputType({ description: 'Replaces the identiteitsbewijs status as a whole.' })
export class IdentiteitsbewijsInput {
  @Field(() => DatumScalar, { nullable: true })
  aangevraagdOp?: string | null;

  @Field(() => DatumScalar, { nullable: true, description: 'Not before `aangevraagdOp`.' })
  gereedOp?: string | null;
}

@InputType({ description: 'Replaces the onderdak status as a whole.' })
export class OnderdakInput {
  @Field(() => OnderdakType)
  type: OnderdakType;

  @Field(() => DatumScalar, { nullable: true })
  per?: string | null;
}

@InputType({ description: 'Replaces the werk & inkomen status as a whole.' })
export class InkomenInput {
  @Field(() => DatumScalar, { nullable: true })
  uitkeringAangevraagdOp?: string | null;

  @Field(() => DatumScalar, { nullable: true, description: 'Not before `uitkeringAangevraagdOp`.' })
  uitkeringToegekendOp?: string | null;

  @Field()
  werk: boolean;

  @Field()
  bankrekening: boolean;
}

@InputType({ description: 'Replaces the schulden status as a whole.' })
export class SchuldenInput {
  @Field(() => DatumScalar, { nullable: true })
  schuldhulpGestartOp?: string | null;
}

@InputType({ description: 'Replaces the zorg status as a whole.' })
export class ZorgInput {
  @Field()
  zorgverzekering: boolean;

  @Field(() => String, { nullable: true })
  indicatie?: string | null;
}

@InputType({ description: 'Changes the status of the basisvoorwaarden given; the others stay as they are.' })
export class BasisvoorwaardenInput {
  @Field(() => ID)
  dossierId: string;

  @Field(() => Int, { description: "The dossier's `versie` this change is based on." })
  verwachteVersie: number;

  @Field(() => IdentiteitsbewijsInput, { nullable: true })
  identiteitsbewijs?: IdentiteitsbewijsInput | null;

  @Field(() => OnderdakInput, { nullable: true })
  onderdak?: OnderdakInput | null;

  @Field(() => InkomenInput, { nullable: true })
  inkomen?: InkomenInput | null;

  @Field(() => SchuldenInput, { nullable: true })
  schulden?: SchuldenInput | null;

  @Field(() => ZorgInput, { nullable: true })
  zorg?: ZorgInput | null;
}

@InputType()
export class SluitingInput {
  @Field(() => ID)
  dossierId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => DatumScalar)
  geslotenOp: string;
}

@InputType({ description: 'The handover of a dossier to the new gemeente of return DJI named.' })
export class OverdrachtInput {
  @Field(() => ID)
  dossierId: string;

  @Field(() => Int)
  verwachteVersie: number;

  @Field(() => DatumScalar)
  datum: string;
}
