/**
 * The Zorg- en Veiligheidshuizen, one per veiligheidsregio, by the code their organisation
 * carries in a token (`zvh:rotterdam-rijnmond`) and the region they serve.
 */
export const zorgEnVeiligheidshuizen: readonly { readonly code: string; readonly regio: string }[] = [
  { code: 'groningen', regio: 'Groningen' },
  { code: 'fryslan', regio: 'Fryslân' },
  { code: 'drenthe', regio: 'Drenthe' },
  { code: 'ijsselland', regio: 'IJsselland' },
  { code: 'twente', regio: 'Twente' },
  { code: 'noord-en-oost-gelderland', regio: 'Noord- en Oost-Gelderland' },
  { code: 'gelderland-midden', regio: 'Gelderland-Midden' },
  { code: 'gelderland-zuid', regio: 'Gelderland-Zuid' },
  { code: 'utrecht', regio: 'Utrecht' },
  { code: 'noord-holland-noord', regio: 'Noord-Holland Noord' },
  { code: 'zaanstreek-waterland', regio: 'Zaanstreek-Waterland' },
  { code: 'kennemerland', regio: 'Kennemerland' },
  { code: 'amsterdam-amstelland', regio: 'Amsterdam-Amstelland' },
  { code: 'gooi-en-vechtstreek', regio: 'Gooi en Vechtstreek' },
  { code: 'haaglanden', regio: 'Haaglanden' },
  { code: 'hollands-midden', regio: 'Hollands Midden' },
  { code: 'rotterdam-rijnmond', regio: 'Rotterdam-Rijnmond' },
  { code: 'zuid-holland-zuid', regio: 'Zuid-Holland Zuid' },
  { code: 'zeeland', regio: 'Zeeland' },
  { code: 'midden-en-west-brabant', regio: 'Midden- en West-Brabant' },
  { code: 'brabant-noord', regio: 'Brabant-Noord' },
  { code: 'brabant-zuidoost', regio: 'Brabant-Zuidoost' },
  { code: 'limburg-noord', regio: 'Limburg-Noord' },
  { code: 'zuid-limburg', regio: 'Zuid-Limburg' },
  { code: 'flevoland', regio: 'Flevoland' },
];

const letters = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * Whether a name as a record writes it ("Zorg- en Veiligheidshuis Rotterdam-Rijnmond", or just
 * the region, in any case or spacing) names the Zorg- en Veiligheidshuis with this code.
 */
export function namesZorgEnVeiligheidshuis(naam: string, code: string): boolean {
  const zvh = zorgEnVeiligheidshuizen.find((candidate) => candidate.code === code);
  return zvh !== undefined && [zvh.regio, `Zorg- en Veiligheidshuis ${zvh.regio}`].map(letters).includes(letters(naam));
}
