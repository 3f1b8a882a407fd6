/** Who the screens act as: a demo organisation, role and user, and the token the screens server signed for them. */
export interface Sessie {
  readonly organisatie: string;
  readonly rol: string;
  readonly gebruiker: string;
  readonly token: string;
}

/** The demo roles the screens are made for, each with a non-empty werkvoorraad or inbox in the demo data. */
export const DEMO_ROLLEN = [
  {
    organisatie: 'gemeente:0363',
    rol: 'nazorgcoordinator',
    gebruiker: 'demo-user',
    naam: 'Nazorgcoördinator, gemeente Amsterdam',
  },
  { organisatie: 'dji:PI-VUGHT', rol: 'casemanager', gebruiker: 'demo-user', naam: 'Casemanager, PI Vught' },
  {
    organisatie: 'reclassering:RN',
    rol: 'toezichthouder',
    gebruiker: 'th-rn-1',
    naam: 'Toezichthouder, Reclassering Nederland (I. Claessens)',
  },
  {
    organisatie: 'burgemeester:0363',
    rol: 'oov-adviseur',
    gebruiker: 'demo-user',
    naam: 'OOV-adviseur, burgemeester van Amsterdam',
  },
  { organisatie: 'gemeente:0363', rol: 'beheerder', gebruiker: 'demo-user', naam: 'Beheerder, gemeente Amsterdam' },
] as const;

const OPSLAG = 'ketengraaf-sessie';

export function bewaardeSessie(): Sessie | null {
  const tekst = sessionStorage.getItem(OPSLAG);
  return tekst === null ? null : (JSON.parse(tekst) as Sessie);
}

export function bewaarSessie(sessie: Sessie | null): void {
  if (sessie === null) {
    sessionStorage.removeItem(OPSLAG);
  } else {
    sessionStorage.setItem(OPSLAG, JSON.stringify(sessie));
  }
}

/** Asks the screens server (development only) to sign a demo token; its answer says what is wrong otherwise. */
export async function meldAan(keuze: { organisatie: string; rol: string; gebruiker: string }): Promise<Sessie> {
  const antwoord = await fetch('/demo-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(keuze),
  });
  const body = (await antwoord.json()) as { token?: string; errors?: { message: string }[] };
  if (!antwoord.ok || body.token === undefined) {
    throw new Error(body.errors?.[0]?.message ?? `De demo-tokenuitgever antwoordde ${antwoord.status}.`);
  }
  return { ...keuze, token: body.token };
}
