import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { sendHttpError } from '@ketengraaf/subgraph-kit/service';
import type { GraphQLGate } from '@ketengraaf/subgraph-kit/service';
import { parse, print } from 'graphql';

/** One client's registered operations: each document by the SHA-256 (hex) of its text. */
export type OperationManifest = Readonly<Record<string, string>>;

/** A registered document, the client that registered it, and whom that client runs for (`soort:rol`). */
export interface RegisteredDocument {
  readonly client: string;
  readonly document: string;
  readonly callers: readonly string[];
}

/** Every client's registered operations, by hash, and which client registered each. */
export interface TrustedDocuments {
  readonly byHash: ReadonlyMap<string, RegisteredDocument>;
}

/** Which operations the gateway runs: any document, or only those a client registered. */
export type OperationPolicy = 'any' | 'registered';

/** The name of each client's manifest in its folder under `clients/`. */
export const MANIFEST_FILE = 'operations.json';

/**
 * The name of the file in a registering client's folder saying whom the client runs for:
 * `{"callers": ["gemeente:nazorgcoordinator"]}`, each an organisation kind and role as a token
 * carries them. Its documents run for those callers only.
 */
export const CLIENT_FILE = 'client.json';

/** The SHA-256 (hex) of a document's text, as APQ's `sha256Hash` and a `documentId` name it. */
export function documentHash(document: string): string {
  return createHash('sha256').update(document, 'utf8').digest('hex');
}

/**
 * A client's manifest from its `.graphql` files, one operation each: the document printed by
 * graphql-js, so whitespace and comments change no hash. Throws naming a file that does not parse.
 */
export function manifestOf(sources: readonly { readonly file: string; readonly text: string }[]): OperationManifest {
  const manifest: Record<string, string> = {};
  for (const { file, text } of [...sources].sort((a, b) => a.file.localeCompare(b.file))) {
    let document: string;
    try {
      document = print(parse(text));
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    manifest[documentHash(document)] = document;
  }
  return manifest;
}

/**
 * The clients that register operations: the folders of `clientsDir` holding `.graphql` files, with
 * their names. Others there (the reference screens, which build their own) register none.
 */
export async function registeringClients(
  clientsDir: string,
): Promise<readonly { readonly client: string; readonly files: readonly string[] }[]> {
  const folders = (await readdir(clientsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory());
  const clients = await Promise.all(
    folders.map(async ({ name: client }) => ({
      client,
      files: (await readdir(join(clientsDir, client))).filter((file) => file.endsWith('.graphql')),
    })),
  );
  return clients.filter(({ files }) => files.length > 0);
}

/**
 * Every registering client's manifest (`<clientsDir>/<client>/operations.json`) and whom it runs
 * for (`client.json`), checked: a hash that is not its document's, or a client that names no
 * caller, stops the start, naming the file.
 */
export async function loadTrustedDocuments(clientsDir: string): Promise<TrustedDocuments> {
  const byHash = new Map<string, RegisteredDocument>();
  for (const { client } of await registeringClients(clientsDir)) {
    const callers = await clientCallers(join(clientsDir, client, CLIENT_FILE));
    const manifest = JSON.parse(await readFile(join(clientsDir, client, MANIFEST_FILE), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const [hash, document] of Object.entries(manifest)) {
      if (typeof document !== 'string' || documentHash(document) !== hash) {
        throw new Error(`${join(clientsDir, client, MANIFEST_FILE)}: ${hash} is not the SHA-256 of its document.`);
      }
      byHash.set(hash, { client, document, callers });
    }
  }
  return { byHash };
}

/** The callers (`soort:rol`) a client's `client.json` names: at least one, each a kind and a role. */
async function clientCallers(file: string): Promise<readonly string[]> {
  let callers: unknown;
  try {
    ({ callers } = JSON.parse(await readFile(file, 'utf8')) as { callers?: unknown });
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (
    !Array.isArray(callers) ||
    callers.length === 0 ||
    !callers.every((caller) => typeof caller === 'string' && /^[a-z]+:[a-z-]+$/.test(caller))
  ) {
    throw new Error(`${file}: "callers" lists whom the client runs for, as "gemeente:nazorgcoordinator".`);
  }
  return callers as string[];
}

/** What a GraphQL request body may name a registered document by: APQ's hash, or a `documentId`. */
interface RequestBody {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

const NOT_TRUSTED =
  'This gateway runs only registered operations: send the SHA-256 of a document in a client’s clients/<name>/operations.json as extensions.persistedQuery.sha256Hash or documentId.';

/**
 * Runs on `POST /graphql` before anything is parsed: a request naming a registered document by
 * its hash (`extensions.persistedQuery.sha256Hash`, APQ-style, or `documentId`) gets that document
 * as its query. Under `registered`, every other request is refused with 400
 * `OPERATION_NOT_TRUSTED`: a document not registered, sent as text or by an unknown hash, text
 * that is not the document its hash names, or a document another client registered (the token's
 * organisation kind and role are not among those its `client.json` runs for). The caller is the
 * request's one verification of its token, which the GraphQL context reuses. A request without a
 * valid token goes on, to be refused as unauthenticated. Under `any`, those go on to Apollo Server
 * as before.
 */
export function trustedDocumentsHandler(documents: TrustedDocuments, policy: OperationPolicy): GraphQLGate {
  return (req, res, next, verifiedCaller) => {
    const body = req.body as unknown;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      next();
      return;
    }
    const request = body as RequestBody;
    const hash = request.documentId ?? request.extensions?.persistedQuery?.sha256Hash;
    const registered = typeof hash === 'string' ? documents.byHash.get(hash) : undefined;
    if (registered && (request.query === undefined || request.query === registered.document)) {
      request.query = registered.document;
      delete request.documentId;
      if (policy === 'any') {
        next();
        return;
      }
      verifiedCaller().then(
        (caller) => {
          if (registered.callers.includes(`${caller.soort}:${caller.rol}`)) {
            next();
          } else {
            sendHttpError(res, {
              status: 400,
              code: 'OPERATION_NOT_TRUSTED',
              message: `This operation is registered by client ${registered.client}, which runs for ${registered.callers.join(', ')}; not for ${caller.soort}:${caller.rol}.`,
            });
          }
        },
        // Refused as unauthenticated where every request's token is checked.
        () => {
          next();
        },
      );
      return;
    }
    if (policy === 'any') {
      next();
      return;
    }
    sendHttpError(res, { status: 400, code: 'OPERATION_NOT_TRUSTED', message: NOT_TRUSTED });
  };
}
