// How fast the semantic layer answers on a large database: 2 M membership rows (SQLite file),
// timing membershipTrend at each granularity and campaignReach, directly and through GraphQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../server/db/orm.ts';
import { campaignReach } from '../server/domains/campaigns/query.ts';
import { membershipTrend } from '../server/domains/membership/query.ts';
import { seedDemoDataIfEmpty } from '../server/db/seed/seed.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 2_000_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-bench-'));
const db = await openDatabase({ dialect: 'sqlite', file: path.join(dir, 'bench.sqlite') });
await seedDemoDataIfEmpty(db);

// Synthetic branches × segments × programs × months until ROWS rows exist.
const t0 = performance.now();
const months = 240;
const combos = Math.ceil(ROWS / months);
await db.knex.transaction(async (trx) => {
  let batch: object[] = [];
  for (let c = 0; c < combos; c++) {
    const branch = `B${String(Math.floor(c / 12)).padStart(4, '0')}`;
    const segment = ['PU', 'BPU', 'JAKON', 'PMI'][c % 4];
    const program = ['', 'JKK', 'JHT'][Math.floor(c / 4) % 3];
    for (let m = 0; m < months; m++) {
      const year = 2006 + Math.floor(m / 12);
      batch.push({
        branch_code: branch, year, month: (m % 12) + 1, period_index: year * 12 + (m % 12), precision: 'MONTH', segment, program,
        active_participants: 1000 + ((c * 7 + m * 13) % 500), new_participants: 10, lapsed_participants: 5, source: 'SYNTHETIC',
      });
      if (batch.length === 2000) {
        await trx.batchInsert("membership_snapshot", batch, 500);
        batch = [];
      }
    }
  }
  if (batch.length) await trx.batchInsert('membership_snapshot', batch, 500);
});
console.log(`loaded ${combos * months} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
await db.knex.raw('ANALYZE');

async function time(label: string, fn: () => Promise<unknown>, runs = 3): Promise<void> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(48)} median ${times[Math.floor(runs / 2)].toFixed(1)} ms`);
}

for (const granularity of ['YEAR', 'QUARTER', 'MONTH'] as const) {
  await time(`membershipTrend all branches, ${granularity}`, () => membershipTrend(db, { granularity }));
}
await time('membershipTrend one branch, MONTH', () => membershipTrend(db, { branch: 'MADIUN', granularity: 'MONTH' }));
await time('campaignReach by CHANNEL (demo data)', () => campaignReach(db, {}));
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
