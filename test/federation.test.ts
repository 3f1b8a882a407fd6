import { readFile } from 'node:fs/promises';

import { createGateway } from '@ketengraaf/gateway';
import { supergraphPath } from '@ketengraaf/schema';
import { parties } from '@ketengraaf/parties';
import type { RunningStack } from '@ketengraaf/stack';
import { createLogger, demoPopulation } from '@ketengraaf/subgraph-kit';
import type { IdentityConfig, TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

let federation: TestStack;
let stack: RunningStack;
let identity: IdentityConfig;

const persons = demoPopulation(300);

/** DJI's own staff: sees every verblijf, and the dossiers DJI notified the gemeenten of. */
const djiCasemanager: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-1' };
/** Amsterdam's nazorg: sees only the people returning to or coming from Amsterdam. */
const amsterdamNazorg: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-1' };
const rotterdamNazorg: TokenClaims = { org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-2' };
/** The nazorg of the gemeente a person returns to: reads the person at DJI (art. 18a Pbw) and its own dossier. */
const nazorgOfReturn = (person: (typeof persons)[number] | undefined): TokenClaims => ({
  org: `gemeente:${person?.terugkeer.soort === 'GEMEENTE' ? person.terugkeer.gemeentecode : ''}`,
  role: 'nazorgcoordinator',
  sub: 'nc-3',
});

beforeAll(async () => {
  federation = await startTestStack('e2e', { firstStart: true });
  ({ stack, identity } = federation);
});

afterAll(() => federation.stop());

const asking = (url: string, caller: TokenClaims, query: string, variables: Record<string, unknown> = {}) =>
  federation.ask(url, caller, query, variables);

const throughGateway = (query: string, variables: Record<string, unknown> = {}, caller = djiCasemanager) =>
  asking(stack.gatewayUrl, caller, query, variables);

describe('one graph over both parties', () => {
  it('seeds the demo chain into both parties on first start', () => {
    expect([...stack.seeded].sort()).toEqual([...parties].sort());
  });

  it("reaches DJI's verblijf from the gemeente's open dossiers", async () => {
    const response = await throughGateway(
      /* GraphQL */ `
        query {
          nazorgdossiers(gemeentecode: "0363", first: 20) {
            edges {
              node {
                gemeentecode
                justitiabele {
                  bsn
                  huidigVerblijf {
                    instroomdatum
                    verwachteUitstroomdatum
                  }
                  verblijven {
                    instroomdatum
                  }
                }
              }
            }
          }
        }
      `,
      {},
      amsterdamNazorg,
    );
    expect(response.errors).toBeUndefined();
    const dossiers = (
      response.data?.['nazorgdossiers'] as {
        edges: {
          node: { gemeentecode: string; justitiabele: { bsn: string; verblijven: { instroomdatum: string }[] } };
        }[];
      }
    ).edges;
    expect(dossiers.length).toBeGreaterThan(5);
    for (const { node } of dossiers) {
      const person = persons.find((candidate) => candidate.bsn === node.justitiabele.bsn);
      expect(node.gemeentecode).toBe('0363');
      // DJI's data for the same person, joined at query time through the bsn key.
      expect(node.justitiabele.verblijven).toEqual([{ instroomdatum: person?.instroomdatum }]);
    }
  });

  it("passes DJI's own access decisions through unchanged: a denied person is null, naming DJI and the grounds", async () => {
    // DJI opens a person to a gemeente only where it registered that gemeente or the D&R names it.
    const person = persons.find(
      (candidate) =>
        candidate.uitstroomdatum === null &&
        [candidate.herkomst, candidate.terugkeer].every(
          (gemeente) => gemeente.soort !== 'GEMEENTE' || gemeente.gemeentecode !== '0363',
        ),
    );
    const response = await throughGateway(
      `query ($id: ID!) { justitiabele(id: $id) { bsn huidigVerblijf { instroomdatum } } }`,
      { id: person?.skn },
      amsterdamNazorg,
    );
    expect(response.data?.['justitiabele']).toBeNull();
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({
        code: 'ACCESS_DENIED',
        serviceName: 'dji',
        gronden: ['EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW', 'ART_11A_BJSG'],
      }),
    ]);
    expect(JSON.stringify(response)).not.toContain(person?.bsn);
  });

  it("reaches the gemeente's dossier from DJI's list, hopping from id to bsn through DJI", async () => {
    const response = await throughGateway(
      /* GraphQL */ `
        query {
          verblijven(filter: { terugkeergemeente: "0599" }, first: 10) {
            edges {
              node {
                terugkeer {
                  gemeentecode
                }
                justitiabele {
                  id
                  nazorgdossiers {
                    gemeentecode
                    rol
                  }
                }
              }
            }
          }
        }
      `,
      {},
      rotterdamNazorg,
    );
    expect(response.errors).toBeUndefined();
    const edges = (
      response.data?.['verblijven'] as {
        edges: { node: { justitiabele: { id: string; nazorgdossiers: { gemeentecode: string; rol: string }[] } } }[];
      }
    ).edges;
    expect(edges.length).toBeGreaterThan(3);
    for (const { node } of edges) {
      expect(node.justitiabele.nazorgdossiers).toContainEqual(
        expect.objectContaining({ gemeentecode: '0599', rol: 'ONTVANGENDE_GEMEENTE' }),
      );
    }
  });

  it('enters by chain id and reaches the gemeente in one query', async () => {
    const person = persons.find(
      (candidate) => candidate.terugkeer.soort === 'GEMEENTE' && candidate.uitstroomdatum === null,
    );
    const response = await throughGateway(
      `query ($id: ID!) { justitiabele(id: $id) { bsn personalia { achternaam } nazorgdossiers { gemeentecode basisvoorwaarden { onderdak { type } } } } }`,
      { id: person?.skn },
      nazorgOfReturn(person),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['justitiabele']).toMatchObject({
      bsn: person?.bsn,
      personalia: { achternaam: person?.achternaam },
    });
  });

  it('keeps bad input errors specific through the gateway', async () => {
    const response = await throughGateway(`query { justitiabeleOpBsn(bsn: "123456789") { id } }`);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('INVALID_BSN');
    expect(response.errors?.[0]?.message).toContain('elfproef');
  });

  it('refuses an overly deep query before it reaches any subgraph', async () => {
    const response = await throughGateway(
      `query { verblijven(first: 1) { edges { node { justitiabele { verblijven { justitiabele { verblijven { justitiabele { verblijven { justitiabele { id } } } } } } } } } } }`,
    );
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
  });
});

describe('partial failure', () => {
  it("costs only the unreachable party's fields, and names that party", async () => {
    const gateway = await createGateway({
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      // Nothing listens on port 9 of loopback: the gemeente subgraph is down.
      subgraphUrls: { dji: stack.subgraphUrls.dji, gemeente: 'http://127.0.0.1:9/graphql' },
      log: createLogger('gateway', 'silent'),
      limits: { maxDepth: 10, maxCost: 20000, maxAliases: 30, maxTokens: 5000, subgraphTimeoutMs: 2000 },
      identity,
    }).listen(0);
    try {
      const person = persons.find((candidate) => candidate.terugkeer.soort === 'GEMEENTE');
      const response = await asking(
        gateway.url,
        nazorgOfReturn(person),
        `query ($id: ID!) { justitiabele(id: $id) { bsn personalia { achternaam } nazorgdossiers { gemeentecode } } }`,
        { id: person?.skn },
      );
      expect(response.data?.['justitiabele']).toMatchObject({
        bsn: person?.bsn,
        personalia: { achternaam: person?.achternaam },
      });
      expect(response.errors?.map((error) => error.extensions)).toEqual([
        expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'gemeente' }),
      ]);
    } finally {
      await gateway.stop();
    }
  });
});
