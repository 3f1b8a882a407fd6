import type { EntityManager } from 'typeorm';

import type { OrganisatieSoort } from '../domain/organisatie';
import type { Betrokkene } from '../policy/access-policy';
import type { Grondslag } from '../policy/grondslag';

/** Where a melding is: waiting for delivery (or a retry), delivered, or given up on (dead letter). */
export const meldingStatussen = ['TE_VERZENDEN', 'AFGELEVERD', 'ONBESTELBAAR'] as const;
export type MeldingStatus = (typeof meldingStatussen)[number];

/** How far the receiver has confirmed a melding. */
export const bevestigingen = ['ONTVANGEN', 'IN_BEHANDELING'] as const;
export type Bevestiging = (typeof bevestigingen)[number];

/**
 * A melding a party's domain command writes into its outbox, in the transaction of the change that
 * causes it. It becomes a CloudEvent 1.0: `type` in reverse-DNS form, `source` the sending
 * organisation's URI, `subject` a reference that is never a BSN, and a fresh `id`.
 */
export interface UitgaandeMelding {
  /** Reverse-DNS event type, e.g. `nl.ketengraaf.dji.detentie.begonnen`. */
  readonly type: string;
  /** The sending organisation (`dji:PI-VUGHT`); its machine token signs the delivery. */
  readonly afzender: string;
  /** The receiving organisation (`gemeente:0363`); the routes say which deployment serves it. */
  readonly ontvanger: string;
  /** A reference to the record the melding is about (`verblijf/<uuid>`); never a BSN. */
  readonly subject: string;
  /** The legal ground the melding is sent on. */
  readonly grondslag: Grondslag;
  /** What the melding says: as little as the receiver needs (a date, a reference). */
  readonly data: Readonly<Record<string, unknown>>;
  /** Ahead of the queue (an unexpected early release). */
  readonly voorrang?: boolean;
}

/** A received melding, as the receiving party's handler gets it. */
export interface OntvangenMelding {
  readonly id: string;
  readonly type: string;
  readonly afzender: string;
  readonly ontvanger: string;
  readonly subject: string;
  readonly grondslag: Grondslag;
  readonly tijdstip: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * Whether a melding that carries a date is newer, by its `time`, than the last one applied to the
 * record (`laatstToegepast`, null when none was): meldingen are delivered at least once and
 * retried, so an older one may arrive after a newer one and must not put an older date back.
 */
export function isNieuwereMelding(melding: Pick<OntvangenMelding, 'tijdstip'>, laatstToegepast: Date | null): boolean {
  return laatstToegepast === null || laatstToegepast < new Date(melding.tijdstip);
}

/**
 * One kind of melding a party accepts in its inbox: from which kinds of organisation, on which
 * legal ground, and what it keeps of it. Anything else is refused (403) and recorded.
 */
export interface MeldingOntvangst {
  readonly type: string;
  readonly van: readonly OrganisatieSoort[];
  readonly grondslag: Grondslag;
  /**
   * Keeps what the melding says, in the receipt's transaction, and returns the person it is about
   * for the processing log (or null). Throwing refuses the melding as invalid (400); the sender
   * dead-letters it after its attempts.
   */
  readonly ontvang: (manager: EntityManager, melding: OntvangenMelding) => Promise<Betrokkene | null>;
}

/**
 * Thrown by a party's handler when the sending organisation has no part in what its melding is
 * about (a document it did not make, an advies nobody asked it for): refused like a type it may not
 * send (403 `MELDING_NOT_ACCEPTED`, recorded as a denial), and nothing is kept.
 */
export class MeldingGeweigerd extends Error {
  override readonly name = 'MeldingGeweigerd';
}

/** Writes meldingen into the party's outbox; domain commands get this. */
export interface OutboxWriter {
  /** Records the melding through the change's own manager: it is sent exactly when the change commits. */
  add(manager: EntityManager, melding: UitgaandeMelding): Promise<string>;
}

/** The namespace of every event type: `nl.ketengraaf.<party>.<onderwerp>.<gebeurtenis>`. */
export const EVENT_TYPE_PATTERN = /^nl\.ketengraaf(\.[a-z][a-z0-9-]*){2,}$/;
