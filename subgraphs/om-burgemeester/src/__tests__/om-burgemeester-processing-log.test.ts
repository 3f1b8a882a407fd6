import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { asPerson, OFFICIER, sql } from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';
import {
  activity,
  AMSTERDAM,
  D,
  DEN_HAAG,
  GRONINGEN,
  loggedFor,
  PERSON_QUERY,
  PERSONS,
  ROTTERDAM,
  startAccessScenario,
  subjectOf,
} from './om-burgemeester-scenario';

let om: OmBurgemeesterSubgraph;

beforeAll(async () => {
  om = await startAccessScenario('processing_log');
});

afterAll(() => om.stop());

describe('the processing log', () => {
  it('records the disclosure read by a burgemeester under the Aanwijzing WJSG, pseudonymised, with the asking organisation', async () => {
    const { traceId } = await om.askTraced(PERSON_QUERY, asPerson(PERSONS.B), ROTTERDAM);
    const { records, decisions } = await loggedFor(om, traceId);
    expect(records).toEqual([
      {
        processing_activity_id: activity('AANWIJZING_WJSG'),
        data_subject_id: subjectOf(om, PERSONS.B),
        foreign_operation_processor: 'burgemeester:0599',
      },
    ]);
    expect(JSON.stringify(records)).not.toContain(PERSONS.B);
    expect(decisions).toContainEqual({
      resource: 'Verstrekking.slachtofferomgeving',
      decision: 'PERMIT',
      policy: activity('AANWIJZING_WJSG'),
      data_subject_id: subjectOf(om, PERSONS.B),
    });
  });

  it('records the narrowing of OM’s cases for a burgemeester as denied, case by case', async () => {
    const { traceId } = await om.askTraced(PERSON_QUERY, asPerson(PERSONS.A), AMSTERDAM);
    const { decisions } = await loggedFor(om, traceId);
    expect(decisions).toContainEqual({
      resource: 'Strafzaak',
      decision: 'DENY',
      policy: 'no-legal-ground',
      data_subject_id: subjectOf(om, PERSONS.A),
    });
    expect(decisions.filter((decision) => decision.resource.startsWith('Strafzaak.'))).toEqual([]);
  });
});

// Each owner's log its own: a read of the person as such is logged as the owner's whose records grant it.

describe('a burgemeester’s read of the person is its own part of the log', () => {
  const PERSON_AS_SUCH = /* GraphQL */ `
    query Person($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Justitiabele {
          id
          bijMeldingen {
            terugkeergemeente
          }
          zienswijzen {
            tekst
          }
          omgevingsanalyses {
            bevindingen
          }
        }
      }
    }
  `;

  /** Asks for D as `caller`; returns the answer with the owners its decisions and records were logged under. */
  async function bronhouders(caller: TokenClaims) {
    const { response, traceId } = await om.askTraced(PERSON_AS_SUCH, asPerson(D), caller);
    const decisions = await sql<{ resource: string; decision: string; bronhouder: string | null }>(
      om,
      'SELECT resource, decision, bronhouder FROM access_decision WHERE trace_id = $1 ORDER BY resource',
      [traceId],
    );
    const records = await sql<{ activity: string; bronhouder: string | null; processor: string | null }>(
      om,
      `SELECT processing_activity_id AS activity, bronhouder, foreign_operation_processor AS processor
         FROM processing_log_record WHERE trace_id = $1 ORDER BY processing_activity_id`,
      [traceId],
    );
    return { response, decisions, records };
  }

  it('records Den Haag’s read of a person Groningen also holds records on with bronhouder burgemeester:0518 only', async () => {
    const { response, decisions, records } = await bronhouders(DEN_HAAG);
    expect(response.errors).toBeUndefined();
    expect(response.data?.['_entities']).toEqual([
      { id: D, bijMeldingen: [{ terugkeergemeente: '0518' }], zienswijzen: [], omgevingsanalyses: [] },
    ]);
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.filter((decision) => decision.bronhouder !== 'burgemeester:0518')).toEqual([]);
    expect(records).toEqual([
      { activity: activity('ART_11A_BJSG'), bronhouder: 'burgemeester:0518', processor: null },
      { activity: activity('EIGEN_TAAK'), bronhouder: 'burgemeester:0518', processor: null },
    ]);
  });

  it('records Groningen’s read of the same person with bronhouder burgemeester:0014 only', async () => {
    const { response, decisions, records } = await bronhouders(GRONINGEN);
    expect(response.data?.['_entities']).toEqual([
      {
        id: D,
        bijMeldingen: null,
        zienswijzen: [{ tekst: 'Slachtoffer woont in Groningen; geen terugkeer naar Groningen' }],
        omgevingsanalyses: [],
      },
    ]);
    expect(
      decisions.filter((decision) => decision.decision === 'PERMIT' && decision.bronhouder !== 'burgemeester:0014'),
    ).toEqual([]);
    expect(records).toEqual([{ activity: activity('EIGEN_TAAK'), bronhouder: 'burgemeester:0014', processor: null }]);
  });

  it('records the officier’s read of the person as OM’s', async () => {
    const { traceId } = await om.askTraced(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { id } } }`,
      asPerson(D),
      OFFICIER,
    );
    const decisions = await sql<{ bronhouder: string | null }>(
      om,
      'SELECT bronhouder FROM access_decision WHERE trace_id = $1',
      [traceId],
    );
    expect(decisions.map((decision) => decision.bronhouder)).toEqual(['om', 'om']);
  });
});
