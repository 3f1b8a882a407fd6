import { grondslagen } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { asPerson, nazorg, OFFICIER, registreerZaak, sql, toezichthouder } from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';
import {
  activity,
  D,
  DEN_HAAG,
  EINDHOVEN,
  expectNoDelictInformation,
  GRONINGEN,
  loggedFor,
  PERSONS,
  ROTTERDAM,
  startAccessScenario,
  STRAFZAAK,
  subjectOf,
} from './om-burgemeester-scenario';

let om: OmBurgemeesterSubgraph;

beforeAll(async () => {
  om = await startAccessScenario('vi_toezicht');
});

afterAll(() => om.stop());

// The OM–reclassering loop: the organisation OM assigned reads the VI it supervises.

const SVG_TOEZICHTHOUDER = toezichthouder('SVG');
const VI_QUERY = /* GraphQL */ `
  query Person($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        id
        viBeslissingen {
          ingangsdatum
          voorwaarden {
            omschrijving
          }
          proeftijd {
            einddatum
          }
          herroeping {
            datum
            reden
          }
          toezichthoudendeOrganisatie
        }
        strafzaken {
          delictcategorie
          slachtofferomgeving {
            inDirecteWoonomgeving
          }
          opdrachtenTotAdvies {
            organisatie
          }
        }
        verstrekkingen {
          onderdelen
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
const D_VI = {
  ingangsdatum: '2027-02-01',
  voorwaarden: [{ omschrijving: 'Meldplicht bij de reclassering' }, { omschrijving: 'Ambulante behandeling' }],
  proeftijd: { einddatum: '2028-02-01' },
  herroeping: { datum: '2027-05-01', reden: 'Herhaaldelijk niet verschenen bij de reclassering' },
  toezichthoudendeOrganisatie: 'reclassering:SVG',
};

describe('the toezichthouder of the organisation OM assigned reads the VI it supervises, nothing else of OM’s', () => {
  const asksD = (caller: TokenClaims) => om.askTraced(VI_QUERY, asPerson(D), caller);

  it('gives the SVG toezichthouder the conditions, proeftijd and herroeping, logged under OM’s opdracht as OM’s and processed for SVG', async () => {
    const { response, traceId } = await asksD(SVG_TOEZICHTHOUDER);
    const { decisions } = await loggedFor(om, traceId);
    expect(response.errors).toBeUndefined();
    expect(response.data?.['_entities']).toEqual([
      { id: D, viBeslissingen: [D_VI], strafzaken: [], verstrekkingen: [], zienswijzen: [], omgevingsanalyses: [] },
    ]);
    expectNoDelictInformation(response);
    expect(JSON.stringify(response)).not.toContain('Groningen');
    const records = await sql<{ processing_activity_id: string; bronhouder: string; processor: string }>(
      om,
      `SELECT processing_activity_id, bronhouder, foreign_operation_processor AS processor FROM processing_log_record
        WHERE trace_id = $1`,
      [traceId],
    );
    expect(records).toEqual([
      { processing_activity_id: activity('OPDRACHT_OM'), bronhouder: 'om', processor: 'reclassering:SVG' },
    ]);
    // The toezicht is OM's opdracht, not the reclassering's own task in OM's records.
    expect(
      decisions.filter((decision) => decision.decision === 'PERMIT' && decision.policy !== activity('OPDRACHT_OM')),
    ).toEqual([]);
    // OM's case is narrowed away, case by case, and recorded so.
    expect(decisions).toContainEqual({
      resource: 'Strafzaak',
      decision: 'DENY',
      policy: 'no-legal-ground',
      data_subject_id: subjectOf(om, D),
    });
  });

  it('gives the toezichthouder no way into OM’s case by parketnummer, which OM’s opdracht does not open', async () => {
    const response = await om.ask(STRAFZAAK, { parketnummer: '13/100004-26' }, SVG_TOEZICHTHOUDER);
    expect(response.data).toEqual({ strafzaak: null });
    expect(response.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['gronden']])).toEqual([
      ['ACCESS_DENIED', ['EIGEN_TAAK']],
    ]);
    expectNoDelictInformation(response);
  });

  it('names OM’s opdracht beside OM’s own task when refusing a burgemeester the VI-beslissingen', async () => {
    const { response, traceId } = await om.askTraced(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { viBeslissingen { voorwaarden { omschrijving } } } } }`,
      { r: [{ __typename: 'Justitiabele', id: PERSONS.B }] },
      ROTTERDAM,
    );
    const { decisions } = await loggedFor(om, traceId);
    expect(response.data?.['_entities']).toEqual([{ viBeslissingen: null }]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.['velden'], error.message])).toEqual([
      [
        ['_entities', 0],
        [{ veld: 'viBeslissingen', gronden: ['OPDRACHT_OM', 'EIGEN_TAAK'] }],
        `Access to viBeslissingen of this Justitiabele denied: no legal ground for this person. viBeslissingen requires ${grondslagen.OPDRACHT_OM.omschrijving} or ${grondslagen.EIGEN_TAAK.omschrijving}.`,
      ],
    ]);
    expect(decisions).toContainEqual({
      resource: 'Justitiabele.viBeslissingen',
      decision: 'DENY',
      policy: 'no-legal-ground',
      data_subject_id: subjectOf(om, PERSONS.B),
    });
  });

  it('gives the SVG toezichthouder nothing of a VI OM assigned to no one or to another organisation', async () => {
    const response = await om.ask(VI_QUERY, asPerson(PERSONS.A), SVG_TOEZICHTHOUDER);
    expect(response.data?.['_entities']).toEqual([null]);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    expectNoDelictInformation(response);
  });

  it.each([
    toezichthouder('RN'),
    toezichthouder('LJ&R'),
    { org: 'reclassering:SVG', role: 'adviseur', sub: 'adv-svg' },
    { org: 'reclassering:SVG', role: 'privacy-officer', sub: 'po-svg' },
    nazorg('0363'),
    nazorg('0599'),
    { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' },
    EINDHOVEN,
    { org: 'zvh:amsterdam-amstelland', role: 'procesregisseur', sub: 'zvh-1' },
  ] satisfies TokenClaims[])('refuses $org $role the person with the VI as a whole', async (caller) => {
    const { response, traceId } = await asksD(caller);
    const { records } = await loggedFor(om, traceId);
    expect(response.data?.['_entities']).toEqual([null]);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    expect(records).toEqual([]);
    expectNoDelictInformation(response);
    expect(JSON.stringify(response)).not.toContain('Meldplicht');
  });

  it.each([DEN_HAAG, GRONINGEN])(
    'narrows the VI away for $org, which holds records of its own on the person',
    async (caller) => {
      const { response } = await asksD(caller);
      const [person] = response.data?.['_entities'] as Record<string, unknown>[];
      expect(person?.['viBeslissingen']).toEqual([]);
      expect(person?.['strafzaken']).toEqual([]);
      expect(JSON.stringify(response)).not.toContain('Meldplicht');
      expect(JSON.stringify(response)).not.toContain('Herhaaldelijk');
    },
  );

  it('leads the officier from a case to the person and on to the VI', async () => {
    const { response, traceId } = await om.askTraced(
      `query { strafzaak(parketnummer: "13/100004-26") { justitiabele { id viBeslissingen { toezichthoudendeOrganisatie herroeping { datum } } } } }`,
      {},
      OFFICIER,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      strafzaak: {
        justitiabele: {
          id: D,
          viBeslissingen: [{ toezichthoudendeOrganisatie: 'reclassering:SVG', herroeping: { datum: '2027-05-01' } }],
        },
      },
    });
    const { records } = await loggedFor(om, traceId);
    expect(records.map((record) => record.processing_activity_id)).toEqual([activity('EIGEN_TAAK')]);
  });

  it('refuses a VI supervised by anything but a reclassering organisation', async () => {
    const zaak = await registreerZaak(om, '6000000005', '13/100005-26', 'VERMOGEN');
    const response = await om.ask(
      `mutation ($input: ViBeslissingInput!) { registreerViBeslissing(input: $input) { id } }`,
      {
        input: {
          zaakId: zaak,
          datum: '2027-01-10',
          ingangsdatum: '2027-02-01',
          voorwaarden: ['Meldplicht'],
          proeftijdMaanden: 12,
          toezichthoudendeOrganisatie: 'gemeente:0363',
        },
      },
      OFFICIER,
    );
    expect(response.errors?.map((error) => [error.extensions?.['code'], error.message])).toEqual([
      [
        'INVALID_INPUT',
        'OM asks toezicht of a reclassering organisation (reclassering:RN, reclassering:SVG or reclassering:LJ&R), not of gemeente:0363.',
      ],
    ]);
  });
});
