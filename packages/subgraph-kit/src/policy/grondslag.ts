import type { Caller } from '../identity/caller';

/**
 * The legal grounds on which one party may read another's data (DESIGN §4), each with the text
 * a denial names and the slug of its processing activity.
 */
export const grondslagen = {
  EIGEN_TAAK: { omschrijving: 'own task of the owning party', slug: 'eigen-taak' },
  ART_51C_WJSG: { omschrijving: 'art. 51c lid 2 WJSG (gemeente of origin or return)', slug: 'art-51c-wjsg' },
  ART_18A_PBW: { omschrijving: "art. 18a Pbw and art. 20d Pm (taking part in the person's D&R)", slug: 'art-18a-pbw' },
  ART_18B_PBW: { omschrijving: 'art. 18b Pbw (risk information)', slug: 'art-18b-pbw' },
  ART_11A_BJSG: { omschrijving: 'art. 11a Bjsg (BIJ-melding to the burgemeester)', slug: 'art-11a-bjsg' },
  AANWIJZING_WJSG: { omschrijving: "Aanwijzing WJSG (officier van justitie's disclosure)", slug: 'aanwijzing-wjsg' },
  WGS: { omschrijving: 'Wgs (casusoverleg of a Zorg- en Veiligheidshuis)', slug: 'wgs' },
  OPDRACHT_OM: {
    omschrijving: "OM's opdracht to the reclassering (the advies it ordered, the conditions it had supervised)",
    slug: 'opdracht-om',
  },
  SOCIAAL_DOMEIN: {
    omschrijving:
      "the gemeente's own social-domain task (Wmo 2015, Participatiewet) for its returning resident, by its own system",
    slug: 'sociaal-domein',
  },
  KETENMONITORING: {
    omschrijving: "monitoring of the chain's results by the landelijke regiegroep or the Inspectie JenV (counts only)",
    slug: 'ketenmonitoring',
  },
  ART_15_AVG: { omschrijving: "art. 15 AVG (the data subject's access to their own processing)", slug: 'art-15-avg' },
  ART_5_LID_2_AVG: {
    omschrijving: 'art. 5 lid 2 AVG (accountability: checking the grounds before sharing)',
    slug: 'art-5-lid-2-avg',
  },
} as const;

export type Grondslag = keyof typeof grondslagen;

/**
 * The grounds that open figures about no one person (counts over many, small ones suppressed),
 * decided from who asks alone: the landelijke regiegroep monitors the results of the chain's
 * cooperation (seed 000 l. 411), the Inspectie JenV supervises it (seed 001 l. 3–7), and both ask
 * for measurable goals (seed 002 l. 351–353). Only their analists hold the role.
 */
export const grondenZonderBetrokkene: Readonly<Partial<Record<Grondslag, (caller: Caller) => boolean>>> = {
  KETENMONITORING: (caller) => caller.rol === 'analist',
};

/**
 * The grounds the kit decides itself, for processing the AVG grounds rather than a party's task:
 * a betrokkene reading their own trail (art. 15), a caller asking "mag ik dit delen?" before
 * sharing (art. 5 lid 2). No party's policy decides them and no field declares them.
 */
export type AvgGrondslag = Extract<Grondslag, 'ART_15_AVG' | 'ART_5_LID_2_AVG'>;

export function isGrondslag(value: string): value is Grondslag {
  return Object.prototype.hasOwnProperty.call(grondslagen, value);
}

/** The processing activity a read under `grondslag` belongs to, as a URI (Logboek Dataverwerkingen). */
export function verwerkingsactiviteit(party: string, grondslag: Grondslag): string {
  return `https://ketengraaf.nl/verwerkingsactiviteiten/${party}/${grondslagen[grondslag].slug}`;
}

/** The ground a processing activity URI of this party names; null for one it does not. */
export function grondslagOfActivity(party: string, activity: string): Grondslag | null {
  return (
    (Object.keys(grondslagen) as Grondslag[]).find((grond) => verwerkingsactiviteit(party, grond) === activity) ?? null
  );
}
