import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { clientError } from '../errors/client-error';

export interface Gemeente {
  /** Four digits, as the BRP writes it (`0363`). */
  readonly gemeentecode: string;
  /** `GM` and the four digits, as CBS writes it. */
  readonly cbsCode: string;
  readonly naam: string;
  readonly provincie: string;
}

const GEMEENTEN_FILE = join(__dirname, '..', '..', 'data', 'gemeenten-2025.csv');

let byCode: ReadonlyMap<string, Gemeente> | undefined;

/** The CBS gemeentelijke indeling this service validates against, keyed by gemeentecode. */
export function gemeenten(): ReadonlyMap<string, Gemeente> {
  byCode ??= readGemeenten(readFileSync(GEMEENTEN_FILE, 'utf8'));
  return byCode;
}

export function readGemeenten(csv: string): ReadonlyMap<string, Gemeente> {
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  if (header !== 'gemeentecode,cbs_code,gemeentenaam,provincie,sinds') {
    throw new Error(`Unexpected header in gemeenten list: ${header ?? '(empty file)'}`);
  }
  const result = new Map<string, Gemeente>();
  for (const row of rows) {
    const [gemeentecode, cbsCode, naam, provincie] = row.split(',');
    if (!gemeentecode || !cbsCode || !naam || !provincie) {
      throw new Error(`Malformed row in gemeenten list: ${row}`);
    }
    result.set(gemeentecode, { gemeentecode, cbsCode, naam, provincie });
  }
  return result;
}

/** Returns the gemeentecode when it names a current gemeente; throws UNKNOWN_GEMEENTECODE otherwise. */
export function parseGemeentecode(value: string): string {
  if (!/^\d{4}$/.test(value)) {
    throw clientError('UNKNOWN_GEMEENTECODE', `A gemeentecode has four digits, as the BRP writes it; got "${value}".`);
  }
  if (!gemeenten().has(value)) {
    throw clientError('UNKNOWN_GEMEENTECODE', `Gemeentecode ${value} is not a gemeente in the CBS indeling of 2025.`);
  }
  return value;
}
