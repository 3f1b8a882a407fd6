import { clientError } from '../errors/client-error';

/**
 * The elfproef for a burgerservicenummer: nine digits d1..d9 with
 * 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11 (and not all zeros).
 */
export function passesElfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') {
    return false;
  }
  let sum = 0;
  for (let position = 0; position < 8; position += 1) {
    sum += Number(bsn[position]) * (9 - position);
  }
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

/** Returns the BSN when valid; throws INVALID_BSN with the reason otherwise. */
export function parseBsn(value: string): string {
  if (!/^\d{9}$/.test(value)) {
    throw clientError('INVALID_BSN', 'A BSN has exactly nine digits.');
  }
  if (!passesElfproef(value)) {
    throw clientError('INVALID_BSN', 'The BSN fails the elfproef (11-check).');
  }
  return value;
}
