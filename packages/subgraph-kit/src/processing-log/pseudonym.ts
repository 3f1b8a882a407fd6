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

/**
 * `pseudonym` under one key, each person's computed once: one request's processing log names the
 * same persons in many records and decisions, and an HMAC per mention was a top cost of a page.
 */
export function requestPseudonyms(key: string): (betrokkene: Pick<Betrokkene, 'soort' | 'nummer'>) => string {
  const known = new Map<string, string>();
  return (betrokkene) => {
    const person = `${betrokkene.soort}:${betrokkene.nummer}`;
    let subject = known.get(person);
    if (subject === undefined) {
      subject = pseudonym(key, betrokkene);
      known.set(person, subject);
    }
    return subject;
  };
}

/** The data subject id type, as the log records it next to the pseudonym. */
export function pseudonymType(betrokkene: Pick<Betrokkene, 'soort'>): string {
  return `${betrokkene.soort.toLowerCase()}-hmac-sha256`;
}

/**
 * How much of a pseudonym the log's indexes by person hold (`ProcessingLogCompact1763900100003`): 64 bits, a chance of one in 2^64 that
 * two persons share an entry, and then the search's comparison of the whole pseudonym parts them.
 */
export const SUBJECT_PREFIX_BYTES = 8;
