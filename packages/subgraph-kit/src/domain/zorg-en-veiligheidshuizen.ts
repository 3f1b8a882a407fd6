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

/** Which Zorg- en Veiligheidshuis (by code) serves which gemeenten (by gemeentecode). */
export type ZvhGemeenten = Readonly<Record<string, readonly string[]>>;

/**
 * The demo's gemeenten by the veiligheidsregio they lie in. The reference data hold no sourced
 * table of gemeente to veiligheidsregio, so this is configuration (`MELDINGEN_ZVH_GEMEENTEN`), not
 * reference data: a deployment names every gemeente its Zorg- en Veiligheidshuizen serve.
 */
export const DEMO_ZVH_GEMEENTEN: ZvhGemeenten = {
  'amsterdam-amstelland': ['0363'],
  'rotterdam-rijnmond': ['0599'],
  haaglanden: ['0518'],
  utrecht: ['0344'],
  'brabant-zuidoost': ['0772'],
  'midden-en-west-brabant': ['0855'],
  'brabant-noord': ['0796'],
  groningen: ['0014'],
  fryslan: ['0080'],
  drenthe: ['1680'],
  twente: ['0153', '0141'],
  ijsselland: ['0193', '0150'],
  'gelderland-midden': ['0202'],
  'gelderland-zuid': ['0268'],
  'zuid-limburg': ['0935'],
  flevoland: ['0034'],
  kennemerland: ['0392'],
  'zaanstreek-waterland': ['0439'],
};
