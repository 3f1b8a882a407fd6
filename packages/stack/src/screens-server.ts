import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import express from 'express';
import helmet from 'helmet';

import { demoTokenRoute } from '@ketengraaf/subgraph-kit';
import type { DemoTokens, ErrorCode, Logger } from '@ketengraaf/subgraph-kit';

/** The built reference screens (`clients/screens`, `npm run build`). */
export const SCREENS_DIST = join(__dirname, '..', '..', '..', 'clients', 'screens', 'dist');

export interface ScreensServerOptions {
  readonly port: number;
  readonly host: string;
  /** The gateway's `/graphql`, which the screens' `/graphql` forwards to. */
  readonly gatewayUrl: string;
  /** The demo issuer's tokens, as the gateway's IDE hands them out. The screens server exists only beside a demo issuer. */
  readonly demoTokens: DemoTokens;
  readonly log: Logger;
  readonly distDir?: string;
}

export interface RunningScreens {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Serves the reference screens for development, on a port of their own: the built files, a demo
 * token for the organisation and role the user picks (`POST /demo-token`, so no token is pasted by
 * hand), and `POST /graphql` forwarded to the gateway, so the browser asks one origin and the
 * gateway needs no CORS. Never started in production or beside an external issuer.
 */
export async function startScreensServer(options: ScreensServerOptions): Promise<RunningScreens> {
  const distDir = options.distDir ?? SCREENS_DIST;
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`The reference screens are not built (${distDir}): run npm run build.`);
  }
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  const tokenRoute = demoTokenRoute('/demo-token', options.demoTokens, options.log);
  app.post(tokenRoute.path, ...tokenRoute.handlers);
  app.post('/graphql', express.json({ limit: '1mb' }), (request, response) => {
    fetch(options.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      },
      body: JSON.stringify(request.body),
    }).then(
      async (answer) => {
        const trace = answer.headers.get('traceresponse');
        if (trace) response.setHeader('traceresponse', trace);
        response
          .status(answer.status)
          .type(answer.headers.get('content-type') ?? 'application/json')
          .send(await answer.text());
      },
      () => {
        const code: ErrorCode = 'GATEWAY_UNAVAILABLE';
        response.status(502).json({
          errors: [{ message: `The gateway at ${options.gatewayUrl} did not answer.`, extensions: { code } }],
        });
      },
    );
  });
  app.use(express.static(distDir, { index: 'index.html' }));
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port, options.host, (error?: Error) => {
      if (error) reject(error);
      else resolve(listening);
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
