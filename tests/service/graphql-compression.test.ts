// GraphQL answers up to WHOLE_MAX_BYTES are compressed whole and sent in one piece with their
// length (server/http/compress-whole.ts); larger ones still stream compressed. Either way the
// bytes decode to exactly the plain answer, in the encoding the client prefers.
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WHOLE_MAX_BYTES } from '../../server/http/compress-whole.ts';
import { request, type RunningServer, startServer, stopServer } from './support.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ DEMO_DATA: 'true', RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(() => stopServer(server));

const decode = (encoding: string | undefined, body: Buffer) =>
  encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body;

const TREND = 'membershipTrend(branch: "MADIUN", segments: [PU, BPU], granularity: MONTH) { segment points { period activeParticipants newParticipants } }';
const ask = (query: string, encoding: string) =>
  request(`${server.url}/graphql`, { method: 'POST', body: JSON.stringify({ query }), headers: { 'content-type': 'application/json', 'accept-encoding': encoding } });

describe('GraphQL answers compressed whole', () => {
  it('a dashboard-sized answer: one body with its Content-Length, br and gzip, decoding to the plain answer', async () => {
    const query = `{ ${TREND} }`;
    const plain = await ask(query, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.body.length).toBeLessThanOrEqual(WHOLE_MAX_BYTES);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [accept, expected] of [['gzip, br', 'br'], ['gzip', 'gzip'], ['br;q=0.5, gzip', 'gzip']] as const) {
      const packed = await ask(query, accept);
      expect(packed.headers['content-encoding']).toBe(expected);
      expect(packed.headers['transfer-encoding']).toBeUndefined();
      expect(Number(packed.headers['content-length'])).toBe(packed.body.length);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(decode(expected, packed.body).equals(plain.body)).toBe(true);
      expect(packed.body.length).toBeLessThan(plain.body.length * 0.5);
    }
  });

  it('an answer over the bound still goes out compressed, streamed', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `t${i}: ${TREND}`).join(' ');
    const query = `{ ${aliases} }`;
    const plain = await ask(query, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.body.length).toBeGreaterThan(WHOLE_MAX_BYTES);
    const packed = await ask(query, 'br');
    expect(packed.headers['content-encoding']).toBe('br');
    expect(packed.headers['transfer-encoding']).toBe('chunked');
    expect(decode('br', packed.body).equals(plain.body)).toBe(true);
  });

  it('a small answer is sent as it is', async () => {
    const small = await ask('{ regions { code } }', 'br, gzip');
    expect(small.status).toBe(200);
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8')).data.regions.length).toBeGreaterThan(0);
  });
});
