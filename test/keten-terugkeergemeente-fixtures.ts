import { gatewayOf, nazorg } from './keten-fixtures';
import { eventually, instroom, REGISTREER_INSTROOM, testBsn } from './meldingen-fixtures';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/**
 * A changed gemeente of return (issue 12 point 5): the person held, the gemeenten it concerns and
 * their dossiers, shared by the change's test file and the handover's.
 */
export const HERKOMST = '0344';
export const VORIGE = '0363';
export const NIEUWE = '0518';

/** The person whose gemeente of return changes from {@link VORIGE} to {@link NIEUWE}. */
export const PERSOON = { bsn: testBsn(601), skn: '9000000601' };

export const WIJZIG = /* GraphQL */ `
  mutation ($input: TerugkeergemeenteWijzigingInput!) {
    wijzigTerugkeergemeente(input: $input) {
      versie
      terugkeer {
        soort
        gemeentecode
      }
      terugkeerwijzigingen {
        datum
        reden
        vorige {
          gemeentecode
        }
        nieuwe {
          gemeentecode
        }
      }
    }
  }
`;

const DOSSIERS = /* GraphQL */ `
  query ($gemeentecode: Gemeentecode!, $status: DossierStatus!) {
    nazorgdossiers(gemeentecode: $gemeentecode, status: $status, first: 100) {
      edges {
        node {
          id
          bsn: justitiabele {
            bsn
          }
          rol
          status
          versie
          aangemeldDoor
          overdrachtAan
          overgedragenDoor
          overgedragenOp
          geslotenOp
          basisvoorwaarden {
            onderdak {
              type
              per
            }
          }
        }
      }
    }
  }
`;

interface Dossier {
  id: string;
  bsn: { bsn: string } | null;
  rol: string;
  status: string;
  versie: number;
  aangemeldDoor: string;
  overdrachtAan: string | null;
  overgedragenDoor: string | null;
  overgedragenOp: string | null;
  geslotenOp: string | null;
  basisvoorwaarden: { onderdak: { type: string | null; per: string | null } } | null;
}

/** Finds the person's dossier at `gemeentecode` with `status`, as its nazorgcoördinator. */
export const dossierLookup =
  (federation: () => TestStack) =>
  async (gemeentecode: string, status: string, bsn: string): Promise<Dossier | undefined> => {
    const response = await gatewayOf(federation)(nazorg(gemeentecode), DOSSIERS, { gemeentecode, status });
    expect(response.errors).toBeUndefined();
    const edges = (response.data?.['nazorgdossiers'] as { edges: { node: Dossier }[] }).edges;
    return edges.map((edge) => edge.node).find((dossier) => dossier.bsn?.bsn === bsn);
  };

/**
 * Registers {@link PERSOON} into PI Vught from {@link HERKOMST}, returning to {@link VORIGE}, and
 * waits until both gemeenten opened a dossier; answers the stay and its version.
 */
export async function registreerPersoon(federation: () => TestStack): Promise<{ verblijfId: string; versie: number }> {
  const dossierOf = dossierLookup(federation);
  const { bsn } = PERSOON;
  const registered = await federation().ask(federation().stack.subgraphUrls.dji, CASEMANAGER, REGISTREER_INSTROOM, {
    input: {
      ...instroom(601, VORIGE, bsn),
      herkomst: { soort: 'GEMEENTE', gemeentecode: HERKOMST },
    },
  });
  expect(registered.errors).toBeUndefined();
  const verblijfId = (registered.data?.['registreerInstroom'] as { id: string }).id;
  await eventually(async () => (await dossierOf(VORIGE, 'AANGEMELD', bsn)) !== undefined, 10_000, 'the dossier');
  await eventually(async () => (await dossierOf(HERKOMST, 'AANGEMELD', bsn)) !== undefined, 10_000, 'the dossier');
  const stay = await gatewayOf(federation)(CASEMANAGER, '{ verblijf(id: "' + verblijfId + '") { versie } }');
  return { verblijfId, versie: (stay.data?.['verblijf'] as { versie: number }).versie };
}
