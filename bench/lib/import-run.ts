// One timed import in a process of its own, for bench/import-goal.ts: the branches file first
// (untimed), then the data file through the importer of the checkout named (this one, or the
// code before a change, so that both are measured alike in the same rounds). Started with the
// bounded heap an import of a big file runs with (server/import/heap.ts); prints one JSON line:
// wall and CPU seconds (the whole process, SQLite's threads included, and its main thread
// alone), peak RSS, and the PostgreSQL cluster's CPU seconds when a port is given.
//
//   node --import tsx --max-old-space-size=256 bench/lib/import-run.ts '<json: ImportRun>'
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { clusterCpuSecs } from './import-data.ts';

export interface ImportRun {
  /** The checkout whose importer runs. */
  root: string;
  target: { dialect: 'sqlite'; file: string } | { dialect: 'postgresql'; url: string };
  kind: 'membership' | 'campaigns';
  branches: string;
  data: string;
  /** The PostgreSQL cluster's port, for its CPU seconds. */
  port?: number;
}

export interface ImportRunResult {
  secs: number;
  cpuSecs: number;
  mainCpuSecs?: number;
  peakRssMb: number;
  dbCpuSecs?: number;
}

/** CPU seconds of this process's main thread (Linux: its task's stat); undefined elsewhere. */
function mainThreadCpuSecs(): number | undefined {
  try {
    const text = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in USER_HZ (100)
  } catch {
    return undefined;
  }
}

async function main(run: ImportRun): Promise<ImportRunResult> {
  const code = (file: string) => import(pathToFileURL(path.join(run.root, file)).href);
  const { openDatabase } = await code('server/db/orm.ts');
  const { importFile } = await code('server/import/importer.ts');
  const db = await openDatabase(run.target);
  try {
    const branches = await importFile(db, { kind: 'branches', source: { path: run.branches }, fileName: 'branches.csv', actor: 'bench', lang: 'en' });
    if (branches.outcome !== 'STORED') throw new Error(`branches: ${JSON.stringify(branches.problems.slice(0, 3))}`);
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const db0 = run.port ? clusterCpuSecs(run.port) : undefined;
    const main0 = mainThreadCpuSecs();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const report = await importFile(db, { kind: run.kind, source: { path: run.data }, fileName: path.basename(run.data), actor: 'bench', lang: 'en' });
    const secs = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const main1 = mainThreadCpuSecs();
    const db1 = run.port ? clusterCpuSecs(run.port) : undefined;
    clearInterval(sampler);
    if (report.outcome !== 'STORED' || report.storedRows !== report.rows) throw new Error(`${run.kind}: ${report.outcome} ${JSON.stringify(report.problems.slice(0, 3))}`);
    return {
      secs,
      cpuSecs: (cpu.user + cpu.system) / 1e6,
      mainCpuSecs: main0 !== undefined && main1 !== undefined ? main1 - main0 : undefined,
      peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1048576),
      dbCpuSecs: db0 !== undefined && db1 !== undefined ? db1 - db0 : undefined,
    };
  } finally {
    await db.close();
  }
}

main(JSON.parse(process.argv[2]) as ImportRun).then(
  (result) => console.log(JSON.stringify(result)),
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
