import { CloudEvent, HTTP } from 'cloudevents';

import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import type { TestStack } from './test-stack';

/** OM's officier, to whom the reclassering's meldingen go. */
export const OFFICIER: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };

export interface Voorwaarde {
  id: string;
  toezicht_id: string;
  begindatum: string;
  organisatie: string;
  justitiabele_id: string;
  toezichthouder_gebruiker: string;
}

/** A voorwaarde of a lopend toezicht in the demo data, open on its first day. */
export async function eenVoorwaarde(federation: TestStack): Promise<Voorwaarde> {
  const [voorwaarde] = await federation.rows<Voorwaarde>(
    'reclassering',
    `SELECT v.id, v.toezicht_id, to_char(v.begindatum, 'YYYY-MM-DD') AS begindatum, t.organisatie, t.justitiabele_id,
            t.toezichthouder_gebruiker
       FROM bijzondere_voorwaarde v JOIN toezicht t ON t.id = v.toezicht_id
      WHERE t.status = 'LOPEND' AND (v.einddatum IS NULL OR v.einddatum > v.begindatum)
      ORDER BY v.id LIMIT 1`,
  );
  if (!voorwaarde) throw new Error('The demo data has no voorwaarde of a lopend toezicht.');
  return voorwaarde;
}

const RECLASSERINGSMELDINGEN = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        reclasseringsmeldingen {
          soort
          organisatie
          datum
          referentie
        }
      }
    }
  }
`;

/** OM's reclasseringsmeldingen on a person, asked of the OM/burgemeester subgraph itself by `caller`. */
export async function bijOm(federation: TestStack, caller: TokenClaims, justitiabeleId: string) {
  const response = await federation.ask(
    federation.stack.subgraphUrls['om-burgemeester'],
    caller,
    RECLASSERINGSMELDINGEN,
    {
      representations: [{ __typename: 'Justitiabele', id: justitiabeleId }],
    },
  );
  const [entity] = (response.data?.['_entities'] as { reclasseringsmeldingen: unknown[] | null }[] | undefined) ?? [];
  return {
    meldingen: entity?.reclasseringsmeldingen ?? null,
    codes: response.errors?.map((e) => e.extensions?.['code']),
  };
}

/** What a test melding carries when the test does not say. */
const IETS = {
  subject: 'overtredingsmelding/onbekend',
  data: { justitiabeleId: 'SKN-ONBEKEND', datum: '2026-05-01', vraag: 'Iets.' },
};

/** Posts a CloudEvent to a party's inbox with a machine token of `org`, for `ontvanger`; answers its HTTP status and body. */
export async function deliver(
  federation: TestStack,
  party: 'om-burgemeester' | 'reclassering',
  org: string,
  type: string,
  ontvanger: string,
  { id, subject, data }: { id?: string; subject: string; data: Record<string, unknown> } = IETS,
): Promise<{ status: number; body: unknown }> {
  const token = await federation.issuer.signMachine({ org, clientId: `client-${org}` });
  const message = HTTP.structured(
    new CloudEvent({
      ...(id ? { id } : {}),
      source: `https://ketengraaf.nl/organisaties/${org.replace(':', '/')}`,
      type,
      subject,
      ontvanger,
      datacontenttype: 'application/json',
      data,
    }),
  );
  const response = await fetch(federation.stack.subgraphUrls[party].replace(/\/graphql$/, '/meldingen'), {
    method: 'POST',
    headers: { ...(message.headers as Record<string, string>), authorization: `Bearer ${token}` },
    body: message.body as string,
  });
  return { status: response.status, body: await response.json() };
}

/** The HTTP status a party's inbox answers a test melding with. */
export const postMelding = async (
  federation: TestStack,
  party: 'om-burgemeester' | 'reclassering',
  org: string,
  type: string,
  ontvanger: string,
) => (await deliver(federation, party, org, type, ontvanger)).status;

/** The organisations `party`'s inbox refused a melding of `type` from, as its access decisions record them. */
export async function refusedSenders(
  federation: TestStack,
  party: 'om-burgemeester' | 'reclassering',
  type: string,
): Promise<string[]> {
  const denials = await federation.rows<{ bronhouder: string }>(
    party,
    `SELECT bronhouder FROM access_decision WHERE resource = $1 AND decision = 'DENY' ORDER BY bronhouder`,
    [`Melding ${type}`],
  );
  return denials.map((denial) => denial.bronhouder);
}
