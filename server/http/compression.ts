// gzip and brotli for text answers: HTML, JS, CSS, JSON (GraphQL), CSV and SVG, whichever the
// browser prefers (brotli when offered). The middleware's own filter (the `compressible` list of
// types) leaves PNGs alone: they are compressed already. Answers under 1 KiB are not worth it.
// Brotli quality 5 and gzip level 6, compressed as the answer streams out: brotli's top quality
// saves under a tenth more bytes for some fifty times the work, too slow to pay on a request.
// GraphQL's answers up to 64 KB are compressed whole instead (compress-whole.ts, same settings).
import zlib from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';

export const COMPRESS_THRESHOLD = 1024;
export const BROTLI_QUALITY = 5;
export const GZIP_LEVEL = 6;

export function compressAnswers(): RequestHandler {
  return compression({
    threshold: COMPRESS_THRESHOLD,
    level: GZIP_LEVEL,
    brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
  });
}
