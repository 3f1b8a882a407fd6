import { GraphQLError } from 'graphql';

import { parseBsn, passesElfproef } from '../domain/bsn';
import { gemeenten, parseGemeentecode, readGemeenten } from '../domain/gemeenten';
import { parseOrganisatie } from '../domain/organisatie';
import { assertPeriod } from '../domain/period';
import { parseEmail } from '../domain/text';
import { decodeDateCursor, encodeCursor } from '../graphql/pagination';

function codeOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions['code'] : error;
  }
  return 'no error';
}

describe('BSN', () => {
  it.each(['111222333', '123456782', '999990019'])('accepts %s, which passes the elfproef', (bsn) => {
    expect(passesElfproef(bsn)).toBe(true);
    expect(parseBsn(bsn)).toBe(bsn);
  });

  it.each([
    ['123456789', 'The BSN fails the elfproef (11-check).'],
    ['000000000', 'The BSN fails the elfproef (11-check).'],
    ['12345678', 'A BSN has exactly nine digits.'],
    ['1234567890', 'A BSN has exactly nine digits.'],
    ['12345678a', 'A BSN has exactly nine digits.'],
  ])('refuses %s with INVALID_BSN', (bsn, message) => {
    expect(codeOf(() => parseBsn(bsn))).toBe('INVALID_BSN');
    expect(() => parseBsn(bsn)).toThrow(message);
  });
});

describe('gemeentecode', () => {
  it('ships the 342 gemeenten of the CBS indeling of 2025', () => {
    expect(gemeenten().size).toBe(342);
    expect(gemeenten().get('0363')).toEqual({
      gemeentecode: '0363',
      cbsCode: 'GM0363',
      naam: 'Amsterdam',
      provincie: 'Noord-Holland',
    });
  });

  it('reads a name that holds a comma whole', () => {
    expect(gemeenten().get('0820')).toEqual({
      gemeentecode: '0820',
      cbsCode: 'GM0820',
      naam: 'Nuenen, Gerwen en Nederwetten',
      provincie: 'Noord-Brabant',
    });
    expect(new Set([...gemeenten().values()].map((gemeente) => gemeente.provincie)).size).toBe(12);
  });

  it('accepts a current gemeentecode', () => {
    expect(parseGemeentecode('0599')).toBe('0599');
  });

  it.each(['9999', '0001', '363', 'GM0363'])('refuses %s with UNKNOWN_GEMEENTECODE', (code) => {
    expect(codeOf(() => parseGemeentecode(code))).toBe('UNKNOWN_GEMEENTECODE');
  });

  it('refuses a list whose header it does not know', () => {
    expect(() => readGemeenten('code,naam\n0363,Amsterdam')).toThrow('Unexpected header');
  });
});

describe('organisation identifiers', () => {
  it.each([
    'dji:PI-ALMELO',
    'gemeente:0363',
    'reclassering:RN',
    'reclassering:SVG',
    'om',
    'burgemeester:0363',
    'justid',
    'zvh:rotterdam-rijnmond',
  ])('accepts %s', (organisatie) => {
    expect(parseOrganisatie(organisatie)).toBe(organisatie);
  });

  it.each([
    ['gemeente:9999', 'UNKNOWN_GEMEENTECODE'],
    ['gemeente', 'INVALID_INPUT'],
    ['reclassering:XX', 'INVALID_INPUT'],
    ['politie:1', 'INVALID_INPUT'],
    ['om:extra', 'INVALID_INPUT'],
    ['dji', 'INVALID_INPUT'],
    ['dji:PI-NERGENS', 'INVALID_INPUT'],
    ['dji:pi-vught', 'INVALID_INPUT'],
    ['zvh:Amsterdam', 'INVALID_INPUT'],
    ['zvh', 'INVALID_INPUT'],
  ])('refuses %s with %s', (organisatie, code) => {
    expect(codeOf(() => parseOrganisatie(organisatie))).toBe(code);
  });
});

describe('periods, e-mail and cursors', () => {
  it('refuses an end before its begin and accepts an open or same-day end', () => {
    expect(codeOf(() => assertPeriod('2026-03-01', '2026-02-28', 'Verblijf'))).toBe('INVALID_PERIOD');
    expect(() => assertPeriod('2026-03-01', '2026-02-28', 'Verblijf')).toThrow(
      'Verblijf: the end (2026-02-28) lies before the begin (2026-03-01).',
    );
    expect(codeOf(() => assertPeriod('2026-03-01', null, 'Verblijf'))).toBe('no error');
    expect(codeOf(() => assertPeriod('2026-03-01', '2026-03-01', 'Verblijf'))).toBe('no error');
  });

  it('refuses an e-mail address without a domain', () => {
    expect(codeOf(() => parseEmail('casemanager@dji', 'E-mail'))).toBe('INVALID_INPUT');
    expect(parseEmail(' a.b@dji.example.nl ', 'E-mail')).toBe('a.b@dji.example.nl');
  });

  it('reads back the cursors it hands out and refuses any other', () => {
    const id = '6b1f1a3e-2c4d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(decodeDateCursor(encodeCursor('2026-05-01', id))).toEqual({ sortKey: '2026-05-01', id });
    expect(decodeDateCursor(encodeCursor('infinity', id))).toEqual({ sortKey: 'infinity', id });
    for (const forged of [
      'bm9wZQ',
      encodeCursor('2026-02-30', id),
      encodeCursor('2026-05-01', 'x'),
      encodeCursor(null, id),
    ]) {
      expect(codeOf(() => decodeDateCursor(forged))).toBe('INVALID_CURSOR');
    }
  });
});
