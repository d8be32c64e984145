// The hierarchy: regional offices (kantor wilayah) over branches, as the demo data has it and
// as a database made before regions existed is upgraded to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

describe.each(availableDialects())('regions on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  it('lists the demo regional office with its branches, and each branch names its office', async () => {
    const res = await server.graphql('{ regions { code name source branches { code regionCode } } branches { code regionCode } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.regions).toEqual([
      {
        code: 'JATIM',
        name: 'Kantor Wilayah Jawa Timur',
        source: 'SYNTHETIC',
        branches: ['BLITAR', 'KEDIRI', 'MADIUN', 'PONOROGO'].map((code) => ({ code, regionCode: 'JATIM' })),
      },
    ]);
    expect(res.data.branches.every((b: { regionCode: string }) => b.regionCode === 'JATIM')).toBe(true);
  });
});
