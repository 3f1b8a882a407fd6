import { startReclassering } from './reclassering-fixtures';
import type { ReclasseringTestSubgraph } from './reclassering-fixtures';

let reclassering: ReclasseringTestSubgraph;

beforeAll(async () => {
  reclassering = await startReclassering('reclassering_key');
});

afterAll(() => reclassering.stop());

describe('the Justitiabele entity, keyed by id', () => {
  it("declares the id key only: the BSN is DJI's", async () => {
    const response = await reclassering.ask<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const sdl = response.data?._service.sdl ?? '';
    expect(sdl).toMatch(/type Justitiabele\s+@key\(fields: "id"\)\s*\{/);
    expect(sdl).not.toContain('@key(fields: "bsn")');
    expect(sdl).not.toMatch(/type Justitiabele[^}]*\bbsn\b/);
  });
});
