import { passesElfproef } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import type { TestStack } from './test-stack';

/** The casemanager of PI Vught, who registers the constructed persons. */
export const CASEMANAGER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' };

/** A signal as the tests ask it, every field of it. */
export interface Signaal {
  soort: string;
  deadline: string;
  status: string;
  afgerondOp: string | null;
  eigenaar: string;
  grondslag: string;
}

/** The selection of every field of a {@link Signaal}. */
export const SIGNAAL = '{ soort deadline status afgerondOp eigenaar grondslag }';

/** A person constructed for a test: chain id, BSN and current stay. */
export interface Constructed {
  readonly id: string;
  readonly bsn: string;
  readonly verblijfId: string;
}

export interface ConstructedStay {
  readonly instroomdatum: string;
  readonly verwachteUitstroomdatum: string | null;
  readonly herkomst?: string;
  readonly terugkeer?: string;
  readonly screening?: string;
  readonly plan?: string;
  readonly mdo?: string;
}

/** BSNs that pass the elfproef, from a range the demo chain does not draw from. */
function* bsns(start: number): Generator<string> {
  for (let candidate = start; ; candidate += 1) {
    if (passesElfproef(String(candidate))) yield String(candidate);
  }
}

/** Posts to the gateway as `caller`; fails the test on any error. */
export async function mutate(
  federation: TestStack,
  caller: TokenClaims,
  query: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await federation.ask(federation.stack.gatewayUrl, caller, query, { input });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data ?? {};
}

/**
 * Makes persons held in PI Vught (by default from Amsterdam, returning to Utrecht) with what DJI
 * recorded of them, through the gateway as its casemanager. `first` numbers them apart per file.
 */
export function personMaker(federation: () => TestStack, first: number) {
  const nextBsn = bsns(999_000_000 + (first % 1000) * 500);
  let nextId = first;
  return async (stay: ConstructedStay): Promise<Constructed> => {
    const ask = (query: string, input: Record<string, unknown>) => mutate(federation(), CASEMANAGER, query, input);
    const id = String(nextId++);
    const bsn = nextBsn.next().value as string;
    const instroom = await ask(`mutation ($input: InstroomInput!) { registreerInstroom(input: $input) { id } }`, {
      id,
      bsn,
      personalia: { voornamen: 'Test', achternaam: `Werkstroom ${id}`, geboortedatum: '1990-01-01' },
      instroomdatum: stay.instroomdatum,
      verwachteUitstroomdatum: stay.verwachteUitstroomdatum,
      titel: stay.verwachteUitstroomdatum ? 'GEVANGENISSTRAF' : 'VOORLOPIGE_HECHTENIS',
      inrichting: 'PI-VUGHT',
      herkomst: { soort: 'GEMEENTE', gemeentecode: stay.herkomst ?? '0363' },
      terugkeer: { soort: 'GEMEENTE', gemeentecode: stay.terugkeer ?? '0344' },
      casemanager: { naam: 'C. Vught', email: 'c.vught@dji.example.nl' },
    });
    const verblijfId = (instroom['registreerInstroom'] as { id: string }).id;
    if (stay.screening) {
      await ask(`mutation ($input: ScreeningInput!) { registreerScreening(input: $input) { id } }`, {
        verblijfId,
        datum: stay.screening,
        reflectorAfgenomen: true,
        hulpvragen: [{ domein: 'ONDERDAK', hulpvraag: true }],
      });
    }
    if (stay.plan) {
      await ask(`mutation ($input: DrPlanInput!) { stelDrPlanVast(input: $input) { versie } }`, {
        verblijfId,
        verwachteVersie: 0,
        regie: 'DJI',
        deelnemendeOrganisaties: ['dji:PI-VUGHT', `gemeente:${stay.terugkeer ?? '0344'}`],
        justitiabeleBetrokken: true,
        vastgesteldOp: stay.plan,
        afspraken: [],
      });
    }
    if (stay.mdo) {
      await ask(`mutation ($input: MdoInput!) { registreerMdo(input: $input) { id } }`, {
        verblijfId,
        datum: stay.mdo,
        deelnemers: ['dji:PI-VUGHT'],
        justitiabeleAanwezig: true,
      });
    }
    return { id, bsn, verblijfId };
  };
}
