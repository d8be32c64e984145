// Reads the environment once (the README's configuration table): PORT, DATABASE_URL, DEMO_DATA, plus the
// optional secrets later features use. Everything else takes its value from here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's directory (schema/, dist/client, data/): the nearest directory above this module
 * that holds package.json. The same from the sources (server/config.ts) and from the compiled
 * server (dist/server/chunks/…, or any --outdir inside the project).
 */
export const ROOT_DIR = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..');
  }
}

export type DatabaseTarget =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgresql'; url: string };

export interface Config {
  port: number;
  /** The address to listen on (HOST); unset, every interface. */
  host?: string;
  database: DatabaseTarget;
  demoData: boolean;
  /** Bearer token that allows imports over HTTP; imports over HTTP are off when unset. */
  adminToken?: string;
  /** Secret that signs chart and embed URLs; embeds are public when unset. */
  embedSecret?: string;
  /** GraphQL introspection; on by default because the playground needs it. */
  introspection: boolean;
  /** Time limit of one request's database work (ms); 0 switches it off. */
  queryTimeoutMs: number;
  /** Requests per minute one client address may make to the data routes; 0 switches the limit off. */
  rateLimitPerMinute: number;
  /**
   * Which proxies in front of Pantau to believe about the client's address (Express's
   * `trust proxy`: false, a hop count, or addresses such as `loopback`). Off by default, so that
   * an X-Forwarded-For header a script sends cannot buy it a fresh rate-limit allowance.
   */
  trustProxy: boolean | number | string;
}

/** Interprets DATABASE_URL: unset → data/pantau.sqlite; a path or file: URL → SQLite; postgres:// → PostgreSQL. */
export function parseDatabaseUrl(value: string | undefined): DatabaseTarget {
  if (!value) return { dialect: 'sqlite', file: path.join(ROOT_DIR, 'data', 'pantau.sqlite') };
  if (/^postgres(ql)?:\/\//i.test(value)) return { dialect: 'postgresql', url: value };
  if (value === ':memory:') return { dialect: 'sqlite', file: ':memory:' };
  if (value.startsWith('file:')) {
    const file = value.startsWith('file://') ? fileURLToPath(value) : value.slice('file:'.length);
    return { dialect: 'sqlite', file: path.resolve(file) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new Error(`DATABASE_URL: unsupported scheme in "${value}" (use a file path, file:, or postgres://)`);
  }
  return { dialect: 'sqlite', file: path.resolve(value) };
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`${name}: expected true or false, got "${value}"`);
}

function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: expected a whole number of 0 or more, got "${value}"`);
  return n;
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || /^(0|false|no|off)$/i.test(value)) return false;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT: not a port number: "${env.PORT}"`);
  return {
    port,
    host: env.HOST || undefined,
    database: parseDatabaseUrl(env.DATABASE_URL),
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA, true),
    adminToken: env.ADMIN_TOKEN || undefined,
    embedSecret: env.EMBED_SECRET || undefined,
    introspection: parseBoolean('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION, true),
    queryTimeoutMs: parseCount('QUERY_TIMEOUT_MS', env.QUERY_TIMEOUT_MS, 10_000),
    rateLimitPerMinute: parseCount('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 1200),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}
