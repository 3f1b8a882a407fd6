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
  OVERIG = 'OVERIG',
}

/** The sexual and serious violent offences: a conviction for one of these brings a person into the BIJ target group. */
export const ZEDEN_OF_ERNSTIG_GEWELD: readonly Delictcategorie[] = [
  Delictcategorie.ZEDEN,
  Delictcategorie.ERNSTIG_GEWELD,
  Delictcategorie.LEVENSDELICT,
];
