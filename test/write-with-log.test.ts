import type { PartyName } from '@ketengraaf/parties';
import { pseudonym } from '@ketengraaf/subgraph-kit';
import type { Betrokkene } from '@ketengraaf/subgraph-kit';

import { instroom, REGISTREER_INSTROOM } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { loggedFor, make, one } from './write-with-log-fixtures';
import type { ChangeRequest } from './write-with-log-fixtures';

/**
 * A change and its processing log commit together or not at all: with the log failing, the change
 * is not made and the client hears so (503, PROCESSING_LOG_UNAVAILABLE); with the log working, the
 * change's decisions are in the log exactly once.
 */

/** One attempt at a party's change on a record of the demo chain, and how to see whether it was made. */
interface Attempt extends ChangeRequest {
  /** The state the change moves (a version, a count of rows): equal before and after when it was not made. */
  readonly state: () => Promise<unknown>;
  /** The decision about the person the change's command takes: the mutation, the person, the owner of the record. */
  readonly decision: { readonly resource: string; readonly person: Betrokkene; readonly bronhouder: string | null };
  /** The transaction ids (xmin) of the rows the change writes. */
  readonly written: () => Promise<string[]>;
}

/** A mutation of a party, each attempt based on the records as they are now. */
interface Change {
  /** The party and its mutation, as the tests name it. */
  readonly name: string;
  readonly next: () => Promise<Attempt>;
}

/** Test persons of the instroom change: each attempt a new one, whom no seed holds. */
let instroomPerson = 7000;

const CHANGES: readonly Change[] = [
  {
    name: 'dji stelDrPlanVast',
    next: async () => {
      const verblijf = await one<{
        id: string;
        justitiabele_id: string;
        inrichting: string;
        instroomdatum: string;
        versie: number;
      }>(
        federation,
        'dji',
        `SELECT v.id, v.justitiabele_id, v.huidige_inrichting AS inrichting, to_char(v.instroomdatum, 'YYYY-MM-DD') AS instroomdatum,
                max(p.versie)::int AS versie
           FROM verblijf v JOIN dr_plan p ON p.verblijf_id = v.id
          WHERE v.status <> 'UITGESTROOMD' GROUP BY v.id ORDER BY v.id LIMIT 1`,
      );
      return {
        party: 'dji',
        caller: { org: `dji:${verblijf.inrichting}`, role: 'casemanager', sub: 'cm-1' },
        query:
          'mutation ($input: DrPlanInput!) { stelDrPlanVast(input: $input) { versie afspraken { omschrijving } } }',
        variables: {
          input: {
            verblijfId: verblijf.id,
            verwachteVersie: verblijf.versie,
            regie: 'DJI',
            deelnemendeOrganisaties: [`dji:${verblijf.inrichting}`],
            justitiabeleBetrokken: true,
            vastgesteldOp: verblijf.instroomdatum,
            afspraken: [
              {
                basisvoorwaarde: 'ONDERDAK',
                omschrijving: 'Opvang regelen',
                verantwoordelijkePartij: `dji:${verblijf.inrichting}`,
                status: 'OPEN',
              },
            ],
          },
        },
        state: () =>
          one(federation, 'dji', 'SELECT max(versie)::int AS versie FROM dr_plan WHERE verblijf_id = $1', [
            verblijf.id,
          ]),
        decision: {
          resource: 'Mutation.stelDrPlanVast',
          person: { soort: 'SKN', nummer: verblijf.justitiabele_id },
          bronhouder: null,
        },
        written: () => xmins('dji', 'SELECT xmin::text AS xmin FROM dr_plan WHERE verblijf_id = $1', [verblijf.id]),
      };
    },
  },
  {
    name: 'dji registreerInstroom',
    next: () => {
      instroomPerson += 1;
      const input = instroom(instroomPerson, '0363');
      const id = String(input['id']);
      const bsn = String(input['bsn']);
      return Promise.resolve({
        party: 'dji',
        caller: { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-1' },
        query: REGISTREER_INSTROOM,
        variables: { input },
        // The melding to the gemeente is written in the same transaction: with the change, or not at all.
        state: () =>
          one(
            federation,
            'dji',
            `SELECT (SELECT count(*)::int FROM verblijf WHERE justitiabele_id = $1) AS verblijven,
                    (SELECT count(*)::int FROM melding_outbox WHERE data->>'bsn' = $2) AS meldingen`,
            [id, bsn],
          ),
        decision: { resource: 'Mutation.registreerInstroom', person: { soort: 'SKN', nummer: id }, bronhouder: null },
        written: () => xmins('dji', 'SELECT xmin::text AS xmin FROM verblijf WHERE justitiabele_id = $1', [id]),
      });
    },
  },
  {
    name: 'gemeente sluitNazorgdossier',
    next: async () => {
      const dossier = await one<{ id: string; bsn: string; gemeentecode: string; geopend: string; versie: number }>(
        federation,
        'gemeente',
        `SELECT id, bsn, gemeentecode, to_char(geopend_op, 'YYYY-MM-DD') AS geopend, versie
           FROM nazorgdossier WHERE status = 'OPEN' ORDER BY id LIMIT 1`,
      );
      return {
        party: 'gemeente',
        caller: { org: `gemeente:${dossier.gemeentecode}`, role: 'nazorgcoordinator', sub: 'nc-1' },
        query: 'mutation ($input: SluitingInput!) { sluitNazorgdossier(input: $input) { status versie } }',
        variables: { input: { dossierId: dossier.id, verwachteVersie: dossier.versie, geslotenOp: dossier.geopend } },
        state: () =>
          one(federation, 'gemeente', 'SELECT versie, status FROM nazorgdossier WHERE id = $1', [dossier.id]),
        decision: {
          resource: 'Mutation.sluitNazorgdossier',
          person: { soort: 'BSN', nummer: dossier.bsn },
          bronhouder: `gemeente:${dossier.gemeentecode}`,
        },
        written: () => xmins('gemeente', 'SELECT xmin::text AS xmin FROM nazorgdossier WHERE id = $1', [dossier.id]),
      };
    },
  },
  {
    name: 'reclassering registreerRisicotaxatie',
    next: async () => {
      const toezicht = await one<{ justitiabele_id: string; organisatie: string }>(
        federation,
        'reclassering',
        'SELECT justitiabele_id, organisatie FROM toezicht ORDER BY id LIMIT 1',
      );
      return {
        party: 'reclassering',
        caller: { org: toezicht.organisatie, role: 'toezichthouder', sub: 'th-1' },
        query:
          'mutation ($input: RisicotaxatieInput!) { registreerRisicotaxatie(input: $input) { instrument gevaarrisico } }',
        variables: {
          input: {
            justitiabeleId: toezicht.justitiabele_id,
            datum: '2026-02-01',
            instrument: 'RISc',
            recidiverisico: 'LAAG',
            gevaarrisico: 'GEMIDDELD',
          },
        },
        state: () =>
          one(
            federation,
            'reclassering',
            'SELECT count(*)::int AS taxaties FROM risicotaxatie WHERE justitiabele_id = $1',
            [toezicht.justitiabele_id],
          ),
        decision: {
          resource: 'Mutation.registreerRisicotaxatie',
          person: { soort: 'SKN', nummer: toezicht.justitiabele_id },
          bronhouder: toezicht.organisatie,
        },
        written: () =>
          xmins('reclassering', 'SELECT xmin::text AS xmin FROM risicotaxatie WHERE justitiabele_id = $1', [
            toezicht.justitiabele_id,
          ]),
      };
    },
  },
  {
    name: 'om-burgemeester registreerDelictcategorie',
    next: async () => {
      const zaak = await one<{
        justitiabele_id: string;
        parketnummer: string;
        delictcategorie: string;
        versie: number;
      }>(
        federation,
        'om-burgemeester',
        'SELECT justitiabele_id, parketnummer, delictcategorie, versie FROM om.strafzaak ORDER BY id LIMIT 1',
      );
      return {
        party: 'om-burgemeester',
        caller: { org: 'om', role: 'officier', sub: 'ov-1' },
        query:
          'mutation ($input: DelictcategorieInput!) { registreerDelictcategorie(input: $input) { delictcategorie versie } }',
        variables: {
          input: {
            justitiabeleId: zaak.justitiabele_id,
            parketnummer: zaak.parketnummer,
            delictcategorie: zaak.delictcategorie === 'OVERIG' ? 'VERMOGEN' : 'OVERIG',
            verwachteVersie: zaak.versie,
          },
        },
        state: () =>
          one(
            federation,
            'om-burgemeester',
            'SELECT versie, delictcategorie FROM om.strafzaak WHERE parketnummer = $1',
            [zaak.parketnummer],
          ),
        decision: {
          resource: 'Mutation.registreerDelictcategorie',
          person: { soort: 'SKN', nummer: zaak.justitiabele_id },
          bronhouder: 'om',
        },
        written: () =>
          xmins('om-burgemeester', 'SELECT xmin::text AS xmin FROM om.strafzaak WHERE parketnummer = $1', [
            zaak.parketnummer,
          ]),
      };
    },
  },
];

let federation: TestStack;

const CHANGE_NAMES = CHANGES.map((change) => change.name);

function changeNamed(name: string): Change {
  const change = CHANGES.find((candidate) => candidate.name === name);
  if (!change) throw new Error(`no change ${name}`);
  return change;
}

async function xmins(party: PartyName, sql: string, parameters: unknown[]): Promise<string[]> {
  return (await federation.rows<{ xmin: string }>(party, sql, parameters)).map((row) => row.xmin);
}

const LOG_TABLES = ['processing_audit_record', 'processing_log_entry', 'access_decision_set'] as const;

/**
 * Makes inserts into the party's processing log fail, as a full disk or a revoked grant would, for
 * the rows `when` selects (every row when omitted), while `run` runs.
 */
async function withLogFailing<T>(
  party: PartyName,
  run: () => Promise<T>,
  { tables = LOG_TABLES, when }: { tables?: readonly string[]; when?: string } = {},
): Promise<T> {
  await federation.rows(
    party,
    `CREATE OR REPLACE FUNCTION test_log_unavailable() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF ${when ?? 'true'} THEN RAISE EXCEPTION 'processing log unavailable (test)'; END IF;
       RETURN NEW;
     END $$`,
  );
  for (const table of tables) {
    await federation.rows(
      party,
      `CREATE TRIGGER test_log_unavailable BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION test_log_unavailable()`,
    );
  }
  try {
    return await run();
  } finally {
    for (const table of tables) {
      await federation.rows(party, `DROP TRIGGER test_log_unavailable ON ${table}`);
    }
  }
}

beforeAll(async () => {
  federation = await startTestStack('write_with_log');
}, 180_000);

afterAll(() => federation.stop());

describe('a change and its processing log commit together or not at all', () => {
  it.each(CHANGE_NAMES)(
    '%s: with the log failing, the change is not made and the answer is 503 PROCESSING_LOG_UNAVAILABLE saying so',
    async (name) => {
      const change = await changeNamed(name).next();
      const { party } = change;
      const before = await change.state();

      const { answer, traceId } = await withLogFailing(party, () => make(federation, change));

      expect(answer.status).toBe(503);
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['PROCESSING_LOG_UNAVAILABLE']);
      expect(answer.body.errors?.[0]?.message).toMatch(/change .*was NOT made/);
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.text).not.toMatch(/test_log_unavailable|processing log unavailable \(test\)/);
      expect(await change.state()).toEqual(before);
      expect(await loggedFor(federation, party, traceId)).toEqual({ decisions: [], records: [], audits: [] });

      // The same change, the log working again, is made: nothing of the failed attempt was in the way.
      const { answer: retried } = await make(federation, change);
      expect(retried.body.errors).toBeUndefined();
      expect(retried.status).toBe(200);
      expect(await change.state()).not.toEqual(before);
    },
  );

  it.each(
    CHANGE_NAMES.flatMap((name) =>
      (['access_decision_set', 'processing_log_entry'] as const).map((table) => [name, table] as const),
    ),
  )(
    '%s: with only %s inserts failing, the change is not made: its decision about the person is written in its transaction',
    async (name, table) => {
      const change = await changeNamed(name).next();
      const { party } = change;
      const before = await change.state();

      const { answer, traceId } = await withLogFailing(party, () => make(federation, change), { tables: [table] });

      expect(answer.status).toBe(503);
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['PROCESSING_LOG_UNAVAILABLE']);
      expect(answer.body.errors?.[0]?.message).toMatch(/change .*was NOT made/);
      expect(await change.state()).toEqual(before);
      expect(await loggedFor(federation, party, traceId)).toEqual({ decisions: [], records: [], audits: [] });
    },
  );

  it.each(CHANGE_NAMES)(
    "%s: with the log working, the change, its decisions (each exactly once), its processing record and audit record are written, the decision about the person and its record in the change's transaction",
    async (name) => {
      const change = await changeNamed(name).next();
      const { party } = change;
      const before = await change.state();

      const { answer, traceId } = await make(federation, change);

      expect(answer.body.errors).toBeUndefined();
      expect(await change.state()).not.toEqual(before);
      const logged = await loggedFor(federation, party, traceId);
      expect(logged.decisions.every((decision) => decision.times === 1)).toBe(true);
      expect(logged.decisions.every((decision) => decision.decision === 'PERMIT')).toBe(true);
      const subject = pseudonym(federation.pseudonymKeys[party], change.decision.person);
      const own = logged.decisions.filter((decision) => decision.resource === change.decision.resource);
      expect(own.map(({ xmin: _xmin, ...decision }) => decision)).toEqual([
        {
          resource: change.decision.resource,
          decision: 'PERMIT',
          data_subject_id: subject,
          bronhouder: change.decision.bronhouder,
          times: 1,
        },
      ]);
      const written = await change.written();
      expect(written).toContain(own[0]?.xmin);
      const records = logged.records.filter((record) => record.data_subject_id === subject);
      expect(records.length).toBeGreaterThan(0);
      expect(records.map((record) => record.xmin)).toContain(own[0]?.xmin);
      expect(logged.audits).toEqual([{ organisation: change.caller.org }]);
    },
  );

  it('dji: when only what the answer reads cannot be logged, the change stands with its own log and the answer says so', async () => {
    const change = await changeNamed('dji stelDrPlanVast').next();
    const before = (await change.state()) as { versie: number };

    const { answer, traceId } = await withLogFailing('dji', () => make(federation, change), {
      tables: ['access_decision_set'],
      when: `NOT EXISTS (SELECT 1 FROM access_decision_resource
                          WHERE id = ANY(NEW.resources) AND resource LIKE 'Mutation.%')`,
    });

    expect(answer.status).toBe(503);
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['PROCESSING_LOG_UNAVAILABLE']);
    expect(answer.body.errors?.[0]?.message).toMatch(/change was made and recorded/);
    expect(answer.body.errors?.[0]?.message).not.toMatch(/NOT made/);
    expect(await change.state()).toEqual({ versie: before.versie + 1 });
    const logged = await loggedFor(federation, 'dji', traceId);
    expect(logged.decisions.map(({ resource, decision, times }) => ({ resource, decision, times }))).toEqual([
      { resource: 'Mutation.stelDrPlanVast', decision: 'PERMIT', times: 1 },
    ]);
    expect(logged.records.length).toBeGreaterThan(0);
    expect(logged.audits).toHaveLength(1);
  });
});
