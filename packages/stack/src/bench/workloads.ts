import type { PartyName } from '@ketengraaf/parties';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

/** One fixed question of the benchmark, asked by one caller. */
export interface Workload {
  /** Its name on the command line (`--workloads`). */
  readonly key: WorkloadKey;
  readonly name: string;
  /**
   * Whether the caller or the variables name someone of the generated chain (a person, a
   * toezichthouder, a PI), whom a baseline's own demo population does not hold.
   */
  readonly namesTheChain: boolean;
  /** Items asked for, where the question is a page; else null. */
  readonly pageSize: number | null;
  readonly caller: TokenClaims;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** Every workload's key, in the order they run. */
export const WORKLOAD_KEYS = [
  'werkvoorraad-5',
  'werkvoorraad-50',
  'person-view',
  'caseload',
  'verblijf-werkvoorraad',
  'bij-werkvoorraad',
] as const;

export type WorkloadKey = (typeof WORKLOAD_KEYS)[number];

/** Reads rows from a party's database, to pick whom the questions are about. */
export type Rows = <TRow>(party: PartyName, sql: string) => Promise<TRow[]>;

const GEMEENTE_WERKVOORRAAD = `query ($first: Int!) {
  nazorgdossiers(gemeentecode: "0363", first: $first) { edges { node {
    rol status geopendOp basisvoorwaarden { identiteitsbewijs { aangevraagdOp } onderdak { type } }
    justitiabele { bsn huidigVerblijf { instroomdatum verwachteUitstroomdatum } nazorgSignalen { soort status deadline } }
  } } }
}`;

const PERSON_VIEW = `query ($id: ID!) {
  justitiabele(id: $id) {
    bsn personalia { voornamen achternaam }
    huidigVerblijf { instroomdatum verwachteUitstroomdatum titel status inrichting { code } }
    detentieSignalen { soort status deadline }
    nazorgdossiers { gemeentecode rol status }
    regie { fase casusregie procesregie }
    strafzaken { parketnummer delictcategorie }
    toezichten { organisatie begindatum status }
  }
}`;

const VERBLIJF_WERKVOORRAAD = `query ($first: Int!) {
  verblijfWerkvoorraad(first: $first) { edges { node {
    urgentie signalen { soort status deadline } verblijf { instroomdatum }
    justitiabele { id bsn detentieSignalen { soort status } nazorgSignalen { soort status } regie { fase casusregie } }
  } } }
}`;

const TOEZICHT_WERKVOORRAAD = `query ($first: Int!) {
  werkvoorraad(first: $first) { edges { node {
    begindatum bijzondereVoorwaarden { type }
    justitiabele { id detentieSignalen { soort status } huidigVerblijf { instroomdatum } }
  } } }
}`;

const BIJ_WERKVOORRAAD = `query ($first: Int!) {
  bijWerkvoorraad(first: $first) { edges { node {
    terugkeerdatum signalen { soort status }
    justitiabele { id bijSignalen { status } detentieSignalen { soort } }
  } } }
}`;

/**
 * The benchmark's fixed questions over a generated chain: the gemeente's werkvoorraad (its
 * dossiers with DJI's dates and its signals) in pages of 5 and 50, a DJI casemanager's view of one
 * person over the four parties, a toezichthouder's caseload, and the werkvoorraden of the
 * werkstroom. The person, the toezichthouder, the casemanager's inrichting and the OOV-adviseur's
 * gemeente are picked from the chain by the same SQL each run.
 */
export async function workloads(rows: Rows): Promise<Workload[]> {
  const [person] = await rows<{ id: string; inrichting: string }>(
    'dji',
    `SELECT justitiabele_id AS id, huidige_inrichting AS inrichting FROM verblijf
      WHERE status = 'BINNEN' AND huidige_inrichting LIKE 'PI-%' ORDER BY justitiabele_id LIMIT 1`,
  );
  const [toezichthouder] = await rows<{ organisatie: string; gebruiker: string }>(
    'reclassering',
    `SELECT organisatie, toezichthouder_gebruiker AS gebruiker FROM toezicht WHERE status = 'LOPEND'
      GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1`,
  );
  // The werkvoorraad's casemanager is of the inrichting holding the most stays, so its page is as
  // full as the chain allows at every size (the person's PI holds fewer than 50 at 3,000 persons).
  const [busiest] = await rows<{ inrichting: string }>(
    'dji',
    `SELECT huidige_inrichting AS inrichting FROM verblijf WHERE status <> 'UITGESTROOMD'
      GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  // Likewise the OOV-adviseur is of the gemeente with the most BIJ-meldingen: at 3,000 persons even
  // that one's page holds fewer than 50 (a size's report says how many), from 30,000 on it is full.
  const [busiestBij] = await rows<{ gemeente: string }>(
    'om-burgemeester',
    `SELECT terugkeergemeente AS gemeente FROM burgemeester.bij_melding GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  if (!person || !toezichthouder || !busiest || !busiestBij) {
    throw new Error('the generated chain holds no one detained in a PI, no toezicht, or no BIJ-melding');
  }
  const casemanager: TokenClaims = { org: `dji:${person.inrichting}`, role: 'casemanager', sub: 'bench-cm' };
  const werkvoorraadCasemanager: TokenClaims = {
    org: `dji:${busiest.inrichting}`,
    role: 'casemanager',
    sub: 'bench-cm',
  };
  const coordinator: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'bench-nc' };
  return [
    ...([5, 50] as const).map((first) => ({
      key: `werkvoorraad-${first}` as const,
      namesTheChain: false,
      name: `gemeente werkvoorraad, page of ${first}`,
      pageSize: first,
      caller: coordinator,
      query: GEMEENTE_WERKVOORRAAD,
      variables: { first },
    })),
    {
      key: 'person-view',
      namesTheChain: true,
      name: "DJI casemanager's person view",
      pageSize: null,
      caller: casemanager,
      query: PERSON_VIEW,
      variables: { id: person.id },
    },
    {
      key: 'caseload',
      namesTheChain: true,
      name: "toezichthouder's caseload, page of 50",
      pageSize: 50,
      caller: { org: toezichthouder.organisatie, role: 'toezichthouder', sub: toezichthouder.gebruiker },
      query: TOEZICHT_WERKVOORRAAD,
      variables: { first: 50 },
    },
    {
      key: 'verblijf-werkvoorraad',
      namesTheChain: true,
      name: "casemanager's verblijfWerkvoorraad, page of 50",
      pageSize: 50,
      caller: werkvoorraadCasemanager,
      query: VERBLIJF_WERKVOORRAAD,
      variables: { first: 50 },
    },
    {
      key: 'bij-werkvoorraad',
      // A gemeente, not a person: every chain and every baseline's demo population knows it.
      namesTheChain: false,
      name: "OOV-adviseur's bijWerkvoorraad, page of 50",
      pageSize: 50,
      caller: { org: `burgemeester:${busiestBij.gemeente}`, role: 'oov-adviseur', sub: 'bench-oov' },
      query: BIJ_WERKVOORRAAD,
      variables: { first: 50 },
    },
  ];
}
