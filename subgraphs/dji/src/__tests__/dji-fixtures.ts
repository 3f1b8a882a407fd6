import type { PartySubgraph, TokenClaims } from '@ketengraaf/subgraph-kit';
import { recordedDecisions, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { RecordedDecision, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { djiParty } from '../index';

export type DjiTestSubgraph = TestSubgraph<PartySubgraph>;

/** The casemanager of PI Vught, where the persons A to D are taken in; the default caller. */
export const CASEMANAGER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught-1' };
/** The casemanager of PI Almelo, where D was moved to. */
export const ALMELO: TokenClaims = { org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'cm-almelo' };
/** The gemeente of C's ended stay only. */
export const GRONINGEN: TokenClaims = { org: 'gemeente:0014', role: 'nazorgcoordinator', sub: 'nc-0014' };
export const AMSTERDAM: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' };
export const ROTTERDAM: TokenClaims = { org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-0599' };
export const RN_TOEZICHTHOUDER: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn' };
export const PRIVACY_OFFICER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' };

export interface Person {
  readonly id: string;
  readonly bsn: string;
  readonly herkomst: string;
  readonly terugkeer: string;
}

/** Person A returns to Amsterdam from Utrecht; Amsterdam and RN take part in the D&R-plan. */
export const A: Person = { id: '3000000001', bsn: '111222333', herkomst: '0344', terugkeer: '0363' };
/** Person B comes from and returns to Rotterdam; screened, no plan yet. */
export const B: Person = { id: '3000000002', bsn: '111222345', herkomst: '0599', terugkeer: '0599' };
/** Person C: an ended stay from and to Groningen, now a current stay from and to Almere. */
export const C: Person = { id: '3000000003', bsn: '111222357', herkomst: '0034', terugkeer: '0034' };
/** Person D: taken in at PI Vught, since moved to PI Almelo. */
export const D: Person = { id: '3000000004', bsn: '111222369', herkomst: '0363', terugkeer: '0363' };

export const E = 'EIGEN_TAAK';
export const W = 'ART_51C_WJSG';
export const P = 'ART_18A_PBW';
export const BIJ = 'ART_11A_BJSG';

/** The uuid of no verblijf. */
export const UNKNOWN_VERBLIJF = '00000000-0000-4000-8000-000000000000';

export const INSTROOM = /* GraphQL */ `
  mutation ($input: InstroomInput!) {
    registreerInstroom(input: $input) {
      id
      versie
      status
      terugkeer {
        soort
        gemeentecode
        gemeentenaam
      }
      inrichting {
        code
      }
    }
  }
`;

/** An instroom input that passes every check, into HVB Zaanstad, with `overrides` on top. */
export function instroomInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '2000000001',
    bsn: '111222333',
    personalia: { voornamen: 'Test', achternaam: 'Persoon', geboortedatum: '1990-05-01' },
    instroomdatum: '2026-01-10',
    verwachteUitstroomdatum: '2026-12-01',
    titel: 'GEVANGENISSTRAF',
    inrichting: 'HVB-ZAANSTAD',
    herkomst: { soort: 'GEMEENTE', gemeentecode: '0363' },
    terugkeer: { soort: 'GEMEENTE', gemeentecode: '0479' },
    casemanager: { naam: 'C. Manager', email: 'c.manager@dji.example.nl' },
    ...overrides,
  };
}

/** The input of a person's instroom into PI Vught (achternaam `Persoon <id>`), with other dates or gemeenten. */
export function instroomOf(
  person: Person,
  overrides: { instroomdatum?: string; herkomst?: string; terugkeer?: string } = {},
): Record<string, unknown> {
  return instroomInput({
    id: person.id,
    bsn: person.bsn,
    personalia: { voornamen: 'Test', achternaam: `Persoon ${person.id}`, geboortedatum: '1990-01-01' },
    instroomdatum: overrides.instroomdatum ?? '2026-03-01',
    verwachteUitstroomdatum: '2026-12-15',
    inrichting: 'PI-VUGHT',
    herkomst: { soort: 'GEMEENTE', gemeentecode: overrides.herkomst ?? person.herkomst },
    terugkeer: { soort: 'GEMEENTE', gemeentecode: overrides.terugkeer ?? person.terugkeer },
  });
}

/** The stays of the persons A to D, by verblijf id. */
export interface Stays {
  readonly A: string;
  readonly B: string;
  readonly eerdereC: string;
  readonly huidigeC: string;
  readonly D: string;
}

/** A DJI subgraph over a fresh database, as the casemanager of PI Vught by default. */
export function startDji(name: string, defaultCaller: TokenClaims = CASEMANAGER): Promise<DjiTestSubgraph> {
  return startTestSubgraph(name, djiParty.create, defaultCaller);
}

/**
 * A DJI subgraph holding the persons A to D: A and B screened, C's earlier stay ended, D moved to
 * PI Almelo, A's D&R-plan naming Amsterdam and RN.
 */
export async function startDjiWithPersons(name: string): Promise<{ dji: DjiTestSubgraph; stays: Stays }> {
  const dji = await startDji(name);
  const instroom = async (person: Person, overrides?: Parameters<typeof instroomOf>[1]): Promise<string> => {
    const response = await dji.ask<{ registreerInstroom: { id: string } }>(INSTROOM, {
      input: instroomOf(person, overrides),
    });
    const id = response.data?.registreerInstroom.id;
    if (!id) throw new Error(JSON.stringify(response.errors));
    return id;
  };
  const verblijfA = await instroom(A);
  const verblijfB = await instroom(B);
  for (const verblijfId of [verblijfA, verblijfB]) {
    await dji.ask(`mutation ($input: ScreeningInput!) { registreerScreening(input: $input) { id } }`, {
      input: {
        verblijfId,
        datum: '2026-03-08',
        reflectorAfgenomen: true,
        hulpvragen: [{ domein: 'ONDERDAK', hulpvraag: true }],
      },
    });
  }
  const eerdereC = await instroom(C, { instroomdatum: '2025-01-10', herkomst: '0014', terugkeer: '0014' });
  await dji.ask(`mutation ($input: UitstroomInput!) { registreerUitstroom(input: $input) { id } }`, {
    input: { verblijfId: eerdereC, verwachteVersie: 1, uitstroomdatum: '2025-06-01' },
  });
  const huidigeC = await instroom(C, { instroomdatum: '2026-02-01' });
  const verblijfD = await instroom(D);
  // The inrichting that holds the person moves them.
  await dji.ask(`mutation ($input: OverplaatsingInput!) { registreerOverplaatsing(input: $input) { id } }`, {
    input: {
      verblijfId: verblijfD,
      verwachteVersie: 1,
      naarInrichting: 'PI-ALMELO',
      datum: '2026-04-01',
      casemanager: { naam: 'A. Almelo', email: 'a.almelo@dji.example.nl' },
    },
  });
  await dji.ask(`mutation ($input: DrPlanInput!) { stelDrPlanVast(input: $input) { versie } }`, {
    input: {
      verblijfId: verblijfA,
      verwachteVersie: 0,
      regie: 'DJI',
      deelnemendeOrganisaties: ['dji:PI-VUGHT', 'gemeente:0363', 'reclassering:RN'],
      justitiabeleBetrokken: true,
      vastgesteldOp: '2026-03-25',
      afspraken: [
        {
          basisvoorwaarde: 'ONDERDAK',
          omschrijving: 'Opvang regelen',
          verantwoordelijkePartij: 'gemeente:0363',
          status: 'OPEN',
        },
      ],
    },
  });
  return { dji, stays: { A: verblijfA, B: verblijfB, eerdereC, huidigeC, D: verblijfD } };
}

/** A person with their current stay's dates, inrichting, periods, screening and D&R-plan. */
export const PERSON_QUERY = /* GraphQL */ `
  query ($id: ID!) {
    justitiabele(id: $id) {
      bsn
      personalia {
        achternaam
      }
      huidigVerblijf {
        instroomdatum
        verwachteUitstroomdatum
        terugkeer {
          gemeentecode
        }
        titel
        inrichting {
          code
        }
        verblijfsperioden {
          volgnummer
        }
        screening {
          datum
        }
        drPlan {
          versie
        }
      }
    }
  }
`;

/** Every access decision recorded under `traceId`, one row each. */
export function decisionsOf(dji: DjiTestSubgraph, traceId: string): Promise<RecordedDecision[]> {
  return recordedDecisions(dji.subgraph.database.dataSource, traceId);
}

/** How many rows `SELECT count(*) FROM <from>` counts (`from` may carry a WHERE with `$1`…). */
export async function countRows(dji: DjiTestSubgraph, from: string, parameters: unknown[] = []): Promise<number> {
  const [row] = await dji.subgraph.database.dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM ${from}`,
    parameters,
  );
  return row?.n ?? 0;
}
