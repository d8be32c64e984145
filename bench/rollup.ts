// The campaign questions at national scale, read from the rollup and from the activities: the
// same answers (checked here too), p50/p95 of each path over a few rounds. The national data set
// is seeded into a temporary SQLite file (about 90 s), or BENCH_DATABASE_URL names a database
// already seeded with `npm run seed -- --scale national`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import type { CubeQuery } from '../server/analytics/model.ts';
import { planQuery, runQuery } from '../server/analytics/run.ts';
import { parseDatabaseUrl } from '../server/config.ts';
import { openDatabase } from '../server/db/orm.ts';
import { seedScale } from '../server/db/seed/national-seed.ts';
import { campaignCube, REACH_ANSWER_MEASURES } from '../server/domains/campaigns/cube.ts';
import { MOMENT_MEASURES } from '../server/domains/campaigns/moments.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-rollup-'));
const target = process.env.BENCH_DATABASE_URL ? parseDatabaseUrl(process.env.BENCH_DATABASE_URL) : parseDatabaseUrl(path.join(dir, 'national.sqlite'));
const db = await openDatabase(target);
if (!process.env.BENCH_DATABASE_URL) {
  const t0 = performance.now();
  const counts = await seedScale(db, { scale: 'national' });
  console.log(`seeded the national set: ${counts.branches} branches, ${counts.campaigns} activities in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
const rolled = Number((await db.knex('campaign_rollup').count({ n: '*' }).first())!.n);
const national = Number((await db.knex('campaign_national_rollup').count({ n: '*' }).first())!.n);
const activities = Number((await db.knex('campaign_activity').count({ n: '*' }).first())!.n);
console.log(`${activities} activities, ${rolled} branch rollup groups (${(activities / Math.max(rolled, 1)).toFixed(1)} activities a group), ${national} national groups`);

const year = (y: number) => ({ member: 'periodIndex', op: 'between' as const, from: y * 12, to: y * 12 + 11 });
// What campaignReach and effectiveness ask for: the answer's figures and the statistics' moments.
const ANSWER = [...REACH_ANSWER_MEASURES, ...MOMENT_MEASURES];
const QUESTIONS: [string, CubeQuery][] = [
  ['reach by channel, all branches, one year', { dimensions: ['CHANNEL', 'ACTIVITY'], measures: ANSWER, filters: [year(2024)] }],
  ['reach by month, all branches, one year', { dimensions: ['MONTH'], measures: ANSWER, filters: [year(2024)] }],
  ['reach by region, one year', { dimensions: ['REGION'], measures: ANSWER, filters: [year(2024)] }],
  ['effectiveness, all branches, one year', { dimensions: ['ACTIVITY'], measures: ANSWER, filters: [year(2024)] }],
  ['reach by branch, one year', { dimensions: ['BRANCH'], measures: ANSWER, filters: [year(2024)] }],
  ['reach by channel, one branch, 2019–2025', { dimensions: ['CHANNEL', 'ACTIVITY'], measures: ANSWER, filters: [{ member: 'branch', op: 'equals', value: 'MADIUN' }] }],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
for (const [label, query] of QUESTIONS) {
  const answers: unknown[] = [];
  const line: string[] = [];
  for (const raw of [false, true]) {
    const cube = planQuery(campaignCube, query, { raw });
    const times: number[] = [];
    let rows: unknown[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      rows = await runQuery(db, campaignCube, query, { raw });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    answers.push(rows);
    line.push(`${raw ? 'activities' : cube.table.replace('campaign_', '')} p50 ${percentile(times, 50).toFixed(1)} ms p95 ${percentile(times, 95).toFixed(1)} ms`);
  }
  console.log(`${label.padEnd(44)} ${line.join('   ')}   ${isDeepStrictEqual(answers[0], answers[1]) ? 'same answers' : 'ANSWERS DIFFER'}`);
}
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
