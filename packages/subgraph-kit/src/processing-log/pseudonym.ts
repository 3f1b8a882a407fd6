import { createHmac } from 'node:crypto';

import type { Betrokkene } from '../policy/access-policy';

/**
 * The pseudonymised data subject id of the processing log: a keyed hash (HMAC-SHA256) of the
 * person's number, so the log never holds a plain BSN, yet the party that holds the key can find
 * one person's trail again.
 */
export function pseudonym(key: string, betrokkene: Pick<Betrokkene, 'soort' | 'nummer'>): string {
  return createHmac('sha256', key).update(`${betrokkene.soort}:${betrokkene.nummer}`).digest('hex');
}

/** The data subject id type, as the log records it next to the pseudonym. */
export function pseudonymType(betrokkene: Pick<Betrokkene, 'soort'>): string {
  return `${betrokkene.soort.toLowerCase()}-hmac-sha256`;
}
