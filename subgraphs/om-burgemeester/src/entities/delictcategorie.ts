/**
 * The category of the offence a case is about, as OM records it and as Justid states it in a
 * BIJ-melding. Delict information: it never reaches the gemeente's nazorg staff.
 */
export enum Delictcategorie {
  ZEDEN = 'ZEDEN',
  ERNSTIG_GEWELD = 'ERNSTIG_GEWELD',
  LEVENSDELICT = 'LEVENSDELICT',
  VERMOGEN = 'VERMOGEN',
  OPIUMWET = 'OPIUMWET',
  BRANDSTICHTING = 'BRANDSTICHTING',
  OVERIG = 'OVERIG',
}

/**
 * The offences a conviction for brings a person into the BIJ target group: the sexual and serious
 * violent ones, and arson since the minister added it in 2024 (seed 002, l. 683–685).
 */
export const BIJ_DELICTCATEGORIEEN: readonly Delictcategorie[] = [
  Delictcategorie.ZEDEN,
  Delictcategorie.ERNSTIG_GEWELD,
  Delictcategorie.LEVENSDELICT,
  Delictcategorie.BRANDSTICHTING,
];
