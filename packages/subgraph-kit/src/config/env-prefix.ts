/** The prefix of a service's environment variables: `om-burgemeester` → `OM_BURGEMEESTER`. */
export function envPrefixOf(service: string): string {
  return service.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}
