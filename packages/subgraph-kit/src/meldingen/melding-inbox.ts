import { randomBytes } from 'node:crypto';

import { HTTP } from 'cloudevents';
import type { CloudEventV1 } from 'cloudevents';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { RequestHandler, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';

import type { OrganisatieSoort } from '../domain/organisatie';
import type { ErrorCode } from '../errors/error-codes';
import type { MachineCaller, MachineTokenVerifier } from '../identity/machine-token';
import type { Logger } from '../logging/logger';
import type { Betrokkene } from '../policy/access-policy';
import { verwerkingsactiviteit } from '../policy/grondslag';
import type { Grondslag } from '../policy/grondslag';
import { pseudonym, pseudonymType } from '../processing-log/pseudonym';
import { writeOperation } from '../processing-log/write-processing-log';
import type { AuditRecord, ProcessingLogOperation } from '../processing-log/write-processing-log';
import { traceContextFrom } from '../tracing/trace-context';
import type { TraceContext } from '../tracing/trace-context';

import { MeldingGeweigerd } from './melding';
import type { MeldingOntvangst, OntvangenMelding } from './melding';
import { organisatieVanUri } from './organisatie-uri';

/** The path of every subgraph's inbox. */
export const INBOX_PATH = '/meldingen';

export interface InboxOptions {
  readonly party: string;
  /** The kinds of organisation this deployment serves: the only receivers it accepts meldingen for. */
  readonly soorten: readonly OrganisatieSoort[];
  readonly accepts: readonly MeldingOntvangst[];
  readonly dataSource: DataSource;
  readonly verify: MachineTokenVerifier;
  readonly pseudonymKey: string;
  readonly log: Logger;
}

/** The role a machine sender is recorded with in the processing log's audit record. */
const MACHINE_ROLE = 'machine';

/**
 * `POST /meldingen`: a party's inbox. It verifies the sender's machine token, reads the structured
 * CloudEvent, refuses (403, recorded as a denial in the access decisions) a type the sender's kind
 * of organisation may not send, and keeps an accepted melding once by its `source` and `id`: a
 * repeated delivery is confirmed again and applied no second time. The receipt, what the party's
 * handler keeps of it and its processing record commit together.
 */
export function meldingInbox(options: InboxOptions): RequestHandler[] {
  const { log } = options;
  const handle: RequestHandler = (req, res, next) => {
    receive(options, req.header('authorization'), req.headers, req.body, traceContextFrom(req.header('traceparent')))
      .then(({ status, body }) => res.status(status).json(body))
      .catch(next);
  };
  return [
    express.text({ type: ['application/cloudevents+json', 'application/json'], limit: '256kb' }),
    handle,
    (error: unknown, _req: unknown, res: Response, next: (error: unknown) => void) => {
      if (res.headersSent || (error as { type?: string }).type) {
        next(error);
        return;
      }
      log.error({ err: error }, 'melding receipt failed');
      refusal(res, 500, 'INTERNAL_SERVER_ERROR', 'The melding could not be received; send it again later.');
    },
  ] as RequestHandler[];
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

const refused = (status: number, code: ErrorCode, message: string): Answer => ({
  status,
  body: { errors: [{ message, extensions: { code } }] },
});

function refusal(res: Response, status: number, code: ErrorCode, message: string): void {
  const answer = refused(status, code, message);
  res.status(answer.status).json(answer.body);
}

async function receive(
  options: InboxOptions,
  authorization: string | undefined,
  headers: Record<string, unknown>,
  body: unknown,
  trace: TraceContext,
): Promise<Answer> {
  let sender: MachineCaller;
  try {
    sender = await options.verify(authorization);
  } catch (error) {
    options.log.warn(
      { reason: error instanceof Error ? error.message : error },
      'melding refused: no valid machine token',
    );
    return refused(401, 'UNAUTHENTICATED', 'A valid machine token of the sending organisation is required.');
  }
  let event: CloudEventV1<unknown>;
  try {
    const parsed = HTTP.toEvent({ headers: headers as Record<string, string>, body });
    if (Array.isArray(parsed)) {
      return refused(400, 'INVALID_MELDING', 'One melding per request: a batch is not accepted.');
    }
    event = parsed;
  } catch {
    return refused(400, 'INVALID_MELDING', 'The body is not a valid CloudEvent 1.0.');
  }
  const afzender = organisatieVanUri(event.source);
  const ontvanger = typeof event['ontvanger'] === 'string' ? event['ontvanger'] : '';
  // One type may come from several kinds of sender, each on its own ground (an early release from DJI or OM).
  const ofType = options.accepts.filter((candidate) => candidate.type === event.type);
  const soort = sender.organisatie.split(':')[0] as OrganisatieSoort;
  const ontvangst = ofType.find((candidate) => candidate.van.includes(soort)) ?? ofType[0];
  const deny = async (message: string): Promise<Answer> => {
    await recordRefusal(options, trace, sender, event.type, ontvangst?.grondslag ?? null);
    options.log.warn({ type: event.type, afzender: sender.organisatie, reason: message }, 'melding refused');
    return refused(403, 'MELDING_NOT_ACCEPTED', message);
  };
  if (afzender !== sender.organisatie) {
    return deny(`The melding's source does not name the organisation of the token (${sender.organisatie}).`);
  }
  if (!options.soorten.some((soort) => ontvanger === soort || ontvanger.startsWith(`${soort}:`))) {
    return deny(`This ${options.party} inbox receives no meldingen for ${ontvanger || 'an unnamed receiver'}.`);
  }
  if (!ontvangst || !ontvangst.van.includes(soort)) {
    return deny(`A ${soort} organisation may not send ${event.type} to the ${options.party} inbox.`);
  }
  if (typeof event.subject !== 'string' || typeof event.data !== 'object' || event.data === null) {
    return refused(400, 'INVALID_MELDING', 'A melding has a subject and JSON data.');
  }
  const melding: OntvangenMelding = {
    id: event.id,
    type: event.type,
    afzender,
    ontvanger,
    subject: event.subject,
    grondslag: ontvangst.grondslag,
    tijdstip: event.time ?? new Date().toISOString(),
    data: event.data as Record<string, unknown>,
  };
  let nieuw: boolean;
  try {
    nieuw = await keep(options, ontvangst, melding, event.source, trace, sender);
  } catch (error) {
    if (error instanceof MeldingGeweigerd) {
      return deny(error.message);
    }
    if (error instanceof GraphQLError) {
      // The party's handler found the melding invalid (a BSN failing the elfproef): nothing was kept.
      return refused(400, 'INVALID_MELDING', error.message);
    }
    throw error;
  }
  return { status: 200, body: { id: melding.id, status: 'ONTVANGEN', herhaald: !nieuw } };
}

/** Keeps a melding once, by source and id, with what the party keeps of it and its processing record. */
async function keep(
  options: InboxOptions,
  ontvangst: MeldingOntvangst,
  melding: OntvangenMelding,
  bron: string,
  trace: TraceContext,
  sender: MachineCaller,
): Promise<boolean> {
  const { afzender, ontvanger } = melding;
  let committed = (): void => undefined;
  const nieuw = await options.dataSource.transaction(async (manager) => {
    const [row] = await manager.query<{ nieuw: boolean }[]>(
      `INSERT INTO melding_inbox (bron, id, type, afzender, ontvanger, subject, grondslag, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (bron, id) DO UPDATE SET keer_ontvangen = melding_inbox.keer_ontvangen + 1
       RETURNING keer_ontvangen = 1 AS nieuw`,
      [
        bron,
        melding.id,
        melding.type,
        afzender,
        ontvanger,
        melding.subject,
        melding.grondslag,
        JSON.stringify(melding.data),
      ],
    );
    if (!row?.nieuw) {
      return false;
    }
    const betrokkene = await ontvangst.ontvang(manager, melding);
    committed = await recordReceipt(manager, options, trace, sender, melding, betrokkene);
    return true;
  });
  committed();
  return nieuw;
}

/** The receipt in the processing log: what was received about whom, from which organisation, on which ground. */
async function recordReceipt(
  manager: EntityManager,
  options: InboxOptions,
  trace: TraceContext,
  sender: MachineCaller,
  melding: OntvangenMelding,
  betrokkene: Betrokkene | null,
): Promise<() => void> {
  const activity = verwerkingsactiviteit(options.party, melding.grondslag);
  const subject = betrokkene ? pseudonym(options.pseudonymKey, betrokkene) : null;
  const subjectType = betrokkene ? pseudonymType(betrokkene) : null;
  return writeOperation(manager, receiptOperation(trace, `melding ${melding.type}`), {
    audit: auditOf(sender),
    records:
      subject && subjectType
        ? [{ activity, subject, subjectType, processor: melding.afzender, bronhouder: melding.ontvanger }]
        : [],
    sets: [
      {
        subject,
        subjectType,
        permitted: true,
        policy: activity,
        bronhouder: melding.ontvanger,
        resources: [`Melding ${melding.type}`],
        resourceGrounds: [[melding.grondslag]],
      },
    ],
  });
}

/** A refused melding as a denial about no one person, in the sending organisation's part of the log. */
async function recordRefusal(
  options: InboxOptions,
  trace: TraceContext,
  sender: MachineCaller,
  type: string,
  grondslag: Grondslag | null,
): Promise<void> {
  const committed = await writeOperation(options.dataSource.manager, receiptOperation(trace, `melding ${type}`), {
    audit: auditOf(sender),
    records: [],
    sets: [
      {
        subject: null,
        subjectType: null,
        permitted: false,
        policy: 'no-legal-ground',
        bronhouder: sender.organisatie,
        resources: [`Melding ${type}`],
        resourceGrounds: [grondslag ? [grondslag] : []],
      },
    ],
  });
  committed();
}

/** The inbox's handling of one melding: a span of its own under the sender's. */
function receiptOperation(trace: TraceContext, name: string): ProcessingLogOperation {
  const now = new Date();
  return {
    trace: { traceId: trace.traceId, spanId: randomBytes(8).toString('hex'), parentSpanId: trace.spanId },
    name,
    startTime: now,
    endTime: now,
    failed: false,
  };
}

function auditOf(sender: MachineCaller): AuditRecord {
  return { userId: sender.clientId, organisation: sender.organisatie, role: MACHINE_ROLE };
}
