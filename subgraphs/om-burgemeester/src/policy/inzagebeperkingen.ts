import type { Inzagebeperking } from '@ketengraaf/subgraph-kit';

/**
 * What OM and the burgemeesters withhold from a betrokkene's own trail (`inzageOmBurgemeester`).
 * The trail does not say that anything was withheld. The person asks OM under the Wjsg itself.
 */
export const inzagebeperkingen: readonly Inzagebeperking[] = [
  {
    // "Op basis van deze regeling informeert de Justitiële Informatiedienst (Justid) de burgemeester
    // … als dit nodig is voor de handhaving van de openbare orde" (seed 002 l. 621–627).
    bronhouders: ['burgemeester'],
    gronden: ['ART_11A_BJSG'],
    wet: "AVG art. 23 lid 1 onder c, as art. 41 lid 1 onder c UAVG implements it (openbare veiligheid): the burgemeester's BIJ-melding, zienswijze and omgevingsanalyse serve the handhaving van de openbare orde around the person's return (art. 11a Bjsg); telling the person who read them, and when, would defeat the preparation.",
  },
  {
    // "Het OM mag in principe informatie uit een strafdossier verstrekken aan een derde … beschreven
    // in de Aanwijzing Wet justitiële en strafvorderlijke gegevens" (seed 004 l. 227–231).
    gronden: ['AANWIJZING_WJSG'],
    wet: "Richtlijn (EU) 2016/680 art. 15 lid 1 onder a en b, for strafvorderlijke gegevens as the Wjsg implements it (seed 000 l. 355–357, 'de Europese Richtlijn Gegevensbescherming Opsporing en Vervolging'): OM's disclosures from a strafdossier to a burgemeester, and the burgemeester's reads of them, are not told while they could hinder the prevention, investigation or prosecution of criminal offences.",
  },
];
