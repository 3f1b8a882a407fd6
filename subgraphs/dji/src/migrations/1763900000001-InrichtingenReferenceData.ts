import type { MigrationInterface, QueryRunner } from 'typeorm';

/** DJI's locations for adult detention; each PI with a huis van bewaring unit has both. */
const INRICHTINGEN: readonly [code: string, naam: string, soort: string, plaats: string][] = [
  ['HVB-ALMELO', 'Huis van Bewaring Almelo', 'HUIS_VAN_BEWARING', 'Almelo'],
  ['PI-ALMELO', 'PI Almelo', 'GEVANGENIS', 'Almelo'],
  ['HVB-ALPHEN', 'Huis van Bewaring Alphen aan den Rijn', 'HUIS_VAN_BEWARING', 'Alphen aan den Rijn'],
  ['PI-ALPHEN', 'PI Alphen aan den Rijn', 'GEVANGENIS', 'Alphen aan den Rijn'],
  ['HVB-ARNHEM', 'Huis van Bewaring Arnhem', 'HUIS_VAN_BEWARING', 'Arnhem'],
  ['PI-ARNHEM', 'PI Arnhem', 'GEVANGENIS', 'Arnhem'],
  ['HVB-DORDRECHT', 'Huis van Bewaring Dordrecht', 'HUIS_VAN_BEWARING', 'Dordrecht'],
  ['PI-GRAVE', 'PI Grave', 'GEVANGENIS', 'Grave'],
  ['HVB-HAAGLANDEN', 'Huis van Bewaring Haaglanden', 'HUIS_VAN_BEWARING', 'Den Haag'],
  ['PI-HAAGLANDEN', 'PI Haaglanden', 'GEVANGENIS', 'Den Haag'],
  ['PI-HEERHUGOWAARD', 'PI Heerhugowaard', 'GEVANGENIS', 'Heerhugowaard'],
  ['PI-KRIMPEN', 'PI Krimpen aan den IJssel', 'GEVANGENIS', 'Krimpen aan den IJssel'],
  ['HVB-LEEUWARDEN', 'Huis van Bewaring Leeuwarden', 'HUIS_VAN_BEWARING', 'Leeuwarden'],
  ['PI-LEEUWARDEN', 'PI Leeuwarden', 'GEVANGENIS', 'Leeuwarden'],
  ['PI-LELYSTAD', 'PI Lelystad', 'GEVANGENIS', 'Lelystad'],
  ['PI-NIEUWEGEIN', 'PI Nieuwegein', 'GEVANGENIS', 'Nieuwegein'],
  ['HVB-ROTTERDAM', 'Huis van Bewaring Rotterdam De Schie', 'HUIS_VAN_BEWARING', 'Rotterdam'],
  ['PI-ROTTERDAM', 'PI Rotterdam De Schie', 'GEVANGENIS', 'Rotterdam'],
  ['PI-SITTARD', 'PI Sittard', 'GEVANGENIS', 'Sittard'],
  ['PI-TER-APEL', 'PI Ter Apel', 'GEVANGENIS', 'Ter Apel'],
  ['PI-VEENHUIZEN', 'PI Veenhuizen', 'GEVANGENIS', 'Veenhuizen'],
  ['HVB-VUGHT', 'Huis van Bewaring Vught', 'HUIS_VAN_BEWARING', 'Vught'],
  ['PI-VUGHT', 'PI Vught', 'GEVANGENIS', 'Vught'],
  ['HVB-ZAANSTAD', 'Huis van Bewaring Zaanstad', 'HUIS_VAN_BEWARING', 'Zaandam'],
  ['PI-ZAANSTAD', 'PI Zaanstad', 'GEVANGENIS', 'Zaandam'],
  ['PI-ZWOLLE', 'PI Zwolle', 'GEVANGENIS', 'Zwolle'],
  ['ISD-ZAANSTAD', 'ISD-afdeling PI Zaanstad', 'INRICHTING_STELSELMATIGE_DADERS', 'Zaandam'],
  ['FPC-PIETER-BAAN', 'FPC Pieter Baan Centrum', 'FORENSISCH_PSYCHIATRISCH_CENTRUM', 'Almere'],
  ['FPC-VELDZICHT', 'FPC Veldzicht', 'FORENSISCH_PSYCHIATRISCH_CENTRUM', 'Balkbrug'],
];

export class InrichtingenReferenceData1763900000001 implements MigrationInterface {
  name = 'InrichtingenReferenceData1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [code, naam, soort, plaats] of INRICHTINGEN) {
      await queryRunner.query('INSERT INTO inrichting (code, naam, soort, plaats) VALUES ($1, $2, $3, $4)', [
        code,
        naam,
        soort,
        plaats,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM inrichting WHERE code = ANY($1)', [INRICHTINGEN.map(([code]) => code)]);
  }
}
