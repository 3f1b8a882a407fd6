import { randomUUID } from 'node:crypto';

import { DEFAULT_MAX_REPRESENTATIONS, demoPopulation, passesElfproef, pseudonym } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';
import type { PartyName } from '@ketengraaf/parties';

import { decisionsRecordedFor } from './existence-oracle-fixtures';
import { betrokkene, traced, TRAIL_FIELDS, TRAILS } from './inzage-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * A caller without a ground can never tell "unknown" from "not yours": on every root lookup and
 * every `_entities` key of every subgraph, directly and through the gateway, a held person (or
 * record) it has no ground for and an identifier naming nothing get the same answer.
 */
let federation: TestStack;
const persons = demoPopulation(300);

/** A gemeente that no demo person comes from or returns to: no ground anywhere in the chain. */
const outsider: TokenClaims = { org: 'gemeente:0050', role: 'nazorgcoordinator', sub: 'nc-zeewolde' };

const UNKNOWN_SKN = '1999999999';
const UNKNOWN_BSN = (() => {
  const held = new Set(persons.map((person) => person.bsn));
  for (let candidate = 999_999_999; ; candidate--) {
    const bsn = String(candidate);
    if (passesElfproef(bsn) && !held.has(bsn)) return bsn;
  }
})();

async function firstValue(party: PartyName, sql: string): Promise<string> {
  const [row] = await federation.rows<{ value: string }>(party, sql);
  if (!row?.value) throw new Error(`No demo row for: ${sql}`);
  return row.value;
}

/** What a caller can observe of an answer: data, and each error's message, code, details and place. */
function observable(response: GraphQLResponse): unknown {
  return {
    data: response.data,
    errors: response.errors?.map(({ message, extensions, path }) => ({ message, extensions, path })),
  };
}

/** An answer over HTTP with its status and content type, which must not tell held from unknown either. */
async function answerOf(
  url: string,
  caller: TokenClaims,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ status: number; contentType: string | null; response: GraphQLResponse }> {
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await federation.issuer.sign(caller)}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: answer.status,
    contentType: answer.headers.get('content-type'),
    response: (await answer.json()) as GraphQLResponse,
  };
}

interface Path {
  readonly party: PartyName;
  readonly query: string;
  /** The identifier of something the party holds, and one of the same form naming nothing. */
  readonly held: () => Promise<unknown>;
  readonly unknown: unknown;
  /** Served by the gateway too (root fields); `_entities` is the subgraphs' own. */
  readonly viaGateway: boolean;
}

const entities = (key: 'id' | 'bsn') =>
  `query ($value: [_Any!]!) { _entities(representations: $value) { ... on Justitiabele { ${key} } } }`;
const reference = (key: 'id' | 'bsn', value: string) => [{ __typename: 'Justitiabele', [key]: value }];
const person = persons[0];
if (!person) throw new Error('The demo population is empty.');

const paths: Record<string, Path> = {
  'dji justitiabele(id)': {
    party: 'dji',
    query: 'query ($value: ID!) { justitiabele(id: $value) { id personalia { achternaam } } }',
    held: () => Promise.resolve(person.skn),
    unknown: UNKNOWN_SKN,
    viaGateway: true,
  },
  'dji justitiabeleOpBsn(bsn)': {
    party: 'dji',
    query: 'query ($value: BSN!) { justitiabeleOpBsn(bsn: $value) { id } }',
    held: () => Promise.resolve(person.bsn),
    unknown: UNKNOWN_BSN,
    viaGateway: true,
  },
  'dji verblijf(id)': {
    party: 'dji',
    query: 'query ($value: ID!) { verblijf(id: $value) { id instroomdatum } }',
    held: () => firstValue('dji', 'SELECT id::text AS value FROM verblijf ORDER BY id LIMIT 1'),
    unknown: randomUUID(),
    viaGateway: true,
  },
  'dji _entities by id': {
    party: 'dji',
    query: entities('id'),
    held: () => Promise.resolve(reference('id', person.skn)),
    unknown: reference('id', UNKNOWN_SKN),
    viaGateway: false,
  },
  'dji _entities by bsn': {
    party: 'dji',
    query: entities('bsn'),
    held: () => Promise.resolve(reference('bsn', person.bsn)),
    unknown: reference('bsn', UNKNOWN_BSN),
    viaGateway: false,
  },
  'gemeente nazorgdossier(id)': {
    party: 'gemeente',
    query: 'query ($value: ID!) { nazorgdossier(id: $value) { id status } }',
    held: () => firstValue('gemeente', 'SELECT id::text AS value FROM nazorgdossier ORDER BY id LIMIT 1'),
    unknown: randomUUID(),
    viaGateway: true,
  },
  'gemeente _entities by bsn': {
    party: 'gemeente',
    query: entities('bsn'),
    held: async () =>
      reference('bsn', await firstValue('gemeente', 'SELECT bsn AS value FROM nazorgdossier ORDER BY id LIMIT 1')),
    unknown: reference('bsn', UNKNOWN_BSN),
    viaGateway: false,
  },
  'reclassering advies(id)': {
    party: 'reclassering',
    query: 'query ($value: ID!) { advies(id: $value) { id } }',
    held: () => firstValue('reclassering', 'SELECT id::text AS value FROM advies ORDER BY id LIMIT 1'),
    unknown: randomUUID(),
    viaGateway: true,
  },
  'reclassering toezicht(id)': {
    party: 'reclassering',
    query: 'query ($value: ID!) { toezicht(id: $value) { id status } }',
    held: () => firstValue('reclassering', 'SELECT id::text AS value FROM toezicht ORDER BY id LIMIT 1'),
    unknown: randomUUID(),
    viaGateway: true,
  },
  'reclassering _entities by id': {
    party: 'reclassering',
    query: entities('id'),
    held: async () =>
      reference(
        'id',
        await firstValue('reclassering', 'SELECT justitiabele_id AS value FROM toezicht ORDER BY id LIMIT 1'),
      ),
    unknown: reference('id', UNKNOWN_SKN),
    viaGateway: false,
  },
  'om-burgemeester strafzaak(parketnummer)': {
    party: 'om-burgemeester',
    query: 'query ($value: String!) { strafzaak(parketnummer: $value) { id } }',
    held: () => firstValue('om-burgemeester', 'SELECT parketnummer AS value FROM om.strafzaak ORDER BY id LIMIT 1'),
    unknown: '99/999999-99',
    viaGateway: true,
  },
  'om-burgemeester _entities by id': {
    party: 'om-burgemeester',
    query: entities('id'),
    held: async () =>
      reference(
        'id',
        await firstValue('om-burgemeester', 'SELECT justitiabele_id AS value FROM om.strafzaak ORDER BY id LIMIT 1'),
      ),
    unknown: reference('id', UNKNOWN_SKN),
    viaGateway: false,
  },
};

beforeAll(async () => {
  federation = await startTestStack('orc');
});

afterAll(() => federation.stop());

/** Asked at `url` by the outsider, the held person and the unknown one: refused alike, HTTP included. */
async function expectHeldAndUnknownAlike(url: string, path: Path): Promise<void> {
  const held = await answerOf(url, outsider, path.query, { value: await path.held() });
  const unknown = await answerOf(url, outsider, path.query, { value: path.unknown });
  expect(held.response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
  expect([unknown.status, unknown.contentType, observable(unknown.response)]).toEqual([
    held.status,
    held.contentType,
    observable(held.response),
  ]);
}

describe('no existence oracle', () => {
  it.each(Object.entries(paths))(
    '%s directly at the subgraph: held without a ground and unknown answer alike, HTTP status and content type included',
    (_name, path) => expectHeldAndUnknownAlike(federation.stack.subgraphUrls[path.party], path),
  );

  it.each(Object.entries(paths))(
    '%s: the caller’s own privacy officer cannot tell them apart in the log either',
    async (_name, path) => {
      const logged = (value: unknown) => decisionsRecordedFor(federation, path.party, outsider, path.query, { value });
      const held = await logged(await path.held());
      expect(held.length).toBeGreaterThan(0);
      expect(await logged(path.unknown)).toEqual(held);
      const records = await federation.rows(path.party, 'SELECT 1 FROM processing_log_record WHERE bronhouder = $1', [
        outsider.org,
      ]);
      expect(records).toEqual([]);
    },
  );

  it.each(Object.entries(paths).filter(([, path]) => path.viaGateway))(
    '%s through the gateway: held without a ground and unknown answer alike, HTTP status and content type included',
    (_name, path) => expectHeldAndUnknownAlike(federation.stack.gatewayUrl, path),
  );

  it('answers many held and unknown references in one call in an order that tells nothing', async () => {
    const known = persons.slice(0, 20).map((one) => ({ __typename: 'Justitiabele', bsn: one.bsn }));
    const mixed = known.flatMap((one, index) => [one, { __typename: 'Justitiabele', bsn: bsnNotHeld(index) }]);
    const response = await federation.ask(federation.stack.subgraphUrls.dji, outsider, entities('bsn'), {
      value: mixed,
    });
    expect(response.errors?.map((error) => error.path)).toEqual(mixed.map((_one, index) => ['_entities', index]));
    expect(new Set(response.errors?.map((error) => error.message)).size).toBe(1);
  });
});

describe('an _entities call is bounded', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_unused, index) => ({ __typename: 'Justitiabele', id: `${2_000_000_000 + index}` }));

  it.each(['dji', 'gemeente', 'reclassering', 'om-burgemeester'] as const)(
    'the %s subgraph refuses more references than it accepts in one call, resolving none',
    async (party) => {
      const key = party === 'gemeente' ? 'bsn' : 'id';
      const representations = many(DEFAULT_MAX_REPRESENTATIONS + 1).map((one, index) =>
        key === 'bsn' ? { __typename: 'Justitiabele', bsn: bsnNotHeld(index) } : one,
      );
      const response = await federation.ask(federation.stack.subgraphUrls[party], outsider, entities(key), {
        value: representations,
      });
      expect(response.data).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['TOO_MANY_REPRESENTATIONS']);
      expect(response.errors?.[0]?.message).toContain(`at most ${DEFAULT_MAX_REPRESENTATIONS}`);
    },
  );

  it('accepts a call of exactly the bound', async () => {
    const response = await federation.ask(federation.stack.subgraphUrls.dji, outsider, entities('id'), {
      value: many(DEFAULT_MAX_REPRESENTATIONS),
    });
    expect(response.errors?.every((error) => error.extensions?.['code'] === 'ACCESS_DENIED')).toBe(true);
    expect(response.errors).toHaveLength(DEFAULT_MAX_REPRESENTATIONS);
  });
});

/**
 * A caller with a ground for one person of a request (a casemanager, for the persons held in its
 * own inrichting) and none for another: the request's memos, loaders and checks are shared by both,
 * and must let nothing of the one reach the other, nor tell the other from a person DJI does not hold.
 */
describe('one request about a person the caller may see and one it may not', () => {
  interface Held {
    readonly id: string;
    readonly bsn: string;
    readonly inrichting: string;
  }
  let permitted: Held;
  let refused: Held;
  let casemanager: TokenClaims;

  beforeAll(async () => {
    const held = await federation.rows<Held>(
      'dji',
      `SELECT j.id, j.bsn, v.huidige_inrichting AS inrichting
         FROM justitiabele j JOIN verblijf v ON v.justitiabele_id = j.id
        WHERE v.status <> 'UITGESTROOMD' ORDER BY j.id`,
    );
    const [first] = held;
    const other = held.find((one) => one.inrichting !== first?.inrichting);
    if (!first || !other) throw new Error('The demo chain holds no two persons in two inrichtingen.');
    [permitted, refused] = [first, other];
    casemanager = { org: `dji:${permitted.inrichting}`, role: 'casemanager', sub: 'cm-orc' };
  });

  /** Each error as the caller sees it, its place given by the alias or index it answers. */
  const errorAt = (response: GraphQLResponse, place: string | number) =>
    response.errors?.filter((error) => error.path?.[error.path.length - 1] === place || error.path?.[1] === place);
  const withoutPlace = (errors: GraphQLResponse['errors']) =>
    errors?.map(({ message, extensions }) => ({ message, extensions }));

  const PERSON_FIELDS =
    'id bsn personalia { achternaam } verblijven { instroomdatum } huidigVerblijf { instroomdatum }';

  it('answers an _entities batch mixing them, by id and by bsn, with an unknown of each key: the refused as the unknown, the permitted whole', async () => {
    const { traceId, headers } = traced();
    const response = await federation.ask(
      federation.stack.subgraphUrls.dji,
      casemanager,
      `query ($value: [_Any!]!) { _entities(representations: $value) { ... on Justitiabele { ${PERSON_FIELDS} } } }`,
      {
        value: [
          ...reference('id', permitted.id),
          ...reference('bsn', permitted.bsn),
          ...reference('id', refused.id),
          ...reference('bsn', refused.bsn),
          ...reference('id', UNKNOWN_SKN),
          ...reference('bsn', UNKNOWN_BSN),
        ],
      },
      headers,
    );
    const answers = response.data?.['_entities'] as ({ id: string; bsn: string } | null)[];
    expect(answers.slice(0, 2).map((answer) => [answer?.id, answer?.bsn])).toEqual([
      [permitted.id, permitted.bsn],
      [permitted.id, permitted.bsn],
    ]);
    expect(answers.slice(2)).toEqual([null, null, null, null]);
    expect(response.errors?.map((error) => error.path)).toEqual([2, 3, 4, 5].map((index) => ['_entities', index]));
    expect(withoutPlace(errorAt(response, 2))).toEqual(withoutPlace(errorAt(response, 4)));
    expect(withoutPlace(errorAt(response, 3))).toEqual(withoutPlace(errorAt(response, 5)));
    expect(withoutPlace(errorAt(response, 2))).toEqual(withoutPlace(errorAt(response, 3)));
    expect(JSON.stringify(response)).not.toContain(refused.bsn);

    // The log: every field read of the permitted person on DJI's own task, the refusals about no one.
    const decisions = await federation.rows<{ resource: string; decision: string; data_subject_id: string | null }>(
      'dji',
      'SELECT resource, decision, data_subject_id FROM access_decision WHERE trace_id = $1 ORDER BY resource, decision',
      [traceId],
    );
    const subject = pseudonym(federation.pseudonymKeys.dji, { soort: 'SKN', nummer: permitted.id });
    expect(decisions.filter((row) => row.decision === 'PERMIT')).toEqual(
      expect.arrayContaining(
        [
          'Justitiabele.personalia',
          'Justitiabele.verblijven',
          'Justitiabele.huidigVerblijf',
          'Verblijf.instroomdatum',
        ].map((resource) => ({ resource, decision: 'PERMIT', data_subject_id: subject })),
      ),
    );
    expect(new Set(decisions.map((row) => row.data_subject_id))).toEqual(new Set([subject, null]));
    expect(decisions.filter((row) => row.decision === 'DENY')).toEqual([
      { resource: 'Justitiabele', decision: 'DENY', data_subject_id: null },
    ]);
    expect(await trailAt('dji', refused.id, traceId)).toEqual([]);
    expect(await trailAt('dji', permitted.id, traceId)).toEqual([
      expect.objectContaining({ organisatie: casemanager.org, grondslag: 'EIGEN_TAAK' }),
    ]);
  });

  it('answers a batch asking only the parts of the joined signals: the refused echoed as the unknown, their parts refused alike', async () => {
    const response = await federation.ask(
      federation.stack.subgraphUrls.dji,
      casemanager,
      `query ($value: [_Any!]!) { _entities(representations: $value) { ... on Justitiabele { id bsn detentieSignalen { soort } huidigVerblijf { instroomdatum } } } }`,
      {
        value: [
          ...reference('id', permitted.id),
          ...reference('id', refused.id),
          ...reference('bsn', refused.bsn),
          ...reference('id', UNKNOWN_SKN),
          ...reference('bsn', UNKNOWN_BSN),
        ],
      },
    );
    const answers = response.data?.['_entities'] as Record<string, unknown>[];
    expect(answers[0]).toMatchObject({ id: permitted.id, bsn: permitted.bsn, detentieSignalen: expect.any(Array) });
    expect(answers.slice(1)).toEqual([
      { id: refused.id, bsn: null, detentieSignalen: null, huidigVerblijf: null },
      { id: null, bsn: refused.bsn, detentieSignalen: null, huidigVerblijf: null },
      { id: UNKNOWN_SKN, bsn: null, detentieSignalen: null, huidigVerblijf: null },
      { id: null, bsn: UNKNOWN_BSN, detentieSignalen: null, huidigVerblijf: null },
    ]);
    expect(response.errors?.map((error) => error.path)).toEqual([1, 2, 3, 4].map((index) => ['_entities', index]));
    expect(new Set(response.errors?.map((error) => JSON.stringify(withoutPlace([error]))))).toHaveProperty('size', 1);
  });

  it('keeps nothing of one request for the next: the same document and variables, alternately by a caller with and one without a ground', async () => {
    const document = `query ($value: [_Any!]!) { _entities(representations: $value) { ... on Justitiabele { ${PERSON_FIELDS} detentieSignalen { soort } } } }`;
    const variables = { value: [...reference('id', permitted.id), ...reference('bsn', permitted.bsn)] };
    const [url, gateway] = [federation.stack.subgraphUrls.dji, federation.stack.gatewayUrl];
    const root = `query ($id: ID!) { justitiabele(id: $id) { id personalia { achternaam } detentieSignalen { soort } } }`;
    for (let round = 0; round < 2; round += 1) {
      const seen = await federation.ask(url, casemanager, document, variables);
      expect(seen.errors).toBeUndefined();
      expect(JSON.stringify(seen.data)).toContain(permitted.bsn);
      const refused = await federation.ask(url, outsider, document, variables);
      expect(refused.data).toEqual({ _entities: [null, null] });
      expect(refused.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED', 'ACCESS_DENIED']);

      const seenThrough = await federation.ask(gateway, casemanager, root, { id: permitted.id });
      expect(seenThrough.errors).toBeUndefined();
      const refusedThrough = await federation.ask(gateway, outsider, root, { id: permitted.id });
      expect(refusedThrough.data).toEqual({ justitiabele: null });
      expect(JSON.stringify(refusedThrough)).not.toContain(permitted.bsn);
    }
  });

  it('answers root lookups of both under aliases through the gateway: the refused as the unknown, by id and by bsn', async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      casemanager,
      `query ($p: ID!, $r: ID!, $u: ID!, $pb: BSN!, $rb: BSN!, $ub: BSN!) {
        p: justitiabele(id: $p) { id personalia { achternaam } }
        r: justitiabele(id: $r) { id personalia { achternaam } }
        u: justitiabele(id: $u) { id personalia { achternaam } }
        pb: justitiabeleOpBsn(bsn: $pb) { bsn huidigVerblijf { instroomdatum } }
        rb: justitiabeleOpBsn(bsn: $rb) { bsn huidigVerblijf { instroomdatum } }
        ub: justitiabeleOpBsn(bsn: $ub) { bsn huidigVerblijf { instroomdatum } }
      }`,
      { p: permitted.id, r: refused.id, u: UNKNOWN_SKN, pb: permitted.bsn, rb: refused.bsn, ub: UNKNOWN_BSN },
    );
    expect(response.data).toEqual({
      p: { id: permitted.id, personalia: { achternaam: expect.any(String) } },
      r: null,
      u: null,
      pb: { bsn: permitted.bsn, huidigVerblijf: { instroomdatum: expect.any(String) } },
      rb: null,
      ub: null,
    });
    expect(response.errors?.map((error) => error.path)).toEqual([['r'], ['rb'], ['u'], ['ub']]);
    expect(withoutPlace(errorAt(response, 'r'))).toEqual(withoutPlace(errorAt(response, 'u')));
    expect(withoutPlace(errorAt(response, 'rb'))).toEqual(withoutPlace(errorAt(response, 'ub')));
    expect(JSON.stringify(response)).not.toContain(refused.bsn);
  });
});

/**
 * The same at every other party, in one `_entities` batch by the key it knows a person by: a caller
 * with a ground for one held person, and a held person it has none for, beside one no one holds.
 */
describe('one _entities batch about a person the caller may see, one it may not and one no one holds', () => {
  interface Mixed {
    readonly party: PartyName;
    readonly key: 'id' | 'bsn';
    readonly selection: string;
    readonly unknown: string;
    /** The caller's organisation, a person it holds records of, and one it holds none of. */
    readonly sql: string;
    readonly role: TokenClaims['role'];
  }
  const mixed: Record<string, Mixed> = {
    "the gemeente's nazorgcoördinator": {
      party: 'gemeente',
      key: 'bsn',
      selection: 'bsn nazorgdossiers { gemeentecode status }',
      unknown: UNKNOWN_BSN,
      role: 'nazorgcoordinator',
      sql: `SELECT 'gemeente:' || d.gemeentecode AS org, d.bsn AS permitted,
                   (SELECT o.bsn FROM nazorgdossier o
                     WHERE NOT EXISTS (SELECT 1 FROM nazorgdossier m WHERE m.bsn = o.bsn AND m.gemeentecode = d.gemeentecode)
                     ORDER BY o.id LIMIT 1) AS refused
              FROM nazorgdossier d ORDER BY d.id LIMIT 1`,
    },
    "the reclassering's toezichthouder": {
      party: 'reclassering',
      key: 'id',
      selection: 'id toezichten { organisatie begindatum } adviezen { opdrachtgever }',
      unknown: UNKNOWN_SKN,
      role: 'toezichthouder',
      sql: `SELECT t.organisatie AS org, t.justitiabele_id AS permitted,
                   (SELECT o.justitiabele_id FROM toezicht o
                     WHERE NOT EXISTS (
                       SELECT 1 FROM (SELECT justitiabele_id, organisatie FROM toezicht
                                      UNION ALL SELECT justitiabele_id, organisatie FROM advies
                                      UNION ALL SELECT justitiabele_id, organisatie FROM adviesopdracht
                                      UNION ALL SELECT justitiabele_id, organisatie FROM screeningmelding
                                      UNION ALL SELECT justitiabele_id, organisatie FROM risicotaxatie) r
                        WHERE r.justitiabele_id = o.justitiabele_id AND r.organisatie = t.organisatie)
                     ORDER BY o.id LIMIT 1) AS refused
              FROM toezicht t ORDER BY t.id LIMIT 1`,
    },
    "a burgemeester's OOV-adviseur": {
      party: 'om-burgemeester',
      key: 'id',
      selection: 'id bijMeldingen { terugkeergemeente } zienswijzen { tekst }',
      unknown: UNKNOWN_SKN,
      role: 'oov-adviseur',
      sql: `SELECT 'burgemeester:' || b.terugkeergemeente AS org, b.justitiabele_id AS permitted,
                   (SELECT s.justitiabele_id FROM om.strafzaak s
                     WHERE NOT EXISTS (SELECT 1 FROM burgemeester.bij_melding m WHERE m.justitiabele_id = s.justitiabele_id)
                       AND NOT EXISTS (SELECT 1 FROM om.verstrekking v WHERE v.justitiabele_id = s.justitiabele_id)
                     ORDER BY s.id LIMIT 1) AS refused
              FROM burgemeester.bij_melding b ORDER BY b.id LIMIT 1`,
    },
  };

  it.each(Object.entries(mixed))(
    '%s: the permitted person answered, the refused as the unknown, and only the permitted in the log',
    async (_name, { party, key, selection, unknown, role, sql }) => {
      const [found] = await federation.rows<{ org: string; permitted: string; refused: string | null }>(party, sql);
      if (!found?.refused) throw new Error(`No demo persons for: ${sql}`);
      const caller: TokenClaims = { org: found.org, role, sub: `${role}-orc` };
      const { traceId, headers } = traced();
      const response = await federation.ask(
        federation.stack.subgraphUrls[party],
        caller,
        `query ($value: [_Any!]!) { _entities(representations: $value) { ... on Justitiabele { ${selection} } } }`,
        { value: [found.permitted, found.refused, unknown].flatMap((value) => reference(key, value)) },
        headers,
      );
      const answers = response.data?.['_entities'] as (Record<string, unknown> | null)[];
      expect(answers[0]).toMatchObject({ [key]: found.permitted });
      expect(answers.slice(1)).toEqual([null, null]);
      const [refusedError, unknownError, ...others] = response.errors ?? [];
      expect(others).toEqual([]);
      expect(refusedError?.path).toEqual(['_entities', 1]);
      expect({ ...unknownError, path: refusedError?.path }).toEqual(refusedError);
      expect(refusedError?.extensions?.['code']).toBe('ACCESS_DENIED');

      const soort = key === 'bsn' ? 'BSN' : 'SKN';
      const subjects = await federation.rows<{ data_subject_id: string | null }>(
        party,
        'SELECT DISTINCT data_subject_id FROM access_decision WHERE trace_id = $1',
        [traceId],
      );
      expect(new Set(subjects.map((row) => row.data_subject_id))).toEqual(
        new Set([pseudonym(federation.pseudonymKeys[party], { soort, nummer: found.permitted }), null]),
      );
    },
  );
});

/** The rows of a demo person's own trail at `party` (AVG art. 15) that belong to one trace. */
async function trailAt(party: PartyName, skn: string, traceId: string): Promise<unknown[]> {
  const demo = persons.find((one) => one.skn === skn);
  if (!demo) throw new Error(`${skn} is no demo person.`);
  const response = await federation.ask(
    federation.stack.gatewayUrl,
    betrokkene(demo),
    `{ ${TRAILS[party]}(first: 100) { ${TRAIL_FIELDS} } }`,
  );
  expect(response.errors).toBeUndefined();
  const edges = (response.data?.[TRAILS[party]] as { edges: { node: { traceId: string } }[] }).edges;
  return edges.map(({ node }) => node).filter((node) => node.traceId === traceId);
}

const bsnsNotHeld: string[] = [];
let nextCandidate = 899_999_999;

/** The `index`-th BSN that passes the elfproef and names no demo person. */
function bsnNotHeld(index: number): string {
  const held = new Set(persons.map((one) => one.bsn));
  while (bsnsNotHeld.length <= index) {
    const bsn = String(nextCandidate--);
    if (passesElfproef(bsn) && !held.has(bsn)) bsnsNotHeld.push(bsn);
  }
  return bsnsNotHeld[index] ?? '';
}
