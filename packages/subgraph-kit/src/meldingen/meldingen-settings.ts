import { z } from 'zod';

import { jsonObjectSetting, wholeNumberSetting } from '../config/settings';
import { DEMO_BIJ_GEMEENTEN } from '../domain/bij-gemeenten';
import { gemeenten } from '../domain/gemeenten';
import { DEMO_ZVH_GEMEENTEN, zorgEnVeiligheidshuizen } from '../domain/zorg-en-veiligheidshuizen';
import type { ZvhGemeenten } from '../domain/zorg-en-veiligheidshuizen';

/** How a party's dispatcher delivers: attempts, back-off, and how long a receiver has to confirm. */
export interface MeldingenSettings {
  /** Attempts before a melding becomes a dead letter (ONBESTELBAAR); the first counts. */
  readonly maxAttempts: number;
  /**
   * The first retry's delay in seconds; each next one doubles, with jitter (pg-boss: the delay
   * times 2^n / 2, plus up to as much again at random).
   */
  readonly retryDelaySeconds: number;
  /** Seconds a receiver has to confirm a melding before it becomes a signal at the sender. */
  readonly ackWithinSeconds: number;
  /** How often the dispatcher looks for meldingen past that time, in milliseconds. */
  readonly ackCheckIntervalMs: number;
  /** How often an idle dispatcher asks for new meldingen, in seconds (pg-boss: at least 0.5). */
  readonly pollingIntervalSeconds: number;
  /** Meldingen one dispatcher fetches and delivers at once. */
  readonly batchSize: number;
  /** Seconds one delivery may take before it counts as failed. */
  readonly deliveryTimeoutSeconds: number;
  /**
   * Which Zorg- en Veiligheidshuis serves which gemeenten: a detention melding to a gemeente not
   * confirmed in time is a signal at that gemeente's Zorg- en Veiligheidshuis too.
   */
  readonly zvhGemeenten: ZvhGemeenten;
  /**
   * The gemeenten taking part in BIJ (seed 004 l. 67–69: "Via BIJ worden burgemeesters van
   * aangesloten gemeenten 60 dagen voordat … terugkeert … geïnformeerd"): a return there is a
   * BIJ-melding due, for a person of the BIJ target group.
   */
  readonly bijGemeenten: ReadonlySet<string>;
}

export const DEFAULT_MELDINGEN_SETTINGS: MeldingenSettings = {
  maxAttempts: 12,
  retryDelaySeconds: 5,
  ackWithinSeconds: 24 * 60 * 60,
  ackCheckIntervalMs: 60_000,
  pollingIntervalSeconds: 0.5,
  batchSize: 100,
  deliveryTimeoutSeconds: 10,
  zvhGemeenten: DEMO_ZVH_GEMEENTEN,
  bijGemeenten: new Set(DEMO_BIJ_GEMEENTEN),
};

/** The code of a gemeente as it is today. */
const gemeentecode = z.string().refine((code) => gemeenten().has(code), {
  error: (issue) => `must name current gemeenten by their code (0363), got ${JSON.stringify(issue.input)}`,
});

/** `MELDINGEN_ZVH_GEMEENTEN`: a JSON object of Zorg- en Veiligheidshuis code to the gemeentecodes it serves. */
const zvhGemeentenSetting = jsonObjectSetting(
  'a JSON object of Zorg- en Veiligheidshuis code to a list of gemeentecodes',
  z
    .record(
      z.string().refine((code) => zorgEnVeiligheidshuizen.some((zvh) => zvh.code === code), {
        error: (issue) =>
          `must name each Zorg- en Veiligheidshuis by its code (rotterdam-rijnmond), got ${JSON.stringify(issue.input)}`,
      }),
      z.array(gemeentecode, { error: 'must list gemeentecodes in a JSON array (["0599"])' }),
    )
    .refine((table) => {
      const codes = Object.values(table).flat();
      return new Set(codes).size === codes.length;
    }, 'must name each gemeente under one Zorg- en Veiligheidshuis only'),
);

/** `MELDINGEN_BIJ_GEMEENTEN`: the gemeentecodes taking part in BIJ, separated by commas. */
const bijGemeentenSetting = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((code) => code.trim())
      .filter((code) => code !== ''),
  )
  .pipe(z.array(gemeentecode));

/** The settings as environment variables give them (`MELDINGEN_MAX_ATTEMPTS`, …), each with its default. */
export const meldingenSettingsSchema = z.object({
  MELDINGEN_MAX_ATTEMPTS: wholeNumberSetting({ min: 1, max: 50, unit: 'attempts' }).default(
    DEFAULT_MELDINGEN_SETTINGS.maxAttempts,
  ),
  MELDINGEN_RETRY_DELAY_SECONDS: wholeNumberSetting({ min: 1, max: 3600, unit: 'seconds' }).default(
    DEFAULT_MELDINGEN_SETTINGS.retryDelaySeconds,
  ),
  MELDINGEN_ACK_WITHIN_SECONDS: wholeNumberSetting({ min: 1, unit: 'seconds' }).default(
    DEFAULT_MELDINGEN_SETTINGS.ackWithinSeconds,
  ),
  MELDINGEN_BATCH_SIZE: wholeNumberSetting({ min: 1, max: 1000, unit: 'meldingen' }).default(
    DEFAULT_MELDINGEN_SETTINGS.batchSize,
  ),
  MELDINGEN_ZVH_GEMEENTEN: zvhGemeentenSetting.optional(),
  MELDINGEN_BIJ_GEMEENTEN: bijGemeentenSetting.optional(),
});

/** The variable names of the settings, for a parser that reads them with a party's prefix. */
export const meldingenSettingNames = Object.keys(
  meldingenSettingsSchema.shape,
) as (keyof typeof meldingenSettingsSchema.shape)[];

export function meldingenSettingsOf(values: z.output<typeof meldingenSettingsSchema>): MeldingenSettings {
  return {
    ...DEFAULT_MELDINGEN_SETTINGS,
    maxAttempts: values.MELDINGEN_MAX_ATTEMPTS,
    retryDelaySeconds: values.MELDINGEN_RETRY_DELAY_SECONDS,
    ackWithinSeconds: values.MELDINGEN_ACK_WITHIN_SECONDS,
    batchSize: values.MELDINGEN_BATCH_SIZE,
    zvhGemeenten: values.MELDINGEN_ZVH_GEMEENTEN ?? DEFAULT_MELDINGEN_SETTINGS.zvhGemeenten,
    bijGemeenten: values.MELDINGEN_BIJ_GEMEENTEN
      ? new Set(values.MELDINGEN_BIJ_GEMEENTEN)
      : DEFAULT_MELDINGEN_SETTINGS.bijGemeenten,
  };
}
