import { instroom, eventually, REGISTREER_INSTROOM } from './meldingen-fixtures';
import { nazorg } from './keten-fixtures';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

// What the test files of DJI's meldingen after instroom share: the gemeenten's dossiers as the
// meldingen leave them, DJI's own changes, and DJI's outbox.

/** A gemeente's list of its dossiers in one status, with every field DJI's meldingen fill. */
export const DOSSIERS = /* GraphQL */ `
  query ($code: Gemeentecode!, $status: DossierStatus!) {
    nazorgdossiers(gemeentecode: $code, status: $status, first: 100) {
      edges {
        node {
          id
          justitiabele {
            bsn
          }
          status
          rol
          aangemeldDoor
          geopendOp
          versie
          nazorgcoordinator {
            naam
          }
          detentieReferentie
          gemeldeVerwachteUitstroomdatum
          gemeldeUitstroomdatum
          screeningInformatieGevraagdVoor
          gemeldeScreeningdatum
          gemeldeHulpvragen {
            domein
            hulpvraag
            toelichting
          }
        }
      }
    }
  }
`;

export interface Dossier {
  id: string;
  justitiabele: { bsn: string } | null;
  status: string;
  rol: string;
  aangemeldDoor: string;
  geopendOp: string;
  versie: number;
  nazorgcoordinator: { naam: string } | null;
  detentieReferentie: string | null;
  gemeldeVerwachteUitstroomdatum: string | null;
  gemeldeUitstroomdatum: string | null;
  screeningInformatieGevraagdVoor: string | null;
  gemeldeScreeningdatum: string | null;
  gemeldeHulpvragen: { domein: string; hulpvraag: boolean; toelichting: string | null }[] | null;
}

/** The helpers over the stack `federation()` answers once it is started. */
export function djiMeldingen(federation: () => TestStack) {
  /** Gemeente `code`'s dossiers on `bsn` in `status`, as its nazorgcoördinator lists them through the gateway. */
  async function dossiers(code: string, status: 'AANGEMELD' | 'OPEN', bsn: string): Promise<Dossier[]> {
    const response = await federation().ask(federation().stack.gatewayUrl, nazorg(code), DOSSIERS, { code, status });
    expect(response.errors).toBeUndefined();
    const edges = (response.data?.['nazorgdossiers'] as { edges: { node: Dossier }[] }).edges;
    return edges.map((edge) => edge.node).filter((dossier) => dossier.justitiabele?.bsn === bsn);
  }

  /** Waits until gemeente `code`'s lopende dossier on `bsn` satisfies `check`, and returns it. */
  async function dossierWhen(
    code: string,
    bsn: string,
    check: (dossier: Dossier) => boolean,
    status: 'AANGEMELD' | 'OPEN' = 'AANGEMELD',
  ): Promise<Dossier> {
    let found: Dossier | undefined;
    await eventually(
      async () => {
        found = (await dossiers(code, status, bsn)).find(check);
        return found !== undefined;
      },
      10_000,
      `gemeente ${code}'s dossier`,
    );
    return found as Dossier;
  }

  /** Asks DJI's subgraph as PI Vught's casemanager, expecting no error. */
  async function dji(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    const response = await federation().ask(federation().stack.subgraphUrls.dji, CASEMANAGER, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data as Record<string, unknown>;
  }

  /** Registers person `n` at PI Vught, from `herkomst` and returning to `terugkeer`; returns the verblijf. */
  async function registreer(n: number, herkomst: string, terugkeer: string): Promise<{ id: string; versie: number }> {
    const input = {
      ...instroom(n, herkomst),
      terugkeer: { soort: 'GEMEENTE', gemeentecode: terugkeer },
    };
    const data = await dji(REGISTREER_INSTROOM.replace('id\n', 'id\n      versie\n'), { input });
    return data['registreerInstroom'] as { id: string; versie: number };
  }

  /** DJI's outbox rows about the person of `bsnOrSkn`, by type and receiver. */
  const outboxOf = (bsnOrSkn: string) =>
    federation().rows<{ type: string; ontvanger: string; grondslag: string; status: string }>(
      'dji',
      `SELECT type, ontvanger, grondslag, status FROM melding_outbox
        WHERE data->>'bsn' = $1 OR data->>'strafrechtsketennummer' = $1 ORDER BY type, ontvanger`,
      [bsnOrSkn],
    );

  /**
   * Gemeente 0363's nazorgcoördinator takes up the dossier on `bsn` PI Vught notified it of, as
   * ONTVANGENDE_GEMEENTE under its own procesregie, through the gateway; answers `selection` of it.
   */
  const neemOp = (bsn: string, selection: string) =>
    federation().ask(
      federation().stack.gatewayUrl,
      nazorg('0363'),
      `mutation ($input: NazorgdossierInput!) { openNazorgdossier(input: $input) ${selection} }`,
      {
        input: {
          gemeentecode: '0363',
          bsn,
          rol: 'ONTVANGENDE_GEMEENTE',
          aangemeldDoor: 'dji:PI-VUGHT',
          nazorgcoordinator: { naam: 'N. Coördinator', email: 'n.coordinator@amsterdam.example.nl' },
          procesregie: 'GEMEENTE',
          zvhBetrokken: false,
          geopendOp: '2026-03-20',
        },
      },
    );

  return { dossiers, dossierWhen, dji, registreer, outboxOf, neemOp };
}
