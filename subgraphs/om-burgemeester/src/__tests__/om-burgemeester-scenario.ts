import { pseudonym, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { Grondslag, TokenClaims } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import {
  bijMeldingInput,
  burgemeester,
  GEEF_OPDRACHT,
  GEEF_ZIENSWIJZE,
  HERROEP_VI,
  JUSTID,
  must,
  OFFICIER,
  ONTVANG_BIJ_MELDING,
  REGISTREER_OMGEVINGSANALYSE,
  REGISTREER_SLACHTOFFEROMGEVING,
  REGISTREER_VERSTREKKING,
  REGISTREER_VI,
  registreerZaak,
  sql,
  startOmBurgemeester,
  STUUR_NAAR_OM,
} from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';

/*
 * Who holds what on persons A to D, written through the service as OM, Justid and the
 * burgemeesters would: the access tests ask each caller about them.
 */

export const PERSONS = { A: '6000000001', B: '6000000002', C: '6000000003' } as const;
export type Person = keyof typeof PERSONS;
/**
 * D, apart from the matrix: OM assigned the toezicht on D's VI to SVG and later revoked the VI;
 * Justid sent Den Haag a BIJ-melding; Groningen, where the victim lives, gave a zienswijze.
 */
export const D = '6000000004';

/** Return gemeente of A: the BIJ-melding, a disclosure VERSTREKT and documents of its own. */
export const AMSTERDAM = burgemeester('0363');
/** Return gemeente of C: the BIJ-melding only. */
export const UTRECHT = burgemeester('0344');
/** A disclosure GEWEIGERD on A, one VERSTREKT on B (the slachtofferomgeving only); no BIJ-melding. */
export const ROTTERDAM = burgemeester('0599');
/** Nothing at all. */
export const EINDHOVEN = burgemeester('0772');
/** Return gemeente of D. */
export const DEN_HAAG = burgemeester('0518');
/** Where D's victim lives: a zienswijze on D. */
export const GRONINGEN = burgemeester('0014');
export const AMSTERDAM_PRIVACY_OFFICER: TokenClaims = {
  org: 'burgemeester:0363',
  role: 'privacy-officer',
  sub: 'po-0363',
};
/** Parties with no ground here at all. */
export const OTHERS: TokenClaims[] = [
  { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' },
  { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' },
  { org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn' },
  { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn' },
  JUSTID,
  { org: 'zvh:amsterdam-amstelland', role: 'procesregisseur', sub: 'zvh-1' },
];

/** Starts the subgraph and writes the records of A, B, C and D. */
export async function startAccessScenario(name: string): Promise<OmBurgemeesterSubgraph> {
  const om = await startOmBurgemeester(name);
  const slachtofferomgeving = (zaakId: string, inDirecteWoonomgeving: boolean, gemeentecode: string | null) =>
    must(om, OFFICIER, REGISTREER_SLACHTOFFEROMGEVING, {
      zaakId,
      verwachteVersie: 1,
      inDirecteWoonomgeving,
      gemeentecode,
    });
  const verstrekking = (zaakId: string, code: string, besluit: string, datum: string, onderdelen: string[]) =>
    must(om, OFFICIER, REGISTREER_VERSTREKKING, {
      zaakId,
      burgemeester: `burgemeester:${code}`,
      besluit,
      reden: 'Voor de openbare orde bij terugkeer; niet meer dan nodig.',
      datum,
      onderdelen,
    });
  const bijMelding = (person: Person, terugkeergemeente: string, delictcategorie: string, ontvangenOp: string) =>
    must(
      om,
      JUSTID,
      ONTVANG_BIJ_MELDING,
      bijMeldingInput({
        kenmerk: `BIJ-${person}`,
        justitiabeleId: PERSONS[person],
        terugkeergemeente,
        delictcategorie,
        ontvangenOp,
      }),
    );

  const a = await registreerZaak(om, PERSONS.A, '13/100001-26', 'ZEDEN');
  await slachtofferomgeving(a, true, '0363');
  await must(om, OFFICIER, REGISTREER_VI, {
    zaakId: a,
    datum: '2027-02-01',
    ingangsdatum: '2027-03-01',
    voorwaarden: ['Contactverbod met het slachtoffer'],
    proeftijdMaanden: 24,
  });
  await must(om, OFFICIER, GEEF_OPDRACHT, {
    zaakId: a,
    organisatie: 'reclassering:RN',
    datum: '2026-10-01',
    vraag: 'Advies over bijzondere voorwaarden bij VI',
  });
  await verstrekking(a, '0363', 'VERSTREKT', '2026-12-10', ['DELICTCATEGORIE', 'VI_VOORWAARDEN']);
  await verstrekking(a, '0599', 'GEWEIGERD', '2026-12-01', ['SLACHTOFFEROMGEVING']);
  await bijMelding('A', '0363', 'ZEDEN', '2026-12-01');
  const zienswijze = await must<{ id: string }>(om, AMSTERDAM, GEEF_ZIENSWIJZE, {
    justitiabeleId: PERSONS.A,
    datum: '2026-12-05',
    tekst: 'Gebiedsverbod gewenst',
    gebiedsverbod: 'Dapperbuurt',
  });
  await must(om, AMSTERDAM, STUUR_NAAR_OM, {
    stuk: 'ZIENSWIJZE',
    id: zienswijze.id,
    verwachteVersie: 1,
    verzondenOp: '2026-12-06',
  });
  await must(om, AMSTERDAM, REGISTREER_OMGEVINGSANALYSE, {
    justitiabeleId: PERSONS.A,
    datum: '2026-12-07',
    bevindingen: 'Slachtoffer woont twee straten verder',
  });

  const b = await registreerZaak(om, PERSONS.B, '13/100002-26', 'LEVENSDELICT');
  await slachtofferomgeving(b, false, null);
  await verstrekking(b, '0599', 'VERSTREKT', '2026-12-03', ['SLACHTOFFEROMGEVING']);

  await registreerZaak(om, PERSONS.C, '13/100003-26', 'ERNSTIG_GEWELD');
  await bijMelding('C', '0344', 'ERNSTIG_GEWELD', '2027-01-30');

  const zaakD = await registreerZaak(om, D, '13/100004-26', 'ZEDEN');
  await slachtofferomgeving(zaakD, true, '0014');
  await must(om, OFFICIER, GEEF_OPDRACHT, {
    zaakId: zaakD,
    organisatie: 'reclassering:SVG',
    datum: '2026-11-01',
    vraag: 'Advies over bijzondere voorwaarden bij VI',
  });
  const viD = await must<{ id: string }>(om, OFFICIER, REGISTREER_VI, {
    zaakId: zaakD,
    datum: '2027-01-10',
    ingangsdatum: '2027-02-01',
    voorwaarden: ['Meldplicht bij de reclassering', 'Ambulante behandeling'],
    proeftijdMaanden: 12,
    toezichthoudendeOrganisatie: 'reclassering:SVG',
  });
  await must(om, OFFICIER, HERROEP_VI, {
    viBeslissingId: viD.id,
    verwachteVersie: 1,
    datum: '2027-05-01',
    reden: 'Herhaaldelijk niet verschenen bij de reclassering',
  });
  await must(
    om,
    JUSTID,
    ONTVANG_BIJ_MELDING,
    bijMeldingInput({
      kenmerk: 'BIJ-D',
      justitiabeleId: D,
      terugkeerdatum: '2027-02-01',
      terugkeergemeente: '0518',
      ontvangenOp: '2026-11-20',
    }),
  );
  await must(om, GRONINGEN, GEEF_ZIENSWIJZE, {
    justitiabeleId: D,
    datum: '2026-12-01',
    tekst: 'Slachtoffer woont in Groningen; geen terugkeer naar Groningen',
  });
  return om;
}

/** The person as the gateway asks for it: every field group of this subgraph. */
export const PERSON_QUERY = /* GraphQL */ `
  query Person($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        id
        strafzaken {
          parketnummer
          delictcategorie
          slachtofferomgeving {
            inDirecteWoonomgeving
            gemeentecode
          }
          viBeslissing {
            voorwaarden {
              omschrijving
            }
          }
          opdrachtenTotAdvies {
            organisatie
          }
        }
        verstrekkingen {
          besluit
          burgemeester
          onderdelen
          delictcategorie
          slachtofferomgeving {
            inDirecteWoonomgeving
            gemeentecode
          }
          viVoorwaarden {
            omschrijving
          }
        }
        bijMeldingen {
          terugkeergemeente
          delictcategorie
          dagenVoorTerugkeer
          binnenNorm
        }
        zienswijzen {
          burgemeester
          tekst
        }
        omgevingsanalyses {
          burgemeester
          bevindingen
        }
      }
    }
  }
`;
export const WERKVOORRAAD = /* GraphQL */ `
  query {
    bijWerkvoorraad(first: 10) {
      edges {
        node {
          terugkeergemeente
          terugkeerdatum
          delictcategorie
          justitiabele {
            id
          }
        }
      }
    }
  }
`;
export const STRAFZAAK = /* GraphQL */ `
  query ($parketnummer: String!) {
    strafzaak(parketnummer: $parketnummer) {
      delictcategorie
      slachtofferomgeving {
        inDirecteWoonomgeving
      }
      verstrekkingen {
        delictcategorie
      }
    }
  }
`;

/** Rotterdam's disclosure on B as PERSON_QUERY answers it: the slachtofferomgeving only. */
export const B_VERSTREKT_ROTTERDAM = {
  besluit: 'VERSTREKT',
  burgemeester: 'burgemeester:0599',
  onderdelen: ['SLACHTOFFEROMGEVING'],
  delictcategorie: null,
  slachtofferomgeving: { inDirecteWoonomgeving: false, gemeentecode: null },
  viVoorwaarden: null,
};

/** The representations of A, B and C. */
export const ALL_PERSONS = {
  representations: Object.values(PERSONS).map((id) => ({ __typename: 'Justitiabele', id })),
};

/** The pseudonym the processing log records a person under. */
export const subjectOf = (om: OmBurgemeesterSubgraph, id: string): string =>
  pseudonym(om.pseudonymKey, { soort: 'SKN', nummer: id });

/** This subgraph's processing activity for a ground. */
export const activity = (ground: Grondslag): string => verwerkingsactiviteit('om-burgemeester', ground);

export interface Decision {
  readonly resource: string;
  readonly decision: string;
  readonly policy: string;
  readonly data_subject_id: string | null;
}

export interface LogRecord {
  readonly processing_activity_id: string;
  readonly data_subject_id: string;
  readonly foreign_operation_processor: string | null;
}

/** What the processing log holds for one trace: its access decisions and its processing records. */
export async function loggedFor(
  om: OmBurgemeesterSubgraph,
  traceId: string,
): Promise<{ decisions: Decision[]; records: LogRecord[] }> {
  const decisions = await sql<Decision>(
    om,
    'SELECT resource, decision, policy, data_subject_id FROM access_decision WHERE trace_id = $1 ORDER BY resource',
    [traceId],
  );
  const records = await sql<LogRecord>(
    om,
    `SELECT processing_activity_id, data_subject_id, foreign_operation_processor FROM processing_log_record
      WHERE trace_id = $1 ORDER BY processing_activity_id`,
    [traceId],
  );
  return { decisions, records };
}

/** Every value of Delictcategorie: none may reach anyone without a ground. */
const DELICTCATEGORIEEN = [
  'ZEDEN',
  'ERNSTIG_GEWELD',
  'LEVENSDELICT',
  'VERMOGEN',
  'OPIUMWET',
  'BRANDSTICHTING',
  'OVERIG',
];

/** No delictcategorie anywhere in an answer, errors included. */
export function expectNoDelictcategorie(response: GraphQLResponse): void {
  const answer = JSON.stringify(response);
  for (const categorie of DELICTCATEGORIEEN) {
    expect([categorie, answer.includes(categorie)]).toEqual([categorie, false]);
  }
}

/** No delict information at all: no delictcategorie and nothing of the victims' surroundings. */
export function expectNoDelictInformation(response: GraphQLResponse): void {
  expectNoDelictcategorie(response);
  expect(JSON.stringify(response)).not.toContain('inDirecteWoonomgeving');
}
