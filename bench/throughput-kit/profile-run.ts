// Profiles one Pantau process under load: starts it with --cpu-prof (BENCH_CPU_PROF=<dir>),
// sends one scenario's requests for BENCH_SECONDS at 10 connections, stops it (the profile is
// written at exit) and prints profile-summary's figures. Usage:
//   BENCH_CPU_PROF=/tmp/prof tsx bench/throughput-kit/profile-run.ts <DATABASE_URL> trivial|branches|firstview|page
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { firstViewRequests } from './dashboard-requests.ts';
import { graphqlRequest, load, type LoadRequest } from './load.ts';
import { startPantau } from './server-process.ts';

const [databaseUrl, scenario = 'trivial'] = process.argv.slice(2);
const dir = process.env.BENCH_CPU_PROF;
if (!databaseUrl || !dir) throw new Error('usage: BENCH_CPU_PROF=<dir> profile-run.ts <DATABASE_URL> trivial|branches|firstview|page');
fs.mkdirSync(dir, { recursive: true });
const before = new Set(fs.readdirSync(dir));
const server = await startPantau(databaseUrl);
let requests: LoadRequest[];
if (scenario === 'page') requests = [{ method: 'GET', path: '/' }];
else if (scenario === 'firstview') requests = await firstViewRequests(server.url);
else if (scenario === 'stock') requests = [graphqlRequest('query Stock($branch: ID!) { membershipTrend(branch: $branch, from: "2016", to: "2024", granularity: YEAR) { segment points { period activeParticipants } } }', { branch: process.env.BENCH_BRANCH ?? 'JAKARTA_SUDIRMAN' })];
else if (scenario === 'branches') requests = [graphqlRequest('{ branches { code } }')];
else requests = [graphqlRequest('{ __typename }')];
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const figures = await load(server.url, requests, 10, seconds);
console.log(scenario, figures);
await server.stop();
const written = fs.readdirSync(dir).filter((f) => !before.has(f) && f.endsWith('.cpuprofile'));
const summary = path.join(path.dirname(fileURLToPath(import.meta.url)), 'profile-summary.ts');
for (const f of written) spawnSync(process.execPath, ['--import', 'tsx', summary, path.join(dir, f), String(seconds), '30'], { stdio: 'inherit' });
