import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

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
  // A name may hold a comma ("Nuenen, Gerwen en Nederwetten"), so the file is read as real CSV.
  const records: string[][] = parse(csv, { trim: true, skipEmptyLines: true });
  const [header, ...rows] = records;
  if (header?.join(',') !== 'gemeentecode,cbs_code,gemeentenaam,provincie,sinds') {
    throw new Error(`Unexpected header in gemeenten list: ${header?.join(',') ?? '(empty file)'}`);
  }
  const result = new Map<string, Gemeente>();
  for (const row of rows) {
    const [gemeentecode, cbsCode, naam, provincie] = row;
    if (row.length !== header.length || !gemeentecode || !cbsCode || !naam || !provincie) {
      throw new Error(`Malformed row in gemeenten list: ${row.join(',')}`);
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
