import { SignaalSoort, SignaalStatus } from '@ketengraaf/subgraph-kit';

import { DossierStatus, Procesregie } from '../entities/nazorgdossier.entity';
import type { NazorgdossierEntity } from '../entities/nazorgdossier.entity';

export enum RegieFase {
  /** DJI holds the person: it has casusregie on the internal process. */
  DETENTIE = 'DETENTIE',
  /** The person has left: the reclassering (justitieel kader) or the gemeente has casusregie. */
  NA_UITSTROOM = 'NA_UITSTROOM',
  /** DJI shows the caller no stay of the person. */
  ONBEKEND = 'ONBEKEND',
}

/** The facts regie is derived from: DJI's last stay (handed over by the gateway) and the gemeente's own dossiers. */
export interface RegieFeiten {
  readonly laatsteVerblijf: {
    readonly instroomdatum: string | null;
    readonly viDatum: string | null;
    readonly uitstroomdatum: string | null;
  } | null;
  /** The person's dossiers the caller may see. */
  readonly dossiers: readonly NazorgdossierEntity[];
}

export interface RegieSignaal {
  readonly soort: SignaalSoort;
  readonly deadline: string;
  readonly status: SignaalStatus;
  readonly afgerondOp: string | null;
}

export interface RegieUitkomst {
  readonly fase: RegieFase;
  /** The organisation with casusregie (`dji`, `reclassering`, `gemeente:0344`); null for none or more than one. */
  readonly casusregie: string | null;
  readonly casusregieSinds: string | null;
  /** The gemeente or Zorg- en Veiligheidshuis with procesregie (`gemeente:0344`, `zvh:Utrecht`). */
  readonly procesregie: string | null;
  readonly procesregieSinds: string | null;
  readonly signalen: RegieSignaal[];
}

const later = (a: string, b: string): string => (a > b ? a : b);

/**
 * Who has regie, from the facts (seed 000 l. 43–48): DJI has casusregie during detention; after
 * uitstroom the reclassering where a justitieel kader applies (a voorwaardelijke invrijheidstelling
 * DJI recorded), otherwise the gemeente that keeps an open dossier; procesregie lies with the
 * gemeente or its Zorg- en Veiligheidshuis throughout, as the dossier says. No one after uitstroom
 * is a gap, more than one gemeente at once a conflict: both signals.
 */
export function regieVan({ laatsteVerblijf, dossiers }: RegieFeiten, vandaag: string): RegieUitkomst {
  const open = dossiers.filter((dossier) => dossier.status === DossierStatus.OPEN);
  const [eerste] = open;
  const proces = eerste
    ? {
        procesregie:
          eerste.procesregie === Procesregie.ZORG_EN_VEILIGHEIDSHUIS && eerste.zvhNaam
            ? `zvh:${eerste.zvhNaam}`
            : `gemeente:${eerste.gemeentecode}`,
        procesregieSinds: eerste.geopendOp,
      }
    : { procesregie: null, procesregieSinds: null };
  if (!laatsteVerblijf?.instroomdatum) {
    return { fase: RegieFase.ONBEKEND, casusregie: null, casusregieSinds: null, ...proces, signalen: [] };
  }
  const { instroomdatum, viDatum, uitstroomdatum } = laatsteVerblijf;
  if (uitstroomdatum === null || uitstroomdatum > vandaag) {
    return { fase: RegieFase.DETENTIE, casusregie: 'dji', casusregieSinds: instroomdatum, ...proces, signalen: [] };
  }
  const na = (casusregie: string | null, sinds: string | null, signaal: RegieSignaal): RegieUitkomst => ({
    fase: RegieFase.NA_UITSTROOM,
    casusregie,
    casusregieSinds: sinds,
    ...proces,
    signalen: [signaal],
  });
  if (viDatum !== null) {
    return na('reclassering', uitstroomdatum, afgerond(uitstroomdatum, uitstroomdatum));
  }
  const gemeenten = [...new Set(open.map((dossier) => dossier.gemeentecode))];
  if (gemeenten.length > 1) {
    const sinds = open.map((dossier) => later(dossier.geopendOp, uitstroomdatum)).sort()[1] ?? uitstroomdatum;
    return na(null, null, {
      soort: SignaalSoort.REGIE_CONFLICT,
      deadline: sinds,
      status: SignaalStatus.TE_LAAT,
      afgerondOp: null,
    });
  }
  if (eerste) {
    const sinds = later(eerste.geopendOp, uitstroomdatum);
    return na(`gemeente:${eerste.gemeentecode}`, sinds, afgerond(uitstroomdatum, sinds));
  }
  return na(null, null, {
    soort: SignaalSoort.REGIE_NA_UITSTROOM,
    deadline: uitstroomdatum,
    status: uitstroomdatum < vandaag ? SignaalStatus.TE_LAAT : SignaalStatus.OPEN,
    afgerondOp: null,
  });
}

function afgerond(deadline: string, afgerondOp: string): RegieSignaal {
  return { soort: SignaalSoort.REGIE_NA_UITSTROOM, deadline, status: SignaalStatus.AFGEROND, afgerondOp };
}
