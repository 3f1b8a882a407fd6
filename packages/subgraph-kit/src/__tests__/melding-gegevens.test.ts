import { GraphQLError } from 'graphql';

import type { OntvangenMelding } from '../meldingen/melding';
import { gemeenteEnBsn, genoemdeGemeente } from '../meldingen/melding-gegevens';

const melding = (ontvanger: string, data: Record<string, unknown>): OntvangenMelding => ({
  id: 'm-1',
  type: 'nl.ketengraaf.dji.detentie.begonnen',
  afzender: 'dji:PI-VUGHT',
  ontvanger,
  subject: 'verblijf/1',
  grondslag: 'ART_51C_WJSG',
  tijdstip: '2026-03-01T10:00:00Z',
  data,
});

function codeOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions['code'] : error;
  }
  return 'no error';
}

describe("a melding's receiving gemeente and BSN", () => {
  it('reads the gemeentecode from the receiver and the BSN from the data', () => {
    expect(gemeenteEnBsn(melding('gemeente:0363', { bsn: '111222333' }))).toEqual({
      gemeentecode: '0363',
      bsn: '111222333',
    });
  });

  it.each([
    ['a receiver that is no gemeente', 'reclassering:SVG', { bsn: '111222333' }, 'UNKNOWN_GEMEENTECODE'],
    ['a gemeente that does not exist', 'gemeente:0000', { bsn: '111222333' }, 'UNKNOWN_GEMEENTECODE'],
    ['no BSN', 'gemeente:0363', {}, 'INVALID_BSN'],
    ['a BSN that is not text', 'gemeente:0363', { bsn: 111222333 }, 'INVALID_BSN'],
    ['a BSN failing the elfproef', 'gemeente:0363', { bsn: '111222334' }, 'INVALID_BSN'],
  ])('refuses %s with its code', (_case, ontvanger, data, code) => {
    expect(codeOf(() => gemeenteEnBsn(melding(ontvanger, data)))).toBe(code);
  });

  it('reads a gemeente the data names, null when it names none, and refuses one that does not exist', () => {
    const named = melding('gemeente:0363', { herkomstgemeente: '0344', ontvangendeGemeente: '9999' });
    expect(genoemdeGemeente(named, 'herkomstgemeente')).toBe('0344');
    expect(genoemdeGemeente(named, 'vorigeTerugkeergemeente')).toBeNull();
    expect(codeOf(() => genoemdeGemeente(named, 'ontvangendeGemeente'))).toBe('UNKNOWN_GEMEENTECODE');
  });
});
