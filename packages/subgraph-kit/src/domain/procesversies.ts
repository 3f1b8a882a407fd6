import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const dagen = z.number().int().positive();

const procesversieSchema = z.object({
  /** How a signal names the version it was computed under (`WERKSTROOM_2021`). */
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be written in capitals, digits and underscores'),
  naam: z.string().min(1),
  /** The first instroomdatum this version applies to; null for the first version, which has no start. */
  instroomVanaf: datum.nullable(),
  /** The source text behind the deadlines. */
  bron: z.string().min(1),
  termijnen: z.object({
    /** Screening on the basisvoorwaarden and sociaal netwerk, counted from instroom. */
    screeningDagen: dagen,
    /** The D&R-plan set, counted from instroom. */
    drPlanDagen: dagen,
    /** An MDO at least this often once the plan is set. */
    mdoIntervalDagen: dagen,
    /** Before the expected uitstroom, ID, onderdak, inkomen and zorgverzekering are arranged this early. */
    uitstroomVoorbereidingDagen: dagen,
    /** The BIJ-melding reaches the burgemeester of a participating gemeente this long before the return. */
    bijMeldingDagenVoorTerugkeer: dagen,
    /** The reclassering's advies reaches OM, counted from OM's opdracht tot advies. */
    adviesDagen: dagen,
    /** OM's VI-beslissing is taken this long before the day the VI falls (ours: the seeds name no term). */
    viBeslissingDagenVoorIngang: dagen,
  }),
});

const procesversiesSchema = z
  .object({ versies: z.array(procesversieSchema).min(1) })
  .superRefine(({ versies }, context) => {
    const [first, ...later] = versies;
    if (first && first.instroomVanaf !== null) {
      context.addIssue({ code: 'custom', message: 'the first version applies from no date (instroomVanaf: null)' });
    }
    later.forEach((versie, index) => {
      const before = versies[index]?.instroomVanaf ?? '';
      if (versie.instroomVanaf === null || versie.instroomVanaf <= before) {
        context.addIssue({
          code: 'custom',
          message: `${versie.code} must start (instroomVanaf) after the version before it`,
        });
      }
    });
    if (new Set(versies.map((versie) => versie.code)).size !== versies.length) {
      context.addIssue({ code: 'custom', message: 'every version has a code of its own' });
    }
  });

/** One version of the werkstroom with its deadlines, each a number of days. */
export type Procesversie = z.output<typeof procesversieSchema>;

export type Termijnen = Procesversie['termijnen'];

const PROCESVERSIES_FILE = join(__dirname, '..', '..', 'data', 'procesversies.json');

let loaded: readonly Procesversie[] | undefined;

/**
 * The process versions, oldest first, from the committed `data/procesversies.json`: read and
 * validated once, on first use. A deadline is data here, never a constant in a party's code.
 */
export function procesversies(): readonly Procesversie[] {
  loaded ??= parseProcesversies(JSON.parse(readFileSync(PROCESVERSIES_FILE, 'utf8')));
  return loaded;
}

/** Validates a definition of process versions; throws naming what is wrong. */
export function parseProcesversies(definition: unknown): readonly Procesversie[] {
  const result = procesversiesSchema.safeParse(definition);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(definition)'}: ${issue.message}`);
    throw new Error(`Invalid process versions: ${problems.join('; ')}`);
  }
  return result.data.versies;
}

/** The version a stay follows: the last one that started on or before its instroomdatum. */
export function procesversieVoor(
  instroomdatum: string,
  versies: readonly Procesversie[] = procesversies(),
): Procesversie {
  const [first] = versies;
  if (!first) {
    throw new Error('No process versions are defined.');
  }
  return versies.reduce(
    (chosen, versie) => (versie.instroomVanaf !== null && versie.instroomVanaf <= instroomdatum ? versie : chosen),
    first,
  );
}

/**
 * A term of the process version that applies on the day `datum` (an SQL date expression, e.g.
 * `v.instroomdatum`), in days, as SQL: the version is chosen as `procesversieVoor` chooses it. The
 * values are the validated definition's integers and dates, so they are written into the statement.
 */
export function termijnAlsSql(naam: keyof Termijnen, datum: string): string {
  const [eerste, ...later] = procesversies();
  if (!eerste) {
    throw new Error('No process versions are defined.');
  }
  const cases = later
    .reverse()
    .map((versie) => `WHEN ${datum} >= DATE '${versie.instroomVanaf ?? ''}' THEN ${versie.termijnen[naam]}`);
  return cases.length > 0
    ? `(CASE ${cases.join(' ')} ELSE ${eerste.termijnen[naam]} END)`
    : `${eerste.termijnen[naam]}`;
}
