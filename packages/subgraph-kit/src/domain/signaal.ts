import { registerEnumType } from 'type-graphql';

/** What a signal is about: one deadline of the werkstroom (DESIGN §5). */
export enum SignaalSoort {
  SCREENING = 'SCREENING',
  DR_PLAN = 'DR_PLAN',
  MDO = 'MDO',
  BASISVOORWAARDEN_BIJ_UITSTROOM = 'BASISVOORWAARDEN_BIJ_UITSTROOM',
  BIJ_MELDING = 'BIJ_MELDING',
  BIJ_MELDING_VERWACHT = 'BIJ_MELDING_VERWACHT',
  REGIE_NA_UITSTROOM = 'REGIE_NA_UITSTROOM',
  REGIE_CONFLICT = 'REGIE_CONFLICT',
  EXTRAMURALE_RAPPORTAGE = 'EXTRAMURALE_RAPPORTAGE',
  ADVIES = 'ADVIES',
  VI_BESLISSING = 'VI_BESLISSING',
}

export enum SignaalStatus {
  OPEN = 'OPEN',
  TE_LAAT = 'TE_LAAT',
  AFGEROND = 'AFGEROND',
  NIET_HAALBAAR = 'NIET_HAALBAAR',
}

registerEnumType(SignaalSoort, {
  name: 'SignaalSoort',
  description: 'The deadline of the werkstroom a signal is about.',
  valuesConfig: {
    SCREENING: { description: 'Screening on the basisvoorwaarden within the screening term of instroom (DJI).' },
    DR_PLAN: { description: 'A D&R-plan within the plan term of instroom (DJI).' },
    MDO: { description: 'An MDO at least every MDO interval once the plan is set (DJI).' },
    BASISVOORWAARDEN_BIJ_UITSTROOM: {
      description:
        "ID, onderdak, inkomen and zorgverzekering arranged before the expected uitstroom (the gemeente's status against DJI's date).",
    },
    BIJ_MELDING: {
      description:
        'A BIJ-melding received before the return, for a person of the BIJ target group in a participating gemeente.',
    },
    BIJ_MELDING_VERWACHT: {
      description:
        "A BIJ-melding due before the expected uitstroom of a person of the BIJ target group returning to a participating gemeente, until Justid sent it (OM's target group against DJI's stay, for Justid's BIJ desk).",
    },
    REGIE_NA_UITSTROOM: { description: 'Someone has casusregie from the day of uitstroom on.' },
    REGIE_CONFLICT: { description: 'More than one organisation has casusregie at once.' },
    EXTRAMURALE_RAPPORTAGE: {
      description:
        "The toezichthouder's periodic report to the director on the extramural phase, every interval the director set (DJI).",
    },
    ADVIES: {
      description:
        "The reclassering's advies OM asked for, received within the advies term of OM's opdracht (OM, for the officier).",
    },
    VI_BESLISSING: {
      description:
        "OM's decision on the voorwaardelijke invrijheidstelling, taken the VI-beslissing term before the day the VI falls (OM, for the officier).",
    },
  },
});

registerEnumType(SignaalStatus, {
  name: 'SignaalStatus',
  valuesConfig: {
    OPEN: { description: 'Not done, and the deadline has not passed.' },
    TE_LAAT: { description: 'Not done, and the deadline has passed.' },
    AFGEROND: { description: 'Done.' },
    NIET_HAALBAAR: {
      description:
        'Not done, and the deadline cannot be reached: it falls after the expected release of a short stay, or (counted back from the release) before the stay began (seed 002 l. 466–470), or it had passed when its owner learned of it (a VI-datum OM recorded after its VI-beslissing was due).',
    },
  },
});

export interface SignaalFeiten {
  readonly deadline: string;
  /** The day the deadline was met; null while it is not, or when it was met on a day not recorded. */
  readonly afgerondOp: string | null;
  /** Met, where the day it was met is not recorded (a zorgverzekering, work). */
  readonly afgerond?: boolean;
  /** The expected end of the stay; null while unknown. */
  readonly verwachteUitstroomdatum: string | null;
  readonly vandaag: string;
}

/**
 * A signal's status from its facts: done is AFGEROND; a deadline after the expected release is
 * NIET_HAALBAAR rather than overdue; otherwise TE_LAAT once the deadline has passed, else OPEN.
 */
export function signaalStatus({
  deadline,
  afgerondOp,
  afgerond = false,
  verwachteUitstroomdatum,
  vandaag,
}: SignaalFeiten): SignaalStatus {
  if (afgerondOp !== null || afgerond) {
    return SignaalStatus.AFGEROND;
  }
  if (verwachteUitstroomdatum !== null && deadline > verwachteUitstroomdatum) {
    return SignaalStatus.NIET_HAALBAAR;
  }
  return deadline < vandaag ? SignaalStatus.TE_LAAT : SignaalStatus.OPEN;
}

/** Most urgent first: overdue before the rest, then by deadline; what is done or unreachable last. */
export function byUrgency(
  a: { status: SignaalStatus; deadline: string },
  b: { status: SignaalStatus; deadline: string },
): number {
  const rank = (status: SignaalStatus): number =>
    status === SignaalStatus.TE_LAAT ? 0 : status === SignaalStatus.OPEN ? 1 : 2;
  return rank(a.status) - rank(b.status) || a.deadline.localeCompare(b.deadline);
}
