// A small bounded LRU for rendered answers (SVG, PNG, CSV, embed pages). Keys hold every
// parameter and dataVersion(), so an import invalidates all entries at once (old ones age out).
import crypto from 'node:crypto';
import { dataVersion } from '../cache/data-version.ts';

export interface Rendered {
  body: Buffer;
  contentType: string;
  etag: string;
}

export class LruCache<V extends { body: Buffer }> {
  private readonly map = new Map<string, V>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(
    readonly maxEntries = 500,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    if (value.body.length > this.maxBytes) return;
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.body.length;
      this.map.delete(key);
    }
    this.map.set(key, value);
    this.bytes += value.body.length;
    while (this.map.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.map.keys().next().value as string;
      this.bytes -= this.map.get(oldest)!.body.length;
      this.map.delete(oldest);
    }
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }
}

/** One cache per app (tests run several apps over different databases in one process). */
export function createRenderedCache(): LruCache<Rendered> {
  return new LruCache<Rendered>(Number(process.env.CHART_CACHE_ENTRIES ?? 500), Number(process.env.CHART_CACHE_MB ?? 64) * 1024 * 1024);
}

export function etagOf(body: Buffer): string {
  return `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
}

/** The cache key of a rendered answer: kind, resource, canonical parameters and data version. */
export function cacheKey(kind: string, resource: string, canonical: Record<string, string>): string {
  return `${dataVersion()}|${kind}|${resource}|${JSON.stringify(canonical)}`;
}

/** Returns the cached answer or renders, stores and returns it. */
export async function cached(cache: LruCache<Rendered>, key: string, contentType: string, render: () => Promise<Buffer | string>): Promise<Rendered> {
  const hit = cache.get(key);
  if (hit) return hit;
  const out = await render();
  const body = typeof out === 'string' ? Buffer.from(out, 'utf8') : out;
  const value = { body, contentType, etag: etagOf(body) };
  cache.set(key, value);
  return value;
}
