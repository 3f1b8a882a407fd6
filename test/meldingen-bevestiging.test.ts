import { CloudEvent, HTTP } from 'cloudevents';

import { INBOX_PATH, organisatieUri } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { nazorg } from './keten-fixtures';
import { djiMeldingen } from './meldingen-dji-fixtures';
import { eventually, instroom, REGISTREER_INSTROOM, testBsn } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/**
 * The receiver acknowledges: ONTVANGEN in its answer, IN_BEHANDELING when its staff take the
 * melding up, as a melding of its own back to the sender's inbox, which only the organisation the
 * melding went to can send.
 */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('mld_bvs');
});

afterAll(() => federation.stop());

const { neemOp } = djiMeldingen(() => federation);

const DJI_BEHEERDER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'beheerder', sub: 'b-vught' };
const IN_BEHANDELING = 'nl.ketengraaf.melding.in-behandeling';

const djiOutbox = (bsn: string) =>
  federation.rows<{ id: string; ontvanger: string; status: string; bevestiging: string | null }>(
    'dji',
    `SELECT id, ontvanger, status, bevestiging FROM melding_outbox WHERE data->>'bsn' = $1 ORDER BY ontvanger`,
    [bsn],
  );

/** Posts an acknowledgement of melding `id` to DJI's inbox, as `organisatie`'s deployment. */
async function acknowledge(organisatie: string, id: string): Promise<number> {
  const token = await federation.issuer.machineTokens(organisatie);
  const message = HTTP.structured(
    new CloudEvent({
      specversion: '1.0',
      id: `forged-${organisatie}-${id}`,
      source: organisatieUri(organisatie),
      type: IN_BEHANDELING,
      subject: `melding/${id}`,
      datacontenttype: 'application/json',
      ontvanger: 'dji:PI-VUGHT',
      grondslag: 'EIGEN_TAAK',
      data: { melding: id },
    }),
  );
  const response = await fetch(federation.stack.subgraphUrls.dji.replace(/\/graphql$/, INBOX_PATH), {
    method: 'POST',
    headers: { ...(message.headers as Record<string, string>), authorization: `Bearer ${token}` },
    body: message.body as string,
  });
  return response.status;
}

describe('IN_BEHANDELING: the gemeente taking up the dossier a melding made', () => {
  const bsn = testBsn(401);
  const elders = testBsn(402);
  let melding: string;

  beforeAll(async () => {
    for (const [n, code] of [
      [401, '0363'],
      [402, '0599'],
    ] as const) {
      const response = await federation.ask(federation.stack.subgraphUrls.dji, CASEMANAGER, REGISTREER_INSTROOM, {
        input: instroom(n, code),
      });
      expect(response.errors).toBeUndefined();
    }
    await eventually(
      async () => [...(await djiOutbox(bsn)), ...(await djiOutbox(elders))].every((row) => row.bevestiging),
      10_000,
      'both meldingen confirmed as received',
    );
    melding = (await djiOutbox(bsn))[0]?.id ?? '';
  });

  it('is acknowledged as ONTVANGEN first', async () => {
    expect(await djiOutbox(bsn)).toEqual([
      { id: melding, ontvanger: 'gemeente:0363', status: 'AFGELEVERD', bevestiging: 'ONTVANGEN' },
    ]);
  });

  it('refuses an acknowledgement from an organisation the melding did not go to, changing nothing', async () => {
    expect(await acknowledge('gemeente:0599', melding)).toBe(400);
    expect(await acknowledge('reclassering:RN', melding)).toBe(400);
    expect(await acknowledge('gemeente:0363', 'not-a-melding')).toBe(400);
    expect((await djiOutbox(bsn))[0]?.bevestiging).toBe('ONTVANGEN');
    expect(await federation.rows('dji', `SELECT 1 FROM melding_inbox WHERE type = $1`, [IN_BEHANDELING])).toEqual([]);
  });

  it('tells DJI once the nazorgcoördinator takes the AANGEMELD dossier up; another gemeente’s melding stays ONTVANGEN', async () => {
    const opened = await neemOp(bsn, '{ status }');
    expect(opened).toEqual({ data: { openNazorgdossier: { status: 'OPEN' } } });
    expect(
      await federation.rows(
        'gemeente',
        `SELECT ontvanger, status FROM melding_inbox WHERE data->>'bsn' = ANY($1) ORDER BY ontvanger`,
        [[bsn, elders]],
      ),
    ).toEqual([
      { ontvanger: 'gemeente:0363', status: 'IN_BEHANDELING' },
      { ontvanger: 'gemeente:0599', status: 'ONTVANGEN' },
    ]);
    await eventually(
      async () => (await djiOutbox(bsn))[0]?.bevestiging === 'IN_BEHANDELING',
      10_000,
      'the acknowledgement at DJI',
    );
    expect(
      await federation.rows(
        'gemeente',
        `SELECT afzender, ontvanger, subject, status FROM melding_outbox WHERE type = $1`,
        [IN_BEHANDELING],
      ),
    ).toEqual([
      { afzender: 'gemeente:0363', ontvanger: 'dji:PI-VUGHT', subject: `melding/${melding}`, status: 'AFGELEVERD' },
    ]);
    const beheer = await federation.ask(
      federation.stack.subgraphUrls.dji,
      DJI_BEHEERDER,
      `{ djiUitgaandeMeldingen(first: 100) { edges { node { id bevestiging } } } }`,
    );
    const nodes = (beheer.data?.['djiUitgaandeMeldingen'] as { edges: { node: { id: string } }[] }).edges.map(
      (edge) => edge.node,
    );
    expect(nodes.find((node) => node.id === melding)).toEqual({ id: melding, bevestiging: 'IN_BEHANDELING' });
    expect((await djiOutbox(elders))[0]?.bevestiging).toBe('ONTVANGEN');
  });
});

describe('escalation to the regional Zorg- en Veiligheidshuis (Wgs)', () => {
  const zvh = (code: string): TokenClaims => ({ org: `zvh:${code}`, role: 'procesregisseur', sub: `pr-${code}` });
  const ESCALATIES = `{ zvhEscalaties(first: 10) { edges { node { type gemeentecode afzender subject gesignaleerdOp } } } }`;
  const escalaties = async (caller: TokenClaims) => {
    const response = await federation.ask(federation.stack.gatewayUrl, caller, ESCALATIES);
    return {
      errors: response.errors?.map((error) => error.extensions?.['code']),
      nodes: (response.data?.['zvhEscalaties'] as { edges: { node: Record<string, unknown> }[] } | null)?.edges.map(
        (edge) => edge.node,
      ),
    };
  };

  beforeAll(async () => {
    // DJI's meldingen that no gemeente confirmed (dead letters), past their time; one of another
    // kind (the screening's request) and one confirmed, which never escalate.
    const meldingen = [
      ['nl.ketengraaf.dji.detentie.begonnen', 'gemeente:0599', null],
      ['nl.ketengraaf.dji.detentie.beeindigd', 'gemeente:0363', null],
      ['nl.ketengraaf.dji.screening.informatieverzoek', 'gemeente:0599', null],
      ['nl.ketengraaf.dji.detentie.begonnen', 'gemeente:0518', 'ONTVANGEN'],
    ];
    for (const [index, [type, ontvanger, bevestiging]] of meldingen.entries()) {
      await federation.rows(
        'dji',
        `INSERT INTO melding_outbox (id, type, afzender, ontvanger, subject, grondslag, data, status, pogingen, laatste_fout, bevestiging, bevestigen_voor)
         VALUES (gen_random_uuid(), $1, 'dji:PI-VUGHT', $2, $3, 'ART_51C_WJSG', '{}', 'ONBESTELBAAR', 10, 'HTTP 503', $4, clock_timestamp() - interval '1 second')`,
        [type, ontvanger, `verblijf/escalatie-${index}`, bevestiging],
      );
    }
    await eventually(
      async () =>
        (await federation.rows('dji', `SELECT 1 FROM melding_outbox WHERE gesignaleerd_op IS NOT NULL`)).length === 3,
      10_000,
      "the signals at DJI's dispatcher",
    );
  });

  it("shows each Zorg- en Veiligheidshuis' procesregisseur the unconfirmed detention meldingen of its own gemeenten only", async () => {
    expect(await escalaties(zvh('rotterdam-rijnmond'))).toEqual({
      errors: undefined,
      nodes: [
        {
          type: 'nl.ketengraaf.dji.detentie.begonnen',
          gemeentecode: '0599',
          afzender: 'dji:PI-VUGHT',
          subject: 'verblijf/escalatie-0',
          gesignaleerdOp: expect.any(String),
        },
      ],
    });
    expect((await escalaties(zvh('amsterdam-amstelland'))).nodes?.map((node) => node['gemeentecode'])).toEqual([
      '0363',
    ]);
    // Haaglanden's melding was confirmed; Zeeland serves none of these gemeenten.
    expect(await escalaties(zvh('haaglanden'))).toEqual({ errors: undefined, nodes: [] });
    expect(await escalaties(zvh('zeeland'))).toEqual({ errors: undefined, nodes: [] });
  });

  it('refuses, and records, anyone else', async () => {
    const callers: TokenClaims[] = [
      { org: 'regiegroep', role: 'analist', sub: 'an-1' },
      nazorg('0599'),
      CASEMANAGER,
      DJI_BEHEERDER,
      { org: 'om', role: 'officier', sub: 'ovj-1' },
    ];
    for (const caller of callers) {
      expect(await escalaties(caller)).toEqual({ errors: ['ACCESS_DENIED'], nodes: undefined });
    }
    const denials = await federation.rows<{ n: number }>(
      'dji',
      `SELECT count(*)::int AS n FROM access_decision WHERE resource = 'Query.zvhEscalaties' AND decision = 'DENY'`,
    );
    expect(denials).toEqual([{ n: 5 }]);
  });

  it("records each melding shown as a read about its person on WGS in DJI's log, and none for a procesregisseur it is not shown to", async () => {
    const [verblijf] = await federation.rows<{ id: string }>(
      'dji',
      `SELECT v.id FROM verblijf v JOIN justitiabele j ON j.id = v.justitiabele_id WHERE j.bsn = $1`,
      [testBsn(401)],
    );
    await federation.rows(
      'dji',
      `INSERT INTO melding_outbox (id, type, afzender, ontvanger, subject, grondslag, data, status, pogingen, laatste_fout, bevestigen_voor)
       VALUES (gen_random_uuid(), 'nl.ketengraaf.dji.detentie.begonnen', 'dji:PI-VUGHT', 'gemeente:0363', $1, 'ART_51C_WJSG', '{}',
               'ONBESTELBAAR', 10, 'HTTP 503', clock_timestamp() - interval '1 second')`,
      [`verblijf/${verblijf?.id}`],
    );
    await eventually(
      async () =>
        (await federation.rows('dji', `SELECT 1 FROM melding_outbox WHERE gesignaleerd_op IS NOT NULL`)).length === 4,
      10_000,
      'the signal of the stay’s melding',
    );
    const permits = () =>
      federation.rows<{ data_subject_id: string; policy: string; requested_grounds: string[] }>(
        'dji',
        `SELECT data_subject_id, policy, requested_grounds FROM access_decision WHERE resource = 'ZvhEscalatie'`,
      );
    expect(await escalaties(zvh('rotterdam-rijnmond'))).toMatchObject({ errors: undefined, nodes: [{}] });
    expect(await escalaties(zvh('haaglanden'))).toEqual({ errors: undefined, nodes: [] });
    expect(await permits()).toEqual([]);

    const { nodes } = await escalaties(zvh('amsterdam-amstelland'));
    expect(nodes?.map((node) => node['subject'])).toEqual(['verblijf/escalatie-1', `verblijf/${verblijf?.id}`]);
    // The same person, by DJI's pseudonym, as the casemanager's registration of the instroom.
    const [registratie] = await federation.rows<{ data_subject_id: string }>(
      'dji',
      `SELECT data_subject_id FROM access_decision
        WHERE resource = 'Mutation.registreerInstroom' AND decision = 'PERMIT' ORDER BY decided_at LIMIT 1`,
    );
    expect(await permits()).toEqual([
      {
        data_subject_id: registratie?.data_subject_id,
        policy: 'https://ketengraaf.nl/verwerkingsactiviteiten/dji/wgs',
        requested_grounds: ['WGS'],
      },
    ]);
    // And in the person's trail of processings (what an inzage shows), under DJI's activity for Wgs.
    const verwerkingen = await federation.rows(
      'dji',
      `SELECT 1 FROM processing_log_record WHERE processing_activity_id = $1 AND data_subject_id = $2`,
      ['https://ketengraaf.nl/verwerkingsactiviteiten/dji/wgs', registratie?.data_subject_id],
    );
    expect(verwerkingen).toHaveLength(1);
  });
});
