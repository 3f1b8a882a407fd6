import { parse } from 'graphql';
import type { DocumentNode } from 'graphql';
import { Registry } from 'prom-client';

import { KEPT_PER_DOCUMENT_BYTES, keptPerDocument } from '../server/kept-per-document';

/** A document of about 50 KB of JSON, distinct by `n`, as a client writing values into its query text sends. */
const documentOf = (n: number): DocumentNode => parse(`query Q${n} { ${'__typename '.repeat(300)}}`);

describe('what a service keeps per document', () => {
  it('is at most KEPT_PER_DOCUMENT_BYTES, the least recently used let go first, counted at each scrape', async () => {
    const registry = new Registry();
    const kept = keptPerDocument<DocumentNode>(registry, { name: 'test_documents_kept', help: 'test' });
    const bytes = Buffer.byteLength(JSON.stringify(documentOf(0)));
    const fits = Math.floor(KEPT_PER_DOCUMENT_BYTES / bytes);
    // Three times what fits; the first one is asked for again between the others, as a client's
    // everyday question is.
    for (let n = 0; n < 3 * fits; n += 1) {
      await kept.set(`Q${n}`, documentOf(n));
      await kept.get('Q0');
    }
    const keys = kept.keys();
    // The documents' sizes differ by a byte or two with `n`.
    expect(keys.length).toBeLessThanOrEqual(fits);
    expect(keys.length).toBeGreaterThanOrEqual(fits - 1);
    expect(keys).toContain('Q0');
    expect(keys).toContain(`Q${3 * fits - 1}`);
    expect(keys).not.toContain('Q1');
    expect(await registry.getSingleMetricAsString('test_documents_kept')).toMatch(
      new RegExp(`^test_documents_kept ${keys.length}$`, 'm'),
    );
  });
});
