/** Stops the embedded PostgreSQL the global setup started, if it started one. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.ketengraafTestPostgres?.stop();
}
