import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { partyRegistry } from '@ketengraaf/parties';
import { composeSupergraph, queryPlannerFor, subgraphFile, supergraphPath } from '@ketengraaf/schema';
import type { FetchStages } from '@ketengraaf/schema';
import { workloads } from '@ketengraaf/stack/bench/workloads';
import type { Rows } from '@ketengraaf/stack/bench/workloads';
import { print } from 'graphql';

import { PersoonDocument } from '../clients/screens/src/gql/graphql';

/**
 * How many round trips in a row the gateway plans, from the committed supergraph with the query
 * planner the gateway runs: which party resolves `Justitiabele` by which key decides whether a
 * question fans out at once or goes through DJI first. The reclassering and OM/burgemeester hold
 * no BSN (see the README's federation section), so they keep the `id` key only; beside the
 * committed supergraph, one where they also had `@key(fields: "bsn")` shows what that costs.
 */
const committed = queryPlannerFor(readFileSync(supergraphPath, 'utf8'));

const withBsnKeysEverywhere = queryPlannerFor(
  composeSupergraph(
    new Map(
      partyRegistry.map(({ name }) => {
        const sdl = readFileSync(join(supergraphPath, '..', subgraphFile(name)), 'utf8');
        return [name, sdl.includes('scalar BSN') ? sdl : withBsnKey(sdl)];
      }),
    ),
  ),
);

/** A party's SDL whose `Justitiabele` is also resolved by `bsn`, as if the party held one. */
function withBsnKey(sdl: string): string {
  const keyedById = 'type Justitiabele\n  @key(fields: "id")\n{\n';
  if (!sdl.includes(keyedById)) throw new Error('the SDL no longer declares Justitiabele by id alone');
  return `${sdl.replace(keyedById, `type Justitiabele\n  @key(fields: "id")\n  @key(fields: "bsn")\n{\n  bsn: BSN\n`)}\nscalar BSN\n`;
}

const GEMEENTE_WERKVOORRAAD_ACROSS_THE_CHAIN = `query ($first: Int!) {
  nazorgdossiers(gemeentecode: "0363", first: $first) { edges { node {
    status justitiabele { bsn huidigVerblijf { instroomdatum } toezichten { status } strafzaken { parketnummer } }
  } } }
}`;

const GEMEENTE_WERKVOORRAAD_SIGNALEN = `query ($first: Int!) {
  nazorgdossiers(gemeentecode: "0363", first: $first) { edges { node { status justitiabele { signalen { soort } } } } }
}`;

describe('the gateway plans a question starting at the gemeente through DJI to the reclassering and OM', () => {
  it("goes gemeente, DJI by bsn, then the reclassering and OM at once by DJI's id: three stages", () => {
    expect(committed(GEMEENTE_WERKVOORRAAD_ACROSS_THE_CHAIN)).toEqual<FetchStages>([
      ['gemeente'],
      ['dji'],
      ['om-burgemeester', 'reclassering'],
    ]);
  });

  it('would take two with a bsn key at the reclassering and OM: the third stage is the missing key', () => {
    expect(withBsnKeysEverywhere(GEMEENTE_WERKVOORRAAD_ACROSS_THE_CHAIN)).toEqual<FetchStages>([
      ['gemeente'],
      ['dji', 'om-burgemeester', 'reclassering'],
    ]);
  });

  it("joins the signalen in four stages, OM's parts after DJI's stay; a bsn key would shorten nothing", () => {
    expect(committed(GEMEENTE_WERKVOORRAAD_SIGNALEN)).toEqual<FetchStages>([
      ['gemeente'],
      ['dji'],
      ['om-burgemeester'],
      ['gemeente'],
    ]);
    // OM's expected BIJ-melding @requires DJI's current stay, so OM is asked after DJI whatever its key.
    expect(withBsnKeysEverywhere(GEMEENTE_WERKVOORRAAD_SIGNALEN)).toEqual<FetchStages>([
      ['gemeente'],
      ['dji', 'om-burgemeester'],
      ['dji'],
      ['om-burgemeester'],
      ['gemeente'],
    ]);
  });
});

describe("the bench's workloads and the screens' person view", () => {
  // Whom the questions are about changes no plan: one stand-in row for every selection.
  const standIn: Rows = <TRow>() =>
    Promise.resolve([
      { id: 'x', inrichting: 'PI-X', organisatie: 'reclassering:x', gebruiker: 'x', gemeente: '0000' } as TRow,
    ]);

  it('are planned in these stages, and a bsn key at the reclassering and OM would shorten none', async () => {
    const questions = [
      ...(await workloads(standIn)).map(({ name, query }) => ({ name, query })),
      { name: "the screens' person view", query: print(PersoonDocument) },
    ];
    const stages = Object.fromEntries(questions.map(({ name, query }) => [name, committed(query)]));
    expect(stages).toEqual<Record<string, FetchStages>>({
      // The third stage is the gemeente's own signals, which @require DJI's dates: no key saves it.
      'gemeente werkvoorraad, page of 5': [['gemeente'], ['dji'], ['gemeente']],
      'gemeente werkvoorraad, page of 50': [['gemeente'], ['dji'], ['gemeente']],
      "DJI casemanager's person view": [['dji'], ['gemeente', 'om-burgemeester', 'reclassering']],
      "toezichthouder's caseload, page of 50": [['reclassering'], ['dji']],
      "casemanager's verblijfWerkvoorraad, page of 50": [['dji'], ['gemeente']],
      "OOV-adviseur's bijWerkvoorraad, page of 50": [['om-burgemeester'], ['dji']],
      "the screens' person view": [['dji'], ['gemeente', 'om-burgemeester', 'reclassering']],
    });
    for (const { name, query } of questions) {
      expect([name, withBsnKeysEverywhere(query).length]).toEqual([name, stages[name]?.length]);
    }
  });
});
