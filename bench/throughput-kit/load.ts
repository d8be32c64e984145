// One load run with autocannon: a fixed number of connections for a fixed time, each
// connection sending its requests in turn (a list cycles), bounded in time and sent to the
// loopback only. Figures: requests per second (mean over the run), latency p50/p99 (ms), and
// every answer that was not a 2xx, since a fast error is no throughput.
import os from 'node:os';
import { cpuMs } from './process-cpu.ts';
import { ensureTools, requireTool } from './scratch-tools.ts';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadFigures {
  connections: number;
  seconds: number;
  /** Answers with a 2xx status. */
  requests: number;
  reqPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** The server's CPU time (user + system) per answered request, in ms: what one request costs it. */
  serverCpuMsPerRequest?: number;
  /** The machine's 1-minute load average at the end of the run: others' work on the shared cores shows here. */
  loadAverage1m: number;
}

type Autocannon = (opts: Record<string, unknown>) => Promise<{
  '2xx': number;
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}>;

let autocannon: Autocannon | undefined;

/** Headers a browser (or Apollo Client) sends: it accepts compressed answers. */
export const BROWSER_HEADERS = { 'accept-encoding': 'br, gzip' };

/** Loads the server at `baseUrl`; `serverPid` is the process whose CPU time is counted. */
export async function load(baseUrl: string, requests: LoadRequest[], connections: number, seconds: number, serverPid?: number): Promise<LoadFigures> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(baseUrl)) throw new Error(`load runs against the loopback only, not ${baseUrl}`);
  if (!autocannon) {
    ensureTools(['autocannon']);
    autocannon = requireTool('autocannon') as Autocannon;
  }
  const cpuBefore = cpuMs(serverPid);
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 30,
    requests: requests.map((r) => ({ ...r, headers: { ...BROWSER_HEADERS, ...(r.body ? { 'content-type': 'application/json' } : {}), ...r.headers } })),
  });
  const cpuAfter = cpuMs(serverPid);
  const cpu = cpuBefore !== undefined && cpuAfter !== undefined && result['2xx'] > 0 ? (cpuAfter - cpuBefore) / result['2xx'] : undefined;
  return {
    connections,
    seconds,
    requests: result['2xx'],
    // Only answers that succeeded count: a refusal served fast is no throughput.
    reqPerSec: Math.round(result['2xx'] / result.duration),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    serverCpuMsPerRequest: cpu === undefined ? undefined : Number(cpu.toFixed(3)),
    loadAverage1m: Number(os.loadavg()[0].toFixed(2)),
  };
}

export const graphqlRequest = (query: string, variables?: Record<string, unknown>): LoadRequest => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
