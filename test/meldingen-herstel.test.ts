import { createServer } from 'node:http';
import type { AddressInfo, Server } from 'node:net';

import { partyNamed } from '@ketengraaf/parties';
import { createLogger, demoPopulation, INBOX_PATH, startDispatcher } from '@ketengraaf/subgraph-kit';
import type { Dispatcher, LocalIssuer } from '@ketengraaf/subgraph-kit';
import { createTestDatabase, startTestIssuer } from '@ketengraaf/subgraph-kit/testing';
import type { TestDatabase } from '@ketengraaf/subgraph-kit/testing';

import { OudeOvertredingsmeldingenInOutbox1795520000000 } from '../subgraphs/reclassering/src/migrations/1795520000000-OudeOvertredingsmeldingenInOutbox';

import { eventually } from './meldingen-fixtures';
import { startPartyService } from './party-service';
import type { PartyService } from './party-service';
import { TEST_MELDINGEN_SETTINGS } from './test-stack';

/**
 * Nothing lost, nothing applied twice: the reclassering's overtredingsmeldingen left TE_VERZENDEN
 * from before the outbox are put in it by a migration and sent after the next start; and a delivery
 * cut off after OM applied it, before the reclassering heard so (as when its dispatcher crashes
 * there), is sent again and kept once.
 */
let issuer: LocalIssuer;
const services: PartyService[] = [];
let dispatcher: Dispatcher | undefined;
let proxy: Server | undefined;

async function start(party: 'reclassering' | 'om-burgemeester', database: TestDatabase): Promise<PartyService> {
  const service = await startPartyService(party, database, issuer, TEST_MELDINGEN_SETTINGS);
  services.push(service);
  return service;
}

async function stop(service: PartyService): Promise<void> {
  services.splice(services.indexOf(service), 1);
  await service.running.stop();
  await service.subgraph.close();
}

/**
 * An HTTP proxy in front of `inbox` that passes each melding on and waits for the receiver's
 * answer, but cuts the connection instead of answering the first time it sees a melding: the
 * receiver applied it, the sender never heard so.
 */
async function cuttingProxy(inbox: string): Promise<{ url: string; cut: string[] }> {
  const cut: string[] = [];
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const { id } = JSON.parse(body) as { id: string };
      fetch(inbox, { method: 'POST', headers: req.headers as Record<string, string>, body })
        .then(async (answer) => {
          const text = await answer.text();
          if (!cut.includes(id)) {
            cut.push(id);
            res.socket?.destroy();
            return;
          }
          res.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
        })
        .catch(() => res.socket?.destroy());
    });
  });
  await new Promise<void>((resolve) => proxy?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${INBOX_PATH}`, cut };
}

beforeAll(async () => {
  issuer = await startTestIssuer();
});

afterAll(async () => {
  await dispatcher?.stop();
  for (const service of [...services]) await stop(service);
  await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
  await issuer.stop();
});

describe('an overtredingsmelding left TE_VERZENDEN from before the outbox', () => {
  it('is put in the outbox by the migration, sent after the next start, and kept once at OM though its first answer was lost', async () => {
    const reclasseringDb = await createTestDatabase('mld_hst_recl');
    const omDb = await createTestDatabase('mld_hst_om');
    try {
      let reclassering = await start('reclassering', reclasseringDb);
      const om = await start('om-burgemeester', omDb);
      const { dataSource } = reclassering.subgraph.database;
      await partyNamed('reclassering').seed(dataSource, demoPopulation(120));
      // Recorded TE_VERZENDEN before the outbox existed: no melding names it, nothing ever sent it.
      const [[oud]] = await dataSource.query<[{ id: string; justitiabele_id: string; datum: string }[], number]>(
        `UPDATE overtredingsmelding SET status = 'TE_VERZENDEN'
          WHERE id = (SELECT id FROM overtredingsmelding WHERE melding_id IS NULL ORDER BY id LIMIT 1)
          RETURNING id, justitiabele_id, datum::text`,
      );
      if (!oud) throw new Error('The demo data has no overtredingsmelding.');

      const runner = dataSource.createQueryRunner();
      await new OudeOvertredingsmeldingenInOutbox1795520000000().up(runner);
      await runner.release();
      const [outbox] = await dataSource.query<{ id: string; afzender: string; ontvanger: string; data: unknown }[]>(
        `SELECT o.id, o.afzender, o.ontvanger, o.data FROM melding_outbox o
           JOIN overtredingsmelding m ON m.melding_id = o.id WHERE m.id = $1`,
        [oud.id],
      );
      expect(outbox).toMatchObject({
        ontvanger: 'om',
        afzender: expect.stringMatching(/^reclassering:/),
        data: { justitiabeleId: oud.justitiabele_id, datum: oud.datum },
      });

      // The next start queues it; the dispatcher sends it through a connection cut after OM applied it.
      await stop(reclassering);
      reclassering = await start('reclassering', reclasseringDb);
      const { url, cut } = await cuttingProxy(om.running.url.replace(/\/graphql$/, INBOX_PATH));
      dispatcher = await startDispatcher({
        databaseUrl: reclasseringDb.url,
        routes: { om: url },
        tokens: issuer.machineTokens,
        settings: TEST_MELDINGEN_SETTINGS,
        log: createLogger('reclassering-dispatcher', 'silent'),
      });
      const sent = async () =>
        (
          await reclassering.subgraph.database.dataSource.query<{ status: string; pogingen: number }[]>(
            'SELECT status, pogingen FROM melding_outbox WHERE id = $1',
            [outbox?.id],
          )
        )[0];
      await eventually(async () => (await sent())?.status === 'AFGELEVERD', 20_000, 'the old melding delivered');
      expect(cut).toEqual([outbox?.id]);
      expect(await sent()).toEqual({ status: 'AFGELEVERD', pogingen: 2 });
      const omData = om.subgraph.database.dataSource;
      expect(await omData.query(`SELECT keer_ontvangen FROM melding_inbox WHERE id = $1`, [outbox?.id])).toEqual([
        { keer_ontvangen: 2 },
      ]);
      expect(
        await omData.query(`SELECT justitiabele_id, datum::text FROM om.reclasseringsmelding WHERE referentie = $1`, [
          `overtredingsmelding/${oud.id}`,
        ]),
      ).toEqual([{ justitiabele_id: oud.justitiabele_id, datum: oud.datum }]);
    } finally {
      await dispatcher?.stop();
      dispatcher = undefined;
      for (const service of [...services]) await stop(service);
      await reclasseringDb.drop();
      await omDb.drop();
    }
  }, 120_000);
});
