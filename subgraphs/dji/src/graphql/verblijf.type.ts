import { connectionOf, DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { VerblijfEntity } from '../entities/verblijf.entity';

import { Titel, VerblijfStatus } from './enums';
import { GemeenteRegistratie } from './gemeente-registratie.type';

@ObjectType({ description: 'One stay in detention, from instroom to uitstroom.' })
export class Verblijf {
  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW')
  @Field(() => ID, { nullable: true })
  id: string;

  justitiabeleId: string;

  inrichtingCode: string;

  // Justid's BIJ desk: when the person leaves, and whether the norm was reachable (art. 11a Bjsg).
  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW', 'ART_11A_BJSG')
  @Field(() => DatumScalar, { nullable: true })
  instroomdatum: string;

  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW', 'ART_11A_BJSG')
  @Field(() => DatumScalar, {
    nullable: true,
    description: 'Expected end of detention; unknown during voorlopige hechtenis.',
  })
  verwachteUitstroomdatum: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => DatumScalar, {
    nullable: true,
    description: 'Date of voorwaardelijke invrijheidstelling, when it applies.',
  })
  viDatum: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true, description: 'Actual end of detention.' })
  uitstroomdatum: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => Titel, { nullable: true })
  titel: Titel;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => VerblijfStatus, { nullable: true })
  status: VerblijfStatus;

  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW')
  @Field(() => GemeenteRegistratie, { nullable: true, description: 'Gemeente of origin as DJI registered it.' })
  herkomst: GemeenteRegistratie;

  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW', 'ART_11A_BJSG')
  @Field(() => GemeenteRegistratie, { nullable: true, description: 'Gemeente of return as DJI registered it.' })
  terugkeer: GemeenteRegistratie;

  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW')
  @Field(() => Int, { nullable: true, description: 'Pass back as `verwachteVersie` when changing this verblijf.' })
  versie: number;

  static from(entity: VerblijfEntity): Verblijf {
    return Object.assign(new Verblijf(), {
      id: entity.id,
      justitiabeleId: entity.justitiabeleId,
      inrichtingCode: entity.huidigeInrichting,
      instroomdatum: entity.instroomdatum,
      verwachteUitstroomdatum: entity.verwachteUitstroomdatum,
      viDatum: entity.viDatum,
      uitstroomdatum: entity.uitstroomdatum,
      titel: entity.titel,
      status: entity.status,
      herkomst: GemeenteRegistratie.from(entity.herkomst),
      terugkeer: GemeenteRegistratie.from(entity.terugkeer),
      versie: entity.versie,
    });
  }
}

export const VerblijfConnection = connectionOf(Verblijf, 'Verblijf');
