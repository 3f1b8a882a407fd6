import { parseBsn } from '../domain/bsn';
import { parseGemeentecode } from '../domain/gemeenten';

import type { OntvangenMelding } from './melding';

/**
 * Who a melding to a gemeente is for and about, as its handler keeps them: the receiving
 * gemeente's code (from `gemeente:0363`) and the person's BSN in its data. A melding addressed to
 * anything but a current gemeente throws UNKNOWN_GEMEENTECODE, one without a valid BSN INVALID_BSN:
 * the inbox refuses either as invalid (400), and the sender dead-letters it.
 */
export function gemeenteEnBsn(melding: OntvangenMelding): { readonly gemeentecode: string; readonly bsn: string } {
  const bsn = melding.data['bsn'];
  return {
    gemeentecode: parseGemeentecode(melding.ontvanger.replace(/^gemeente:/, '')),
    bsn: parseBsn(typeof bsn === 'string' ? bsn : ''),
  };
}

/** The gemeente a melding names under `key` in its data (UNKNOWN_GEMEENTECODE when not one), or null when it names none. */
export function genoemdeGemeente(melding: OntvangenMelding, key: string): string | null {
  const value = melding.data[key];
  return typeof value === 'string' ? parseGemeentecode(value) : null;
}
