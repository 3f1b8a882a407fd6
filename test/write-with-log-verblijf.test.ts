import { pseudonym } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { loggedFor, make, one } from './write-with-log-fixtures';

/**
 * DJI's changes of a verblijf (MDO, betrokkenheid, verwachte uitstroom) decide about the person
 * once: one PERMIT on the mutation and one processing record each, written with the change.
 */

let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('write_with_log_verblijf');
}, 180_000);

afterAll(() => federation.stop());

describe("DJI's changes of a verblijf decide about the person once", () => {
  it('records one PERMIT on the mutation about the person, and one processing record, for each change', async () => {
    const verblijf = await one<{ id: string; justitiabele_id: string; inrichting: string; instroomdatum: string }>(
      federation,
      'dji',
      `SELECT id, justitiabele_id, huidige_inrichting AS inrichting, to_char(instroomdatum, 'YYYY-MM-DD') AS instroomdatum
         FROM verblijf WHERE status <> 'UITGESTROOMD' ORDER BY id LIMIT 1`,
    );
    const caller: TokenClaims = { org: `dji:${verblijf.inrichting}`, role: 'casemanager', sub: 'cm-1' };
    const subject = pseudonym(federation.pseudonymKeys.dji, { soort: 'SKN', nummer: verblijf.justitiabele_id });
    let versie = 0;
    const changes: [string, string, () => Record<string, unknown>][] = [
      [
        'registreerMdo',
        'mutation ($input: MdoInput!) { registreerMdo(input: $input) { datum } }',
        () => ({
          verblijfId: verblijf.id,
          datum: verblijf.instroomdatum,
          deelnemers: [caller.org],
          justitiabeleAanwezig: true,
        }),
      ],
      [
        'registreerBetrokkenOrganisatie',
        'mutation ($input: BetrokkenOrganisatieInput!) { registreerBetrokkenOrganisatie(input: $input) { versie } }',
        () => ({
          verblijfId: verblijf.id,
          organisatie: 'reclassering:RN',
          aanleiding: 'TOEZICHT',
          datum: verblijf.instroomdatum,
        }),
      ],
      [
        'wijzigVerwachteUitstroom',
        'mutation ($input: VerwachteUitstroomInput!) { wijzigVerwachteUitstroom(input: $input) { versie } }',
        () => ({
          verblijfId: verblijf.id,
          verwachteVersie: versie,
          verwachteUitstroomdatum: '2030-01-01',
          viDatum: null,
        }),
      ],
    ];
    for (const [mutation, query, input] of changes) {
      ({ versie } = await one<{ versie: number }>(federation, 'dji', 'SELECT versie FROM verblijf WHERE id = $1', [
        verblijf.id,
      ]));
      const { answer, traceId } = await make(federation, {
        party: 'dji',
        caller,
        query,
        variables: { input: input() },
      });
      expect([mutation, answer.body.errors]).toEqual([mutation, undefined]);
      const logged = await loggedFor(federation, 'dji', traceId);
      expect([
        mutation,
        logged.decisions
          .filter((decision) => decision.resource === `Mutation.${mutation}`)
          .map(({ decision, data_subject_id, times }) => ({ decision, data_subject_id, times })),
        logged.records.filter((record) => record.data_subject_id === subject).length,
      ]).toEqual([mutation, [{ decision: 'PERMIT', data_subject_id: subject, times: 1 }], 1]);
    }
  });
});
