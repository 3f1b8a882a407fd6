import { z } from 'zod';

import { httpUrlSetting, jsonObjectSetting } from '../config/settings';
import { organisatieSoorten } from '../domain/organisatie';
import type { OrganisatieSoort } from '../domain/organisatie';

/**
 * Which deployment's inbox serves which organisation: an exact organisation (`gemeente:0363`) or
 * every organisation of a kind (`gemeente:*`) to an inbox URL. The exact entry wins, so one
 * gemeente with a deployment of its own is one line beside `gemeente:*`.
 */
export type MeldingRoutes = Readonly<Record<string, string>>;

const routeKey = z
  .string()
  .refine((key) => organisatieSoorten.some((soort) => key === soort || key.startsWith(`${soort}:`)), {
    error: (issue) =>
      `must name an organisation (gemeente:0363) or a kind of organisation (gemeente:*) of ${organisatieSoorten.join(', ')}, got ${JSON.stringify(issue.input)}`,
  });

/** The routes as `MELDINGEN_ROUTES` gives them: a JSON object of organisation to inbox URL. */
export const meldingRoutesSetting = jsonObjectSetting(
  'a JSON object of organisation to inbox URL',
  z.record(routeKey, httpUrlSetting),
);

/** The inbox that serves `organisatie`, or null: a melding without a route becomes a dead letter. */
export function routeOf(routes: MeldingRoutes, organisatie: string): string | null {
  const soort = organisatie.split(':')[0] ?? '';
  return routes[organisatie] ?? routes[`${soort}:*`] ?? routes[soort] ?? null;
}

/** Routes that send every organisation of each kind a deployment serves to that deployment's inbox. */
export function routesPerSoort(
  deployments: readonly { soorten: readonly OrganisatieSoort[]; inbox: string }[],
): MeldingRoutes {
  return Object.fromEntries(
    deployments.flatMap(({ soorten, inbox }) =>
      soorten.map((soort) => [soort === 'om' || soort === 'justid' ? soort : `${soort}:*`, inbox]),
    ),
  );
}
