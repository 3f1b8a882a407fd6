/** Today's date (`YYYY-MM-DD`) as the chain counts its deadlines: in the Netherlands. */
export type Klok = () => string;

const NEDERLAND = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The clock a service counts deadlines by: a fixed day when one is configured (tests, a demo),
 * otherwise the calendar date in the Netherlands. The only place that reads the system clock.
 */
export function klok(vasteDatum?: string): Klok {
  return vasteDatum ? () => vasteDatum : () => NEDERLAND.format(new Date());
}
