// gzip and brotli for text answers: HTML, JS, CSS, JSON (GraphQL), CSV and SVG, whichever the
// browser prefers (brotli when offered). The middleware's own filter (the `compressible` list of
// types) leaves PNGs alone: they are compressed already. Answers under 1 KiB are not worth it.
// Brotli quality 5 and gzip level 6, compressed as the answer streams out: brotli's top quality
// saves under a tenth more bytes for some fifty times the work, too slow to pay on a request.
import zlib from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';

export function compressAnswers(): RequestHandler {
  return compression({
    threshold: 1024,
    level: 6,
    brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
}
