// Reads the environment once (the README's configuration table): PORT, DATABASE_URL, DEMO_DATA, plus the
// optional secrets later features use. Everything else takes its value from here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_AGENCY_TIME_ZONE, timeZoneProblem } from '../common/time/agency-time.ts';

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
  /**
   * Rows one GraphQL request's analytic fields may be estimated to read, checked before they
   * run (server/graphql/cost-limit.ts); 0 switches the limit off.
   */
  maxCostRows: number;
  /** Above this estimate a request is heavy and waits for the other heavy ones (GRAPHQL_HEAVY_ROWS, server/graphql/heavy-lane.ts); 0: no turns. */
  heavyCostRows: number;
  /**
   * PANTAU_TIME_ZONE: the zone whose calendar says which day and week it is ("this week" of the
   * reviews, the report's last complete week, REPORT_SCHEDULE), whatever the process's TZ.
   */
  timeZone: string;
  /** AUTH_READ: `public` (anyone reads) or `login` (every read needs a session or a token). */
  authRead: 'public' | 'login';
  /** Sessions end after this many minutes without a request (SESSION_IDLE_MINUTES). */
  sessionIdleMinutes: number;
  /** …and after this many hours in any case (SESSION_MAX_HOURS). */
  sessionMaxHours: number;
  /** Failed logins per account within the window before 429 (LOGIN_MAX_FAILURES). */
  loginMaxFailures: number;
  /** Failed logins per client address within the window before 429 (LOGIN_MAX_FAILURES_PER_IP). */
  loginMaxFailuresPerIp: number;
  /** The login throttle's window (LOGIN_WINDOW_MINUTES). */
  loginWindowMinutes: number;
  /** COOKIE_SECURE: `auto` marks the session cookie Secure when the request came over HTTPS. */
  cookieSecure: boolean | 'auto';
}

/** Shorter signing secrets can be recovered from one signed link by trying (HMAC-SHA256 keys). */
export const MIN_EMBED_SECRET_BYTES = 32;

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

function parsePositive(name: string, value: string | undefined, fallback: number): number {
  const n = parseCount(name, value, fallback);
  if (n === 0) throw new Error(`${name}: expected a whole number of 1 or more, got "${value}"`);
  return n;
}

function parseTimeZone(value: string | undefined): string {
  if (value === undefined || value === '') return DEFAULT_AGENCY_TIME_ZONE;
  const problem = timeZoneProblem(value);
  if (problem) throw new Error(`PANTAU_TIME_ZONE: ${problem}`);
  return value;
}

function parseAuthRead(value: string | undefined): 'public' | 'login' {
  if (value === undefined || value === '' || value === 'public') return 'public';
  if (value === 'login') return 'login';
  throw new Error(`AUTH_READ: expected public or login, got "${value}"`);
}

function parseEmbedSecret(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes < MIN_EMBED_SECRET_BYTES) {
    throw new Error(`EMBED_SECRET: too short (${bytes} bytes): a signing secret needs at least ${MIN_EMBED_SECRET_BYTES} random bytes, e.g. the output of \`openssl rand -base64 48\``);
  }
  return value;
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
    embedSecret: parseEmbedSecret(env.EMBED_SECRET),
    introspection: parseBoolean('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION, true),
    queryTimeoutMs: parseCount('QUERY_TIMEOUT_MS', env.QUERY_TIMEOUT_MS, 10_000),
    rateLimitPerMinute: parseCount('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 1200),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    // The heaviest dashboard view (one branch, monthly, every program, the whole stored range) is
    // estimated at about 1,200 rows of the demo data, a fortieth of this; 30 aliases of the
    // all-branch monthly trend of every program at 141,600 rows of the same data.
    maxCostRows: parseCount('GRAPHQL_MAX_COST_ROWS', env.GRAPHQL_MAX_COST_ROWS, 50_000),
    heavyCostRows: parseCount('GRAPHQL_HEAVY_ROWS', env.GRAPHQL_HEAVY_ROWS, 5_000),
    authRead: parseAuthRead(env.AUTH_READ),
    timeZone: parseTimeZone(env.PANTAU_TIME_ZONE),
    sessionIdleMinutes: parsePositive('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 120),
    sessionMaxHours: parsePositive('SESSION_MAX_HOURS', env.SESSION_MAX_HOURS, 12),
    loginMaxFailures: parsePositive('LOGIN_MAX_FAILURES', env.LOGIN_MAX_FAILURES, 5),
    loginMaxFailuresPerIp: parsePositive('LOGIN_MAX_FAILURES_PER_IP', env.LOGIN_MAX_FAILURES_PER_IP, 50),
    loginWindowMinutes: parsePositive('LOGIN_WINDOW_MINUTES', env.LOGIN_WINDOW_MINUTES, 15),
    cookieSecure: env.COOKIE_SECURE === undefined || env.COOKIE_SECURE === '' || env.COOKIE_SECURE === 'auto' ? 'auto' : parseBoolean('COOKIE_SECURE', env.COOKIE_SECURE, false),
  };
}
