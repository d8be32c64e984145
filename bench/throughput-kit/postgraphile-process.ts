// PostGraphile 4 with @graphile/pg-aggregates, a peer a user might pick instead of Pantau,
// served from the scratch tools folder (never a dependency of the project) over the same
// PostgreSQL database, as its CLI documents: the public schema, the aggregates plugin, no
// query log (Pantau's request log stays on: it is part of the product).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureTools, TOOLS_DIR } from './scratch-tools.ts';
import { freePort, type RunningServer, stopChild } from './server-process.ts';

export async function startPostGraphile(databaseUrl: string): Promise<RunningServer> {
  ensureTools(['postgraphile', '@graphile/pg-aggregates']);
  const port = await freePort();
  const logFile = path.join(TOOLS_DIR, `postgraphile-${port}.log`);
  const out = fs.openSync(logFile, 'a');
  const cli = path.join(TOOLS_DIR, 'node_modules', 'postgraphile', 'cli.js');
  const child = spawn(
    process.execPath,
    [cli, '--connection', databaseUrl, '--schema', 'public', '--append-plugins', '@graphile/pg-aggregates', '--host', '127.0.0.1', '--port', String(port), '--disable-query-log'],
    { cwd: TOOLS_DIR, stdio: ['ignore', out, out], env: { ...process.env, NODE_ENV: 'production' } },
  );
  fs.closeSync(out);
  const url = `http://127.0.0.1:${port}`;
  try {
    // A POST of a trivial query tells when its schema is built and it serves.
    const until = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((r) => r.ok, () => false);
      if (ok) break;
      if (child.exitCode !== null) throw new Error(`PostGraphile exited with ${child.exitCode} before answering`);
      if (Date.now() > until) throw new Error('PostGraphile did not answer within 60 s');
      await new Promise((r) => setTimeout(r, 300));
    }
  } catch (err) {
    await stopChild(child);
    throw new Error(`${(err as Error).message}; its log:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
  }
  return { url, pid: child.pid, logFile, stop: () => stopChild(child) };
}
