import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import type { IncomingMessage, RequestOptions } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

import type { FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

/**
 * How long an idle connection to a subgraph stays open: under the 5 s a Node HTTP server keeps
 * one, so the gateway drops it before the subgraph does and never sends on a closing socket.
 */
const IDLE_SOCKET_MS = 4000;

/** A subgraph request took longer than its timeout; named as `AbortSignal.timeout`'s error is. */
class SubgraphTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`The subgraph did not answer within ${timeoutMs} ms.`);
    this.name = 'TimeoutError';
  }
}

/**
 * POSTs to subgraphs over node's own HTTP client, keeping connections open between requests
 * (one per request in flight, reused by the next), and hands back the answer read whole. The
 * gateway sends a few small JSON requests per question and reads every answer whole at once, so
 * the WHATWG `fetch` (request, headers and stream objects per call) cost it more than the
 * request itself; this client does only what a subgraph request needs.
 */
export class SubgraphHttp {
  private readonly agents = {
    'http:': new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
    'https:': new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
  };

  /** Each subgraph URL, parsed once: a gateway asks the same few on every request. */
  private readonly targets = new Map<string, RequestOptions & { secure: boolean }>();

  /** Sends `init` to `url`; rejects with a `TimeoutError` after `timeoutMs`, or with the connection's error. */
  post(url: string, init: FetcherRequestInit | undefined, timeoutMs: number): Promise<FetcherResponse> {
    const { secure, ...target } = this.targetOf(url);
    return new Promise((resolve, reject) => {
      const request = (secure ? httpsRequest : httpRequest)({
        ...target,
        method: init?.method ?? 'POST',
        // A length, not chunks: the subgraph reads the body in one piece.
        headers: { ...init?.headers, 'content-length': String(Buffer.byteLength(init?.body ?? '')) },
      });
      const fail = (error: Error): void => {
        clearTimeout(timer);
        request.destroy();
        reject(error);
      };
      const timer = setTimeout(() => {
        fail(new SubgraphTimeout(timeoutMs));
      }, timeoutMs);
      request.once('error', fail);
      request.once('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('error', fail);
        response.once('end', () => {
          clearTimeout(timer);
          resolve(new ReadResponse(url, response, chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
        });
      });
      request.end(init?.body);
    });
  }

  private targetOf(url: string): RequestOptions & { secure: boolean } {
    let target = this.targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      const secure = parsed.protocol === 'https:';
      target = {
        secure,
        protocol: parsed.protocol,
        hostname: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: parsed.port,
        path: `${parsed.pathname}${parsed.search}`,
        agent: this.agents[secure ? 'https:' : 'http:'],
      };
      this.targets.set(url, target);
    }
    return target;
  }

  /** Closes the idle connections. */
  destroy(): void {
    for (const agent of Object.values(this.agents)) agent.destroy();
  }
}

/** A subgraph's answer, read whole. */
class ReadResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly status: number;
  readonly statusText: string;
  readonly headers: FetcherHeaders;

  constructor(
    readonly url: string,
    response: IncomingMessage,
    private readonly body: Buffer,
  ) {
    this.status = response.statusCode ?? 0;
    this.statusText = response.statusMessage ?? '';
    this.headers = new ReadHeaders(response.rawHeaders);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  text(): Promise<string> {
    return Promise.resolve(this.body.toString('utf8'));
  }

  json(): Promise<unknown> {
    return this.text().then((text) => JSON.parse(text) as unknown);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(new Uint8Array(this.body).buffer);
  }

  /** The body is read whole and never consumed, so the answer is its own copy. */
  clone(): FetcherResponse {
    return this;
  }
}

/**
 * An answer's headers, as received: names without regard to case, several values of one header
 * joined by commas. Read from the answer's raw header lines when asked (the gateway asks one or
 * two per answer), not copied into a map of every header (a subgraph answer carries about twenty);
 * a change or a walk over them makes the map.
 */
class ReadHeaders implements FetcherHeaders {
  private changed: Map<string, string> | undefined;

  constructor(private readonly rawHeaders: readonly string[]) {}

  get(name: string): string | null {
    if (this.changed) return this.changed.get(name.toLowerCase()) ?? null;
    const wanted = name.toLowerCase();
    let value: string | null = null;
    for (let index = 0; index + 1 < this.rawHeaders.length; index += 2) {
      if (this.rawHeaders[index]?.toLowerCase() === wanted) {
        const line = this.rawHeaders[index + 1] ?? '';
        value = value === null ? line : `${value}, ${line}`;
      }
    }
    return value;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  append(name: string, value: string): void {
    const existing = this.get(name);
    this.map().set(name.toLowerCase(), existing === null ? value : `${existing}, ${value}`);
  }

  set(name: string, value: string): void {
    this.map().set(name.toLowerCase(), value);
  }

  delete(name: string): void {
    this.map().delete(name.toLowerCase());
  }

  entries(): IterableIterator<[string, string]> {
    return this.map().entries();
  }

  keys(): IterableIterator<string> {
    return this.map().keys();
  }

  values(): IterableIterator<string> {
    return this.map().values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map().entries();
  }

  private map(): Map<string, string> {
    if (!this.changed) {
      const names = new Set<string>();
      for (let index = 0; index < this.rawHeaders.length; index += 2) {
        names.add(this.rawHeaders[index]?.toLowerCase() ?? '');
      }
      this.changed = new Map([...names].map((name) => [name, this.get(name) ?? '']));
    }
    return this.changed;
  }
}
