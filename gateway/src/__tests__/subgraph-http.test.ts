import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { SubgraphHttp } from '../subgraph-http';

describe("a subgraph's answer as the gateway's HTTP client reads it", () => {
  let server: Server;
  let url: string;
  const client = new SubgraphHttp();

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(200, [
          ['Content-Type', 'application/json'],
          ['Cache-Control', 'max-age=60'],
          ['X-Party', 'gemeente'],
          ['x-party', 'dji'],
        ]);
        // The answer in two writes, so it arrives in more than one chunk when large.
        response.write('{"data":{"naam":"');
        response.end(`${'x'.repeat(200_000)}"}}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    client.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  const ask = () =>
    client.post(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }, 5000);

  it('reads a header by any case, several lines of one header joined by commas', async () => {
    const { headers } = await ask();
    expect(headers.get('cache-control')).toBe('max-age=60');
    expect(headers.get('CONTENT-TYPE')).toBe('application/json');
    expect(headers.get('x-party')).toBe('gemeente, dji');
    expect(headers.has('X-Party')).toBe(true);
    expect(headers.get('etag')).toBeNull();
    expect(headers.has('etag')).toBe(false);
  });

  it('changes and lists the headers it read', async () => {
    const { headers } = await ask();
    headers.set('Cache-Control', 'no-store');
    headers.append('x-party', 'om');
    headers.delete('content-type');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('x-party')).toBe('gemeente, dji, om');
    const names: string[] = [];
    const keys = headers.keys();
    for (let name = keys.next(); name.done !== true; name = keys.next()) names.push(name.value);
    expect(names).toEqual(expect.arrayContaining(['cache-control', 'x-party']));
    expect(headers.has('content-type')).toBe(false);
  });

  it('reads the whole body, however many chunks it came in', async () => {
    const answer = (await (await ask()).json()) as { data: { naam: string } };
    expect(answer.data.naam).toHaveLength(200_000);
  });
});
