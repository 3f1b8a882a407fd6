import {
  Basisvoorwaarde,
  connectionOf,
  Contactpersoon,
  DatumScalar,
  Doelbinding,
  GemeentecodeScalar,
} from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { GemeldeHulpvraag as GemeldeHulpvraagRecord, NazorgdossierEntity } from '../entities/nazorgdossier.entity';

import { DossierStatus, GemeenteRol, Procesregie } from './enums';

@ObjectType({ description: "A hulpvraag of DJI's screening, as DJI's melding told it to the gemeente." })
export class GemeldeHulpvraag {
  @Field(() => Basisvoorwaarde)
  domein: Basisvoorwaarde;

  @Field({ description: 'Whether the person asks for help on this basisvoorwaarde.' })
  hulpvraag: boolean;

  @Field(() => String, { nullable: true })
  toelichting: string | null;

  static from(record: GemeldeHulpvraagRecord): GemeldeHulpvraag {
    return Object.assign(new GemeldeHulpvraag(), record);
  }
}

@ObjectType({ description: "A gemeente's nazorgdossier on one resident who is detained or returns." })
export class Nazorgdossier {
  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS', 'SOCIAAL_DOMEIN')
  @Field(() => ID, { nullable: true })
  id: string;

  bsn: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS', 'SOCIAAL_DOMEIN')
  @Field(() => GemeentecodeScalar, { nullable: true, description: 'The gemeente that keeps this dossier.' })
  gemeentecode: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => GemeenteRol, { nullable: true })
  rol: GemeenteRol;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => GemeentecodeScalar, { nullable: true, description: 'Gemeente of origin as this gemeente knows it.' })
  herkomstgemeente: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => GemeentecodeScalar, { nullable: true, description: 'Gemeente of return as this gemeente knows it.' })
  ontvangendeGemeente: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field({
    nullable: true,
    description: 'Organisation identifier of whoever notified the gemeente, e.g. dji:PI-VUGHT.',
  })
  aangemeldDoor: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => Contactpersoon, { nullable: true, description: "The gemeente's nazorgcoördinator for this dossier." })
  nazorgcoordinator: Contactpersoon | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => Procesregie, { nullable: true })
  procesregie: Procesregie;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field({ nullable: true, description: 'Whether the Zorg- en Veiligheidshuis takes part.' })
  zvhBetrokken: boolean;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => String, { nullable: true, description: 'Which Zorg- en Veiligheidshuis, when one takes part.' })
  zvhNaam: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => DossierStatus, { nullable: true })
  status: DossierStatus;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => DatumScalar, { nullable: true })
  geopendOp: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => DatumScalar, { nullable: true })
  geslotenOp: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => GemeentecodeScalar, {
    nullable: true,
    description: 'The new gemeente of return DJI named, to which this dossier hands over.',
  })
  overdrachtAan: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => String, {
    nullable: true,
    description: 'The former gemeente of return that handed the person over, e.g. gemeente:0363.',
  })
  overgedragenDoor: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => DatumScalar, { nullable: true })
  overgedragenOp: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => Int, {
    nullable: true,
    description: 'Pass back as `verwachteVersie` when changing this dossier or its basisvoorwaarden.',
  })
  versie: number;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => String, {
    nullable: true,
    description: "DJI's reference to the stay its meldingen were about (verblijf/<id>).",
  })
  detentieReferentie: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => DatumScalar, {
    nullable: true,
    description: "The changed expected end of detention, as DJI's last melding of it told (art. 51c WJSG).",
  })
  gemeldeVerwachteUitstroomdatum: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => DatumScalar, {
    nullable: true,
    description: "The uitstroomdatum, as DJI's melding of the uitstroom told (art. 51c WJSG).",
  })
  gemeldeUitstroomdatum: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether DJI's melding told the uitstroom as an unexpected early release, sent ahead of its other meldingen (art. 51c WJSG).",
  })
  uitstroomVervroegd: boolean;

  // The screening's request and hulpvragen are shared with the re-integration's partners only
  // (seed 001 Bijlage I, l. 580–582): not with a Zorg- en Veiligheidshuis.
  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => DatumScalar, {
    nullable: true,
    description: "The day by which DJI's casemanager asked for information for the screening (art. 18a Pbw).",
  })
  screeningInformatieGevraagdVoor: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true, description: "The date of DJI's screening its hulpvragen come from." })
  gemeldeScreeningdatum: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => [GemeldeHulpvraag], {
    nullable: true,
    description:
      "The hulpvragen per basisvoorwaarde of DJI's latest screening, as its melding told them (art. 18a Pbw).",
  })
  gemeldeHulpvragen: GemeldeHulpvraag[] | null;

  static from(entity: NazorgdossierEntity): Nazorgdossier {
    return Object.assign(new Nazorgdossier(), {
      id: entity.id,
      bsn: entity.bsn,
      gemeentecode: entity.gemeentecode,
      rol: entity.rol,
      herkomstgemeente: entity.herkomstgemeente,
      ontvangendeGemeente: entity.ontvangendeGemeente,
      aangemeldDoor: entity.aangemeldDoor,
      // An AANGEMELD dossier has no nazorgcoördinator yet.
      nazorgcoordinator: entity.nazorgcoordinator.naam ? Contactpersoon.from(entity.nazorgcoordinator) : null,
      procesregie: entity.procesregie,
      zvhBetrokken: entity.zvhBetrokken,
      zvhNaam: entity.zvhNaam,
      status: entity.status,
      geopendOp: entity.geopendOp,
      geslotenOp: entity.geslotenOp,
      overdrachtAan: entity.overdrachtAan,
      overgedragenDoor: entity.overgedragenDoor,
      overgedragenOp: entity.overgedragenOp,
      versie: entity.versie,
      detentieReferentie: entity.detentieReferentie,
      gemeldeVerwachteUitstroomdatum: entity.gemeldeVerwachteUitstroomdatum,
      gemeldeUitstroomdatum: entity.gemeldeUitstroomdatum,
      uitstroomVervroegd: entity.uitstroomVervroegd,
      screeningInformatieGevraagdVoor: entity.screeningInformatieGevraagdVoor,
      gemeldeScreeningdatum: entity.gemeldeScreeningdatum,
      gemeldeHulpvragen: entity.gemeldeHulpvragen?.map((vraag) => GemeldeHulpvraag.from(vraag)) ?? null,
    });
  }
}

// A gemeente's list is refused whole or seen whole (its own nazorgcoördinatoren and system), so its count hides nothing.
export const NazorgdossierConnection = connectionOf(Nazorgdossier, 'Nazorgdossier', { totalCount: true });
