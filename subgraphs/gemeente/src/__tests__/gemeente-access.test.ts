import { randomBytes } from 'node:crypto';

import { grondslagen, pseudonym } from '@ketengraaf/subgraph-kit';
import type { Grondslag, TokenClaims } from '@ketengraaf/subgraph-kit';
import { postGraphQL, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { gemeenteParty } from '../index';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';

/** A nazorgcoördinator of gemeente `code`: the one who reads and changes that gemeente's own dossiers. */
function asGemeente(code: string): TokenClaims {
  return { org: `gemeente:${code}`, role: 'nazorgcoordinator', sub: `nc-${code}` };
}

const ROTTERDAM = asGemeente('0599');
const AMSTERDAM = asGemeente('0363');
const ROTTERDAM_PRIVACY_OFFICER: TokenClaims = { org: 'gemeente:0599', role: 'privacy-officer', sub: 'po-0599' };
/** The DJI locations that notified dossiers A1 and D1, and one that notified none: each is an organisation of its own. */
const DJI_VUGHT: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' };
const DJI_HVB_ROTTERDAM: TokenClaims = { org: 'dji:HVB-ROTTERDAM', role: 'casemanager', sub: 'cm-hvb-rotterdam' };
const DJI_ALMELO: TokenClaims = { org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'cm-almelo' };
const DJI_PRIVACY_OFFICER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' };
const RN_TOEZICHT: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn' };
const RN_ADVIES: TokenClaims = { org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn' };
const SVG_TOEZICHT: TokenClaims = { org: 'reclassering:SVG', role: 'toezichthouder', sub: 'th-svg' };
/** Named in the dossier as "zorg- en veiligheidshuis Rotterdam Rijnmond": same name, other case and spacing. */
const ZVH_RIJNMOND: TokenClaims = {
  org: 'zvh:rotterdam-rijnmond',
  role: 'procesregisseur',
  sub: 'pr-rijnmond',
};
const ZVH_AMSTERDAM: TokenClaims = {
  org: 'zvh:amsterdam-amstelland',
  role: 'procesregisseur',
  sub: 'pr-amsterdam',
};
const BURGEMEESTER: TokenClaims = { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' };
const OM: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };
const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-1' };

/** The people: A, B only in Rotterdam; C only in Amsterdam; D in both. */
const PERSONS = { A: '111222333', B: '111222345', C: '111222357', D: '111222369' } as const;
type Person = keyof typeof PERSONS;

/** The dossiers, each with who keeps it, who notified it and which ZVH (if any) it names. */
const DOSSIERS = {
  A1: {
    person: 'A',
    gemeentecode: '0599',
    rol: 'ONTVANGENDE_GEMEENTE',
    herkomstgemeente: null,
    ontvangendeGemeente: null,
    aangemeldDoor: 'dji:PI-VUGHT',
    procesregie: 'ZORG_EN_VEILIGHEIDSHUIS',
    zvhBetrokken: true,
    zvhNaam: 'zorg- en veiligheidshuis Rotterdam Rijnmond',
    coordinator: 'Anna Aalders',
    geopendOp: '2026-03-01',
  },
  B1: {
    person: 'B',
    gemeentecode: '0599',
    rol: 'ONTVANGENDE_GEMEENTE',
    herkomstgemeente: null,
    ontvangendeGemeente: null,
    aangemeldDoor: 'reclassering:RN',
    procesregie: 'GEMEENTE',
    zvhBetrokken: false,
    zvhNaam: null,
    coordinator: 'Bram Bosman',
    geopendOp: '2026-03-02',
  },
  C1: {
    person: 'C',
    gemeentecode: '0363',
    rol: 'ONTVANGENDE_GEMEENTE',
    herkomstgemeente: null,
    ontvangendeGemeente: null,
    aangemeldDoor: 'dji:PI-ZAANSTAD',
    procesregie: 'GEMEENTE',
    zvhBetrokken: true,
    zvhNaam: 'Zorg- en Veiligheidshuis Amsterdam-Amstelland',
    coordinator: 'Cor Claassen',
    geopendOp: '2026-03-03',
  },
  D1: {
    person: 'D',
    gemeentecode: '0599',
    rol: 'ONTVANGENDE_GEMEENTE',
    herkomstgemeente: '0363',
    ontvangendeGemeente: null,
    aangemeldDoor: 'dji:HVB-ROTTERDAM',
    procesregie: 'GEMEENTE',
    zvhBetrokken: false,
    zvhNaam: null,
    coordinator: 'Dirk Dekker',
    geopendOp: '2026-03-04',
  },
  D2: {
    person: 'D',
    gemeentecode: '0363',
    rol: 'HERKOMSTGEMEENTE',
    herkomstgemeente: null,
    ontvangendeGemeente: '0599',
    aangemeldDoor: 'reclassering:RN',
    procesregie: 'GEMEENTE',
    zvhBetrokken: false,
    zvhNaam: null,
    coordinator: 'Daan Drost',
    geopendOp: '2026-03-05',
  },
} as const;
type Dossier = keyof typeof DOSSIERS;
const DOSSIER_KEYS = Object.keys(DOSSIERS) as Dossier[];

/** The grounds of this subgraph, and the processing activity each one's reads are logged under. */
const ACTIVITY = {
  EIGEN_TAAK: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/eigen-taak',
  ART_18A_PBW: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/art-18a-pbw',
  WGS: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/wgs',
} as const satisfies Partial<Record<Grondslag, string>>;
type Ground = keyof typeof ACTIVITY;
const GROUNDS = Object.keys(ACTIVITY) as Ground[];
const E: Ground = 'EIGEN_TAAK';
const P: Ground = 'ART_18A_PBW';
const W: Ground = 'WGS';

const ids = {} as Record<Dossier, string>;
let gemeente: TestSubgraph<PartySubgraph>;

beforeAll(async () => {
  gemeente = await startTestSubgraph('gemeente_access', gemeenteParty.create, ROTTERDAM);
  for (const key of DOSSIER_KEYS) {
    const { person, coordinator, ...input } = DOSSIERS[key];
    const response = await gemeente.ask<{ openNazorgdossier: { id: string } }>(
      `mutation ($input: NazorgdossierInput!) { openNazorgdossier(input: $input) { id } }`,
      {
        input: {
          ...input,
          bsn: PERSONS[person],
          nazorgcoordinator: { naam: coordinator, email: `${key.toLowerCase()}@gemeente.example.nl` },
        },
      },
      asGemeente(input.gemeentecode),
    );
    const id = response.data?.openNazorgdossier.id;
    if (!id) throw new Error(JSON.stringify(response.errors));
    ids[key] = id;
  }
});

afterAll(() => gemeente.stop());

interface DecisionRow {
  resource: string;
  decision: string;
  policy: string;
  data_subject_id: string;
  data_subject_id_type: string;
  requested_grounds: string[];
}

interface RecordRow {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  name: string;
  status_code: string;
  processing_activity_id: string;
  data_subject_id: string;
  data_subject_id_type: string;
  foreign_operation_processor: string | null;
}

interface AuditRow {
  trace_id: string;
  span_id: string;
  user_id: string;
  organisation: string;
  role: string;
}

const query = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
  gemeente.subgraph.database.dataSource.query<T[]>(sql, parameters);

/** What the processing log holds for one trace. */
async function logOf(traceId: string) {
  return {
    decisions: await query<DecisionRow>(
      `SELECT resource, decision, policy, data_subject_id, data_subject_id_type, requested_grounds
         FROM access_decision WHERE trace_id = $1 ORDER BY resource, decision, policy`,
      [traceId],
    ),
    records: await query<RecordRow>(
      `SELECT trace_id, span_id, parent_span_id, name, status_code, processing_activity_id, data_subject_id,
              data_subject_id_type, foreign_operation_processor
         FROM processing_log_record WHERE trace_id = $1 ORDER BY processing_activity_id, data_subject_id`,
      [traceId],
    ),
    audit: await query<AuditRow>(
      'SELECT trace_id, span_id, user_id, organisation, role FROM processing_audit_record WHERE trace_id = $1',
      [traceId],
    ),
  };
}

const newTraceId = (): string => randomBytes(16).toString('hex');
const newSpanId = (): string => randomBytes(8).toString('hex');

/**
 * Asks directly over HTTP as `caller`, in a trace of its own (sent as `traceparent`, as the gateway
 * would), and returns the answer with what the processing log recorded for it.
 */
async function askTraced<T = Record<string, unknown>>(
  caller: TokenClaims,
  document: string,
  variables: Record<string, unknown> = {},
) {
  const traceId = newTraceId();
  const parentSpanId = newSpanId();
  const response: GraphQLResponse<T> = await postGraphQL<T>(gemeente.url, document, variables, {
    authorization: `Bearer ${await gemeente.issuer.sign(caller)}`,
    traceparent: `00-${traceId}-${parentSpanId}-01`,
  });
  return { response, traceId, parentSpanId, ...(await logOf(traceId)) };
}

const subjectOf = (person: Person): string =>
  pseudonym(gemeente.pseudonymKey, { soort: 'BSN', nummer: PERSONS[person] });

const label = (caller: TokenClaims): string => `${caller.org} (${caller.role})`;

/** The denial's message: the resource, who asked, and every ground that would have opened it. */
function denialMessage(resource: string, caller: TokenClaims, gronden: readonly Ground[]): string {
  const names = gronden.map((grond) => grondslagen[grond].omschrijving).join('; or ');
  return `Access to ${resource} denied: ${label(caller)} has no legal ground for this person. It requires ${names}.`;
}

const permit = (resource: string, ground: Ground, person: Person) => ({
  resource,
  decision: 'PERMIT',
  policy: ACTIVITY[ground],
  data_subject_id: subjectOf(person),
});
const deny = (resource: string, person: Person) => ({
  resource,
  decision: 'DENY',
  policy: 'no-legal-ground',
  data_subject_id: subjectOf(person),
});
const byResource = <T extends { resource: string; decision: string }>(rows: T[]): T[] =>
  [...rows].sort((a, b) => a.resource.localeCompare(b.resource) || a.decision.localeCompare(b.decision));
const decisionsOf = (rows: DecisionRow[]) =>
  byResource(
    rows.map(({ resource, decision, policy, data_subject_id }) => ({ resource, decision, policy, data_subject_id })),
  );

// ---------------------------------------------------------------------------------------------
// One dossier by id: every field of it, and the person behind it.
// ---------------------------------------------------------------------------------------------

const DOSSIER_FIELDS = [
  'id',
  'gemeentecode',
  'rol',
  'herkomstgemeente',
  'ontvangendeGemeente',
  'aangemeldDoor',
  'nazorgcoordinator',
  'procesregie',
  'zvhBetrokken',
  'zvhNaam',
  'status',
  'geopendOp',
  'geslotenOp',
  'versie',
  'basisvoorwaarden',
  'justitiabele',
] as const;

const DOSSIER_QUERY = /* GraphQL */ `
  query Dossier($id: ID!) {
    nazorgdossier(id: $id) {
      id
      gemeentecode
      rol
      herkomstgemeente
      ontvangendeGemeente
      aangemeldDoor
      nazorgcoordinator {
        naam
        email
      }
      procesregie
      zvhBetrokken
      zvhNaam
      status
      geopendOp
      geslotenOp
      versie
      basisvoorwaarden {
        onderdak {
          type
        }
        zorg {
          zorgverzekering
        }
      }
      justitiabele {
        bsn
      }
    }
  }
`;

/** (caller, dossier) → the ground expected to open it, or null for denied. */
const DOSSIER_MATRIX: [TokenClaims, Dossier, Ground | null][] = [
  // Own task: a gemeente reads its own dossiers, never another gemeente's.
  [ROTTERDAM, 'A1', E],
  [ROTTERDAM, 'B1', E],
  [ROTTERDAM, 'D1', E],
  [ROTTERDAM, 'C1', null],
  [ROTTERDAM, 'D2', null],
  [AMSTERDAM, 'C1', E],
  [AMSTERDAM, 'D2', E],
  [AMSTERDAM, 'A1', null],
  [AMSTERDAM, 'B1', null],
  [AMSTERDAM, 'D1', null],
  [ROTTERDAM_PRIVACY_OFFICER, 'A1', null],
  [ROTTERDAM_PRIVACY_OFFICER, 'B1', null],
  // Art. 18a Pbw: the DJI location that notified the gemeente, not another location, nor where reclassering did.
  [DJI_VUGHT, 'A1', P],
  [DJI_VUGHT, 'C1', null],
  [DJI_VUGHT, 'D1', null],
  [DJI_VUGHT, 'B1', null],
  [DJI_VUGHT, 'D2', null],
  [DJI_HVB_ROTTERDAM, 'D1', P],
  [DJI_HVB_ROTTERDAM, 'A1', null],
  [DJI_ALMELO, 'A1', null],
  [DJI_ALMELO, 'C1', null],
  [DJI_ALMELO, 'D1', null],
  [DJI_PRIVACY_OFFICER, 'A1', null],
  // Art. 18a Pbw: a reclassering organisation only where it notified the gemeente itself.
  [RN_TOEZICHT, 'B1', P],
  [RN_TOEZICHT, 'D2', P],
  [RN_TOEZICHT, 'A1', null],
  [RN_TOEZICHT, 'D1', null],
  [RN_ADVIES, 'B1', P],
  [RN_ADVIES, 'C1', null],
  [SVG_TOEZICHT, 'B1', null],
  [SVG_TOEZICHT, 'D2', null],
  // Wgs: a Zorg- en Veiligheidshuis only on a dossier that names it.
  [ZVH_RIJNMOND, 'A1', W],
  [ZVH_RIJNMOND, 'B1', null],
  [ZVH_RIJNMOND, 'C1', null],
  [ZVH_AMSTERDAM, 'C1', W],
  [ZVH_AMSTERDAM, 'A1', null],
  // No ground in this subgraph at all.
  [BURGEMEESTER, 'C1', null],
  [BURGEMEESTER, 'A1', null],
  [OM, 'A1', null],
  [OM, 'C1', null],
  [JUSTID, 'A1', null],
  [JUSTID, 'D2', null],
];

describe('the gemeente access matrix, one dossier by id: organisation × role × field × dossier', () => {
  const rows = DOSSIER_MATRIX.map(([caller, dossierKey, ground]) => ({
    name: `${label(caller)} reading dossier ${dossierKey}: ${ground ?? 'denied'}`,
    caller,
    dossierKey,
    ground,
  }));

  it.each(rows)('$name', async ({ caller, dossierKey, ground }) => {
    const dossier = DOSSIERS[dossierKey];
    const { response, decisions, records, audit } = await askTraced<{ nazorgdossier: Record<string, unknown> | null }>(
      caller,
      DOSSIER_QUERY,
      { id: ids[dossierKey] },
    );
    expect(audit).toEqual([expect.objectContaining({ user_id: caller.sub, organisation: caller.org })]);

    if (ground) {
      expect(response.errors).toBeUndefined();
      const answer = response.data?.nazorgdossier;
      expect(answer).toMatchObject({
        id: ids[dossierKey],
        gemeentecode: dossier.gemeentecode,
        aangemeldDoor: dossier.aangemeldDoor,
        zvhNaam: dossier.zvhNaam,
        nazorgcoordinator: { naam: dossier.coordinator },
        justitiabele: { bsn: PERSONS[dossier.person] },
        basisvoorwaarden: { onderdak: { type: null }, zorg: { zorgverzekering: false } },
      });
      // Every field is there; only the values of fields that are empty in the dossier are null.
      expect(Object.keys(answer ?? {}).sort()).toEqual([...DOSSIER_FIELDS].sort());
      // Each field read, the dossier itself and the person's bsn: permitted under the expected ground.
      expect(decisionsOf(decisions)).toEqual(
        byResource([
          permit('Nazorgdossier', ground, dossier.person),
          ...DOSSIER_FIELDS.map((field) => permit(`Nazorgdossier.${field}`, ground, dossier.person)),
          permit('Justitiabele.bsn', ground, dossier.person),
        ]),
      );
      expect(records.map((record) => [record.processing_activity_id, record.data_subject_id])).toEqual([
        [ACTIVITY[ground], subjectOf(dossier.person)],
      ]);
    } else {
      expect(response.data?.nazorgdossier).toBeNull();
      expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
        [['nazorgdossier'], 'ACCESS_DENIED'],
      ]);
      expect(response.errors?.[0]?.message).toBe(denialMessage('Nazorgdossier', caller, GROUNDS));
      expect(response.errors?.[0]?.extensions?.['gronden']).toEqual(GROUNDS);
      expect(decisions).toEqual([
        {
          ...deny('Nazorgdossier', dossier.person),
          data_subject_id_type: 'bsn-hmac-sha256',
          requested_grounds: GROUNDS,
        },
      ]);
      // Nothing of the dossier left the subgraph, so nothing was processed.
      expect(records).toEqual([]);
      const answer = JSON.stringify(response);
      for (const secret of [PERSONS[dossier.person], dossier.coordinator, ids[dossierKey]]) {
        expect(answer).not.toContain(secret);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// One person by reference, as the gateway asks: Justitiabele.bsn and Justitiabele.nazorgdossiers.
// ---------------------------------------------------------------------------------------------

const PERSON_QUERY = /* GraphQL */ `
  query Person($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        bsn
        nazorgdossiers {
          id
          gemeentecode
          aangemeldDoor
        }
      }
    }
  }
`;
const PERSON_DOSSIER_FIELDS = ['id', 'gemeentecode', 'aangemeldDoor'] as const;

/** (caller, person) → the ground that opens the person and the dossiers of theirs it shows; null for denied. */
const PERSON_MATRIX: [TokenClaims, Person, Ground | null, Dossier[]][] = [
  [ROTTERDAM, 'A', E, ['A1']],
  [ROTTERDAM, 'D', E, ['D1']],
  [ROTTERDAM, 'C', null, []],
  [AMSTERDAM, 'D', E, ['D2']],
  [AMSTERDAM, 'C', E, ['C1']],
  [AMSTERDAM, 'A', null, []],
  [ROTTERDAM_PRIVACY_OFFICER, 'A', null, []],
  [DJI_HVB_ROTTERDAM, 'D', P, ['D1']],
  [DJI_VUGHT, 'A', P, ['A1']],
  [DJI_VUGHT, 'D', null, []],
  [DJI_VUGHT, 'B', null, []],
  [DJI_ALMELO, 'A', null, []],
  [DJI_ALMELO, 'D', null, []],
  [RN_TOEZICHT, 'D', P, ['D2']],
  [RN_TOEZICHT, 'B', P, ['B1']],
  [RN_TOEZICHT, 'A', null, []],
  [SVG_TOEZICHT, 'B', null, []],
  [ZVH_RIJNMOND, 'A', W, ['A1']],
  [ZVH_RIJNMOND, 'D', null, []],
  [ZVH_AMSTERDAM, 'C', W, ['C1']],
  [BURGEMEESTER, 'C', null, []],
  [OM, 'A', null, []],
  [JUSTID, 'D', null, []],
];

describe('the gemeente access matrix, one person by reference: organisation × role × field × person', () => {
  const rows = PERSON_MATRIX.map(([caller, person, ground, visible]) => ({
    name: `${label(caller)} reading person ${person}: ${ground ? `${ground}, dossiers [${visible.join(', ')}]` : 'denied'}`,
    caller,
    person,
    ground,
    visible,
  }));

  it.each(rows)('$name', async ({ caller, person, ground, visible }) => {
    const bsn = PERSONS[person];
    const { response, decisions, records } = await askTraced<{ _entities: unknown[] }>(caller, PERSON_QUERY, {
      representations: [{ __typename: 'Justitiabele', bsn }],
    });
    const hidden = DOSSIER_KEYS.filter((key) => DOSSIERS[key].person === person && !visible.includes(key));

    if (ground) {
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toEqual([
        {
          bsn,
          nazorgdossiers: visible.map((key) => ({
            id: ids[key],
            gemeentecode: DOSSIERS[key].gemeentecode,
            aangemeldDoor: DOSSIERS[key].aangemeldDoor,
          })),
        },
      ]);
      // A dossier the caller may not read is left out of the list, and that refusal is recorded too.
      expect(decisionsOf(decisions)).toEqual(
        byResource([
          permit('Justitiabele', ground, person),
          permit('Justitiabele.bsn', ground, person),
          permit('Justitiabele.nazorgdossiers', ground, person),
          ...visible.flatMap(() => [
            permit('Nazorgdossier', ground, person),
            ...PERSON_DOSSIER_FIELDS.map((field) => permit(`Nazorgdossier.${field}`, ground, person)),
          ]),
          ...hidden.map(() => deny('Nazorgdossier', person)),
        ]),
      );
      expect(records.map((record) => [record.processing_activity_id, record.data_subject_id])).toEqual([
        [ACTIVITY[ground], subjectOf(person)],
      ]);
      const answer = JSON.stringify(response);
      for (const key of hidden) {
        expect(answer).not.toContain(ids[key]);
      }
    } else {
      expect(response.data?._entities).toEqual([null]);
      expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
        [['_entities', 0], 'ACCESS_DENIED'],
      ]);
      expect(response.errors?.[0]?.message).toBe(denialMessage('Justitiabele', caller, GROUNDS));
      expect(decisionsOf(decisions)).toEqual([deny('Justitiabele', person)]);
      expect(records).toEqual([]);
      const answer = JSON.stringify(response);
      expect(answer).not.toContain(bsn);
      for (const key of DOSSIER_KEYS.filter((candidate) => DOSSIERS[candidate].person === person)) {
        expect(answer).not.toContain(ids[key]);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// A gemeente's worklist: listed only by that gemeente's own nazorgcoördinator.
// ---------------------------------------------------------------------------------------------

const LIST_QUERY = /* GraphQL */ `
  query Worklist($gemeentecode: Gemeentecode!) {
    nazorgdossiers(gemeentecode: $gemeentecode, first: 10) {
      edges {
        node {
          id
          aangemeldDoor
          nazorgcoordinator {
            naam
          }
          basisvoorwaarden {
            onderdak {
              type
            }
          }
          justitiabele {
            bsn
            nazorgdossiers {
              id
              gemeentecode
            }
          }
        }
      }
    }
  }
`;

/** (caller, gemeentecode) → the dossiers listed under own task, or null for refused. */
const LIST_MATRIX: [TokenClaims, string, Dossier[] | null][] = [
  [ROTTERDAM, '0599', ['A1', 'B1', 'D1']],
  [AMSTERDAM, '0363', ['C1', 'D2']],
  [AMSTERDAM, '0599', null],
  [ROTTERDAM, '0363', null],
  [ROTTERDAM_PRIVACY_OFFICER, '0599', null],
  [DJI_ALMELO, '0599', null],
  [RN_TOEZICHT, '0599', null],
  [ZVH_RIJNMOND, '0599', null],
  [BURGEMEESTER, '0363', null],
  [OM, '0599', null],
  [JUSTID, '0363', null],
];

describe("the gemeente access matrix, a gemeente's list: organisation × role × gemeente", () => {
  const rows = LIST_MATRIX.map(([caller, gemeentecode, listed]) => ({
    name: `${label(caller)} listing gemeente ${gemeentecode}: ${listed ? `EIGEN_TAAK, dossiers [${listed.join(', ')}]` : 'denied'}`,
    caller,
    gemeentecode,
    listed,
  }));

  it.each(rows)('$name', async ({ caller, gemeentecode, listed }) => {
    const { response, decisions, records } = await askTraced<{
      nazorgdossiers: { edges: { node: { id: string; justitiabele: { nazorgdossiers: { id: string }[] } } }[] };
    }>(caller, LIST_QUERY, { gemeentecode });
    if (listed) {
      expect(response.errors).toBeUndefined();
      const nodes = response.data?.nazorgdossiers.edges.map((edge) => edge.node) ?? [];
      expect(nodes.map((node) => node.id)).toEqual(listed.map((key) => ids[key]));
      // Through each person, still only this gemeente's own dossiers.
      expect(nodes.map((node) => node.justitiabele.nazorgdossiers.map((dossier) => dossier.id))).toEqual(
        listed.map((key) => [ids[key]]),
      );
      // Every listed dossier, and every field of it, permitted under own task.
      const permits = decisions.filter((decision) => decision.decision === 'PERMIT');
      expect(permits.filter((decision) => decision.resource === 'Nazorgdossier')).toHaveLength(listed.length);
      expect(new Set(permits.map((decision) => decision.policy))).toEqual(new Set([ACTIVITY.EIGEN_TAAK]));
      // The other gemeente's dossier on D was looked at through D and refused, not shown.
      const others = DOSSIER_KEYS.filter(
        (key) =>
          DOSSIERS[key].gemeentecode !== gemeentecode &&
          listed.some((own) => DOSSIERS[own].person === DOSSIERS[key].person),
      );
      expect(decisionsOf(decisions).filter((decision) => decision.decision === 'DENY')).toEqual(
        others.map((key) => deny('Nazorgdossier', DOSSIERS[key].person)),
      );
      expect(records.map((record) => record.processing_activity_id)).toEqual(listed.map(() => ACTIVITY.EIGEN_TAAK));
    } else {
      expect(response.data).toBeNull();
      expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
        [['nazorgdossiers'], 'ACCESS_DENIED'],
      ]);
      expect(response.errors?.[0]?.message).toBe(
        // A list refused as a whole names the grounds its dossiers are read on.
        denialMessage(`the nazorgdossiers of gemeente ${gemeentecode}`, caller, ['EIGEN_TAAK', 'ART_18A_PBW', 'WGS']),
      );
      // Refused before any dossier was read: nobody's data processed, nobody's data in the answer.
      expect(records).toEqual([]);
      const answer = JSON.stringify(response);
      for (const bsn of Object.values(PERSONS)) {
        expect(answer).not.toContain(bsn);
      }
    }
  });
});

describe('every way in is guarded', () => {
  it('gives a direct call with a gemeente:0363 token nothing of a person only gemeente 0599 has a dossier on', async () => {
    const token = await gemeente.issuer.sign(AMSTERDAM);
    const response = await postGraphQL<{ _entities: unknown[] }>(
      gemeente.url,
      PERSON_QUERY,
      {
        representations: [
          { __typename: 'Justitiabele', bsn: PERSONS.A },
          { __typename: 'Justitiabele', bsn: PERSONS.B },
          { __typename: 'Justitiabele', bsn: PERSONS.D },
        ],
      },
      { authorization: `Bearer ${token}` },
    );
    expect(response.data?._entities).toEqual([
      null,
      null,
      // D has a dossier in Amsterdam: that one, and not Rotterdam's.
      { bsn: PERSONS.D, nazorgdossiers: [{ id: ids.D2, gemeentecode: '0363', aangemeldDoor: 'reclassering:RN' }] },
    ]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['_entities', 0], 'ACCESS_DENIED'],
      [['_entities', 1], 'ACCESS_DENIED'],
    ]);
    const answer = JSON.stringify(response);
    for (const secret of [PERSONS.A, PERSONS.B, ids.A1, ids.B1, ids.D1, 'dji:PI-VUGHT', 'dji:HVB-ROTTERDAM']) {
      expect(answer).not.toContain(secret);
    }
  });

  it('answers nothing without a token', async () => {
    const response = await postGraphQL(gemeente.url, PERSON_QUERY, {
      representations: [{ __typename: 'Justitiabele', bsn: PERSONS.A }],
    });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(response)).not.toContain(ids.A1);
  });
});

describe("changes to another gemeente's dossier", () => {
  /** Every dossier with its status, as stored, to show that nothing changed. */
  const stored = () =>
    query<{ row: unknown }>(
      `SELECT to_jsonb(d) || to_jsonb(s) AS row
         FROM nazorgdossier d JOIN basisvoorwaarden_status s ON s.dossier_id = d.id ORDER BY d.id`,
    );
  const BIJWERKEN = `mutation ($input: BasisvoorwaardenInput!) { werkBasisvoorwaardenBij(input: $input) { id versie } }`;
  const SLUITEN = `mutation ($input: SluitingInput!) { sluitNazorgdossier(input: $input) { id status } }`;
  const OPENEN = `mutation ($input: NazorgdossierInput!) { openNazorgdossier(input: $input) { id } }`;
  // The dossiers' ids are known only once opened, so the variables are made when the test runs.
  const change = (dossier: Dossier) => () => ({
    input: { dossierId: ids[dossier], verwachteVersie: 1, onderdak: { type: 'GEEN' } },
  });
  const closing = (dossier: Dossier) => () => ({
    input: { dossierId: ids[dossier], verwachteVersie: 1, geslotenOp: '2026-09-30' },
  });
  const opening = (gemeentecode: string) => () => ({
    input: {
      gemeentecode,
      bsn: PERSONS.C,
      rol: 'ONTVANGENDE_GEMEENTE',
      aangemeldDoor: 'dji:PI-VUGHT',
      nazorgcoordinator: { naam: 'X. Buiten', email: 'x.buiten@gemeente.example.nl' },
      procesregie: 'GEMEENTE',
      zvhBetrokken: false,
      geopendOp: '2026-04-01',
    },
  });

  it.each([
    ['another gemeente changes the basisvoorwaarden', AMSTERDAM, BIJWERKEN, change('A1')],
    ['another gemeente closes the dossier', AMSTERDAM, SLUITEN, closing('A1')],
    ['a gemeente opens a dossier for another gemeente', AMSTERDAM, OPENEN, opening('0599')],
    ['the notifying DJI changes the basisvoorwaarden it may read', DJI_VUGHT, BIJWERKEN, change('A1')],
    ['the notifying reclassering closes the dossier it may read', RN_TOEZICHT, SLUITEN, closing('B1')],
    ['the named ZVH changes the basisvoorwaarden it may read', ZVH_RIJNMOND, BIJWERKEN, change('A1')],
    [
      "the own gemeente's privacy officer changes the basisvoorwaarden",
      ROTTERDAM_PRIVACY_OFFICER,
      BIJWERKEN,
      change('A1'),
    ],
    ['the burgemeester opens a dossier', BURGEMEESTER, OPENEN, opening('0363')],
  ] as const)('refuses it when %s, and writes nothing', async (_case, caller, mutation, variables) => {
    const before = await stored();
    const { response, records } = await askTraced(caller, mutation, variables());
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    expect(response.errors?.[0]?.message).toContain(label(caller));
    expect(records).toEqual([]);
    expect(await stored()).toEqual(before);
  });
});

describe('the processing log', () => {
  const MANY_FIELDS = /* GraphQL */ `
    query Worklist {
      nazorgdossiers(gemeentecode: "0599") {
        edges {
          node {
            id
            gemeentecode
            rol
            aangemeldDoor
            nazorgcoordinator {
              naam
              email
            }
            procesregie
            zvhBetrokken
            zvhNaam
            status
            geopendOp
            versie
            basisvoorwaarden {
              onderdak {
                type
              }
              inkomen {
                werk
              }
            }
            justitiabele {
              bsn
              nazorgdossiers {
                id
                status
              }
            }
          }
        }
      }
    }
  `;

  it('records one processing per data subject per activity for many fields of several dossiers', async () => {
    const { response, decisions, records } = await askTraced(ROTTERDAM, MANY_FIELDS);
    expect(response.errors).toBeUndefined();
    // Dozens of fields read and decided on ...
    expect(decisions.length).toBeGreaterThan(3 * 15);
    // ... yet one record per person per activity: A, B and D, all under own task.
    expect(records.map((record) => [record.processing_activity_id, record.data_subject_id])).toEqual(
      (['A', 'B', 'D'] as const)
        .map((person) => [ACTIVITY.EIGEN_TAAK, subjectOf(person)])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    expect(records.every((record) => record.name === 'graphql query Worklist' && record.status_code === 'OK')).toBe(
      true,
    );
  });

  it('pseudonymises the data subject with the HMAC of the BSN, and never stores a plain BSN', async () => {
    const { traceId, records, decisions } = await askTraced(ROTTERDAM, MANY_FIELDS);
    for (const row of [...records, ...decisions]) {
      expect(row.data_subject_id).toMatch(/^[0-9a-f]{64}$/);
      expect(row.data_subject_id_type).toBe('bsn-hmac-sha256');
      expect(Object.values(PERSONS)).not.toContain(row.data_subject_id);
    }
    expect(records.map((record) => record.data_subject_id).sort()).toEqual(
      [PERSONS.A, PERSONS.B, PERSONS.D]
        .map((nummer) => pseudonym(gemeente.pseudonymKey, { soort: 'BSN', nummer }))
        .sort(),
    );
    // Not in this trace, and not anywhere in the log.
    const everything = JSON.stringify([records, decisions, (await logOf(traceId)).audit]);
    const wholeLog = JSON.stringify(
      await query(
        `SELECT (SELECT json_agg(r) FROM processing_log_record r) AS records,
                (SELECT json_agg(d) FROM access_decision d) AS decisions,
                (SELECT json_agg(a) FROM processing_audit_record a) AS audit`,
      ),
    );
    for (const bsn of Object.values(PERSONS)) {
      expect(everything).not.toContain(bsn);
      expect(wholeLog).not.toContain(bsn);
    }
  });

  it('names the asking organisation as foreign processor when DJI reads, and none when the owning gemeente does', async () => {
    const dji = await askTraced(DJI_VUGHT, DOSSIER_QUERY, { id: ids.A1 });
    expect(dji.response.errors).toBeUndefined();
    expect(dji.records.map((record) => [record.processing_activity_id, record.foreign_operation_processor])).toEqual([
      [ACTIVITY.ART_18A_PBW, 'dji:PI-VUGHT'],
    ]);
    const own = await askTraced(ROTTERDAM, DOSSIER_QUERY, { id: ids.A1 });
    expect(own.response.errors).toBeUndefined();
    expect(own.records.map((record) => [record.processing_activity_id, record.foreign_operation_processor])).toEqual([
      [ACTIVITY.EIGEN_TAAK, null],
    ]);
  });

  it('keeps the user out of the processing records, in one audit record per request', async () => {
    const { records, audit } = await askTraced(RN_TOEZICHT, PERSON_QUERY, {
      representations: [PERSONS.A, PERSONS.B, PERSONS.D].map((bsn) => ({ __typename: 'Justitiabele', bsn })),
    });
    expect(records).toHaveLength(2);
    expect(audit).toEqual([
      expect.objectContaining({ user_id: 'th-rn', organisation: 'reclassering:RN', role: 'toezichthouder' }),
    ]);
    const columns = await query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'processing_log_record'`,
    );
    const names = columns.map((column) => column.column_name);
    expect(names).toEqual(expect.arrayContaining(['trace_id', 'span_id', 'data_subject_id']));
    for (const forbidden of ['user_id', 'sub', 'gebruiker', 'organisation', 'role']) {
      expect(names).not.toContain(forbidden);
    }
    expect(JSON.stringify(records)).not.toContain('th-rn');
  });

  it("continues the caller's trace: the records carry the trace id of the traceparent sent", async () => {
    const { traceId, parentSpanId, records, decisions, audit } = await askTraced(RN_TOEZICHT, DOSSIER_QUERY, {
      id: ids.B1,
    });
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record?.trace_id).toBe(traceId);
    expect(record?.parent_span_id).toBe(parentSpanId);
    // The subgraph's handling is a span of its own, shared by the audit record and the decisions.
    expect(record?.span_id).toMatch(/^[0-9a-f]{16}$/);
    expect(record?.span_id).not.toBe(parentSpanId);
    expect(audit).toEqual([
      {
        trace_id: traceId,
        span_id: record?.span_id,
        user_id: 'th-rn',
        organisation: 'reclassering:RN',
        role: 'toezichthouder',
      },
    ]);
    expect(decisions.length).toBeGreaterThan(0);
    const spans = await query<{ span_id: string }>('SELECT DISTINCT span_id FROM access_decision WHERE trace_id = $1', [
      traceId,
    ]);
    expect(spans).toEqual([{ span_id: record?.span_id }]);
  });

  it('refuses the read when the log cannot be written: no data, PROCESSING_LOG_UNAVAILABLE, HTTP 503', async () => {
    const dataSource = gemeente.subgraph.database.dataSource;
    const traceId = newTraceId();
    let status = 0;
    let response: GraphQLResponse = {};
    await dataSource.query('ALTER TABLE processing_audit_record RENAME TO processing_audit_record_away');
    try {
      const answer = await fetch(gemeente.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await gemeente.issuer.sign(ROTTERDAM)}`,
          traceparent: `00-${traceId}-${newSpanId()}-01`,
        },
        body: JSON.stringify({ query: DOSSIER_QUERY, variables: { id: ids.A1 } }),
      });
      status = answer.status;
      response = (await answer.json()) as GraphQLResponse;
    } finally {
      await dataSource.query('ALTER TABLE processing_audit_record_away RENAME TO processing_audit_record');
    }
    expect(status).toBe(503);
    expect(response.data).toBeUndefined();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['PROCESSING_LOG_UNAVAILABLE']);
    const answer = JSON.stringify(response);
    for (const secret of [PERSONS.A, ids.A1, DOSSIERS.A1.coordinator, DOSSIERS.A1.zvhNaam]) {
      expect(answer).not.toContain(secret);
    }
    // All of the request's log or none of it: none.
    expect(await logOf(traceId)).toEqual({ decisions: [], records: [], audit: [] });
    // With the log back, the same read is answered and recorded.
    const again = await askTraced(ROTTERDAM, DOSSIER_QUERY, { id: ids.A1 });
    expect(again.response.data?.['nazorgdossier']).toMatchObject({ id: ids.A1 });
    expect(again.records).toHaveLength(1);
  });
});

describe('each gemeente’s privacy officer reads its own part of the processing log', () => {
  const VERWERKINGEN = `query ($traceId: String) { gemeenteVerwerkingen(filter: { traceId: $traceId }, first: 50) { edges { node { betrokkene } } } }`;
  const AMSTERDAM_PRIVACY_OFFICER: TokenClaims = { org: 'gemeente:0363', role: 'privacy-officer', sub: 'po-0363' };

  it('shows Amsterdam the reads of Amsterdam’s dossiers, and Rotterdam only what concerns the person as such', async () => {
    const { traceId } = await askTraced(
      AMSTERDAM,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { bsn nazorgdossiers { rol nazorgcoordinator { naam } } } } }`,
      { representations: [{ __typename: 'Justitiabele', bsn: PERSONS.C }] },
    );
    const records = await gemeente.subgraph.database.dataSource.query<{ bronhouder: string | null }[]>(
      'SELECT bronhouder FROM processing_log_record WHERE trace_id = $1',
      [traceId],
    );
    const amsterdams = records.filter((record) => record.bronhouder === 'gemeente:0363').length;
    const personal = records.filter((record) => record.bronhouder === null).length;
    expect(amsterdams).toBeGreaterThan(0);
    expect(amsterdams + personal).toBe(records.length);

    const seenBy = async (caller: TokenClaims) => {
      const response = await gemeente.ask(VERWERKINGEN, { traceId }, caller);
      expect(response.errors).toBeUndefined();
      return (response.data?.['gemeenteVerwerkingen'] as { edges: unknown[] }).edges.length;
    };
    expect(await seenBy(AMSTERDAM_PRIVACY_OFFICER)).toBe(records.length);
    expect(await seenBy(ROTTERDAM_PRIVACY_OFFICER)).toBe(personal);
  });

  it('logs a read of the person as such as the gemeente whose dossier granted it, not as the others that keep one', async () => {
    // D has a dossier in Rotterdam (D1) and in Amsterdam (D2); Amsterdam's own task and RN's
    // notification rest on D2 alone, so Rotterdam's privacy officer sees nothing of these reads.
    for (const caller of [AMSTERDAM, RN_TOEZICHT]) {
      const { traceId, response } = await askTraced(
        caller,
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { bsn } } }`,
        { representations: [{ __typename: 'Justitiabele', bsn: PERSONS.D }] },
      );
      expect(response.errors).toBeUndefined();
      const decisions = await query<{ resource: string; bronhouder: string | null }>(
        'SELECT resource, bronhouder FROM access_decision WHERE trace_id = $1 ORDER BY resource',
        [traceId],
      );
      expect(decisions).toEqual([
        { resource: 'Justitiabele', bronhouder: 'gemeente:0363' },
        { resource: 'Justitiabele.bsn', bronhouder: 'gemeente:0363' },
      ]);
      const records = await query<{ bronhouder: string | null }>(
        'SELECT bronhouder FROM processing_log_record WHERE trace_id = $1',
        [traceId],
      );
      expect(records).toEqual([{ bronhouder: 'gemeente:0363' }]);
      const rotterdam = await gemeente.ask(VERWERKINGEN, { traceId }, ROTTERDAM_PRIVACY_OFFICER);
      expect((rotterdam.data?.['gemeenteVerwerkingen'] as { edges: unknown[] }).edges).toEqual([]);
    }
  });
});
