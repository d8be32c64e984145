// The cache of rendered answers (SVG, PNG, CSV, embed pages): a small bounded LRU per app.
// Keys hold every parameter and the data version (data-version.ts), so an import invalidates
// all entries at once (old ones age out). Before each lookup the version is brought up to date
// with imports stored by other processes.
import crypto from 'node:crypto';
import type { Database } from '../db/orm.ts';
import { dataVersion, syncDataVersion } from './data-version.ts';

export interface Rendered {
  body: Buffer;
  contentType: string;
  etag: string;
}

/** Least recently used entries go first, beyond a count or a total size of bodies. */
class LruCache<V extends { body: Buffer }> {
  private readonly map = new Map<string, V>();
  private bytes = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
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
}

/** What a rendered answer depends on: its kind (svg, png, csv, embed…), resource and parameters. */
export interface AnswerKey {
  kind: string;
  resource: string;
  params: Record<string, string>;
}

/** The rendered answers of one app over one database. */
export interface AnswerCache {
  db: Database;
  lru: LruCache<Rendered>;
}

/** One cache per app (tests run several apps over different databases in one process). */
export function createAnswerCache(db: Database): AnswerCache {
  return { db, lru: new LruCache<Rendered>(Number(process.env.CHART_CACHE_ENTRIES ?? 500), Number(process.env.CHART_CACHE_MB ?? 64) * 1024 * 1024) };
}

function etagOf(body: Buffer): string {
  return `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
}

/** Returns the cached answer or renders, stores and returns it. */
export async function cached(cache: AnswerCache, key: AnswerKey, contentType: string, render: () => Promise<Buffer | string>): Promise<Rendered> {
  await syncDataVersion(cache.db);
  const id = `${dataVersion()}|${key.kind}|${key.resource}|${JSON.stringify(key.params)}`;
  const hit = cache.lru.get(id);
  if (hit) return hit;
  const out = await render();
  const body = typeof out === 'string' ? Buffer.from(out, 'utf8') : out;
  const value = { body, contentType, etag: etagOf(body) };
  cache.lru.set(id, value);
  return value;
}
