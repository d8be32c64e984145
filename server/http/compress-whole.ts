// GraphQL answers are one JSON string, sent whole (res.send): one of up to WHOLE_MAX_BYTES is
// compressed here in one call, on this thread, and goes out in one write with its length. The
// streaming middleware (compression.ts) would hand it to the thread pool chunk by chunk (the
// pool the SQLite driver's queries also wait in) and send it chunked: on the dashboard's 2–8 KB
// answers that cost 1–2.5 ms a request (loaded 2-core machine), while brotli at the same
// quality compresses 8 KB in about 0.2 ms. Larger answers keep streaming, so that compressing
// one never holds the event loop for long. Same encodings, preference and settings as the
// streaming middleware, which passes an answer already encoded here through untouched.
import zlib from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';
import Negotiator from 'negotiator';
import { BROTLI_QUALITY, COMPRESS_THRESHOLD, GZIP_LEVEL } from './compression.ts';

/** The largest body compressed on the event loop (brotli quality 5: about 1–2 ms at this size). */
export const WHOLE_MAX_BYTES = 64 * 1024;

const ENCODINGS = ['br', 'gzip', 'identity'];

/** negotiator 1.x takes the tie-breaking preference; its @types (0.6) do not know it yet. */
type WithPreference = { encoding(available: readonly string[], opts: { preferred: readonly string[] }): string | undefined };
const negotiated = new Map<string, string | undefined>();
/** Browsers send one of a few Accept-Encoding values: each one's choice is remembered (a bounded number), as parsing it showed in the profile. */
function negotiate(req: Request): string | undefined {
  const header = req.headers['accept-encoding'] ?? '';
  if (negotiated.has(header)) return negotiated.get(header);
  const method = (new Negotiator(req) as unknown as WithPreference).encoding(ENCODINGS, { preferred: ENCODINGS });
  if (header.length <= 256) {
    if (negotiated.size >= 64) negotiated.clear();
    negotiated.set(header, method);
  }
  return method;
}

/** The encoding an answer of `length` bytes is sent with here, or undefined when it goes as it is or streams (above `max`). */
export function wholeEncoding(req: Request, length: number, max = WHOLE_MAX_BYTES): 'br' | 'gzip' | undefined {
  if (length < COMPRESS_THRESHOLD || length > max) return undefined;
  const method = negotiate(req);
  return method === 'br' || method === 'gzip' ? method : undefined;
}

export function encode(method: 'br' | 'gzip', body: Buffer): Buffer {
  return method === 'br'
    ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : zlib.gzipSync(body, { level: GZIP_LEVEL });
}

function compressible(res: Response): boolean {
  const type = String(res.getHeader('Content-Type') ?? '');
  const cacheControl = String(res.getHeader('Cache-Control') ?? '');
  return /json/i.test(type) && !res.getHeader('Content-Encoding') && !/\bno-transform\b/i.test(cacheControl);
}

export function compressWholeAnswers(): RequestHandler {
  return (req, res, next) => {
    const end = res.end.bind(res) as (chunk?: unknown, encoding?: unknown, cb?: unknown) => Response;
    res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
      const body = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.isBuffer(chunk) ? chunk : undefined;
      if (body && !res.headersSent && req.method !== 'HEAD' && compressible(res)) {
        res.vary('Accept-Encoding');
        // Brotli when the client rates it as high as gzip, as the streaming middleware chooses.
        const method = wholeEncoding(req, body.length);
        if (method) {
          const packed = encode(method, body);
          res.setHeader('Content-Encoding', method);
          res.setHeader('Content-Length', packed.length);
          return end(packed, typeof encoding === 'function' ? encoding : cb);
        }
      }
      return end(chunk, encoding, cb);
    }) as Response['end'];
    next();
  };
}
