import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes, expectDenied } from '@ketengraaf/subgraph-kit/testing';

import {
  ACTIVITY,
  AMSTERDAM,
  BURGEMEESTER,
  decisionsOf,
  denialMessage,
  deny,
  DJI_ALMELO,
  DOSSIER_KEYS,
  DOSSIERS,
  JUSTID,
  label,
  logOf,
  OM,
  PERSONS,
  RN_TOEZICHT,
  ROTTERDAM,
  ROTTERDAM_PRIVACY_OFFICER,
  startWithDossiers,
  ZVH_RIJNMOND,
} from './gemeente-access-fixtures';
import type { Dossier, DossierWorld } from './gemeente-access-fixtures';

let world: DossierWorld;

beforeAll(async () => {
  world = await startWithDossiers('gemeente_matrix_list');
});

afterAll(() => world.gemeente.stop());

// A gemeente's worklist: listed only by that gemeente's own nazorgcoördinator.
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
    const { gemeente, ids } = world;
    const { response, traceId } = await gemeente.askTraced<{
      nazorgdossiers: { edges: { node: { id: string; justitiabele: { nazorgdossiers: { id: string }[] } } }[] };
    }>(LIST_QUERY, { gemeentecode }, caller);
    const { decisions, records } = await logOf(gemeente, traceId);
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
        others.map((key) => deny(gemeente, 'Nazorgdossier', DOSSIERS[key].person)),
      );
      expect(records.map((record) => record.processing_activity_id)).toEqual(listed.map(() => ACTIVITY.EIGEN_TAAK));
    } else {
      expect(response.data).toBeNull();
      expectDenied(response, ['nazorgdossiers']);
      expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
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
