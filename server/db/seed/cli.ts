// npm run seed -- --scale demo|national|stress [--replace] [--branches N]
//
// Fills the configured database (DATABASE_URL, see server/config.ts; migrated first) with a
// synthetic data set: `demo` is the demo data the first start seeds, `national` eleven
// regional offices and 147 branches (about 3 million campaign activities), `stress` ten times
// the branches. Everything is SYNTHETIC except Madiun's study rows (STUDY). A database that
// already holds branches is refused (exit 2), so that a typo in DATABASE_URL never mixes the
// synthetic set into real data; `--replace` deletes every data row first (regions, branches,
// staff, membership, campaigns, targets; accounts, the audit log and the import history stay).
// `--branches N` seeds only the first N branches of the scale's list (tests, trials).
//
// Exit status: 0 seeded, 2 bad usage, a database that holds branches, or a database that could
// not be opened or written. Interrupted, the branches already written stay (each branch is one
// transaction): run again with --replace.
import { loadConfig } from '../../config.ts';
import { CliError, openCliDatabase, runCli } from '../../cli/run-cli.ts';
import { countBranches, deleteDataRows, SCALES, seedScale, type RowCounts, type Scale, type SeedProgress } from './national-seed.ts';

const USAGE = 'usage: npm run seed -- --scale demo|national|stress [--replace] [--branches N]';

interface Args {
  scale: Scale;
  replace: boolean;
  branches?: number;
}

function parseArgs(argv: string[]): Args | string {
  let scale: string | undefined;
  let replace = false;
  let branches: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new CliError(`${a} needs a value`);
      return v;
    };
    if (a === '--replace') replace = true;
    else if (a === '--scale' || a.startsWith('--scale=')) scale = value();
    else if (a === '--branches' || a.startsWith('--branches=')) {
      const v = value();
      if (!/^[1-9][0-9]*$/.test(v)) return `--branches takes a whole number above 0, not "${v}"`;
      branches = Number(v);
    } else if (a === '--help' || a === '-h') return '';
    else return `unknown argument "${a}"`;
  }
  if (scale === undefined) return '--scale is required';
  if (!(SCALES as readonly string[]).includes(scale)) return `unknown scale "${scale}" (demo, national or stress)`;
  if (scale === 'demo' && branches !== undefined) return '--branches applies to the national and stress scales only';
  return { scale: scale as Scale, replace, branches };
}

const n = (value: number) => value.toLocaleString('en');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function describe(rows: RowCounts): string {
  return `regions ${n(rows.regions)}, branches ${n(rows.branches)}, staff ${n(rows.staff)}, membership ${n(rows.snapshots)}, ` +
    `campaigns ${n(rows.campaigns)}, targets ${n(rows.targets)}`;
}

async function main(): Promise<number> {
  let args: Args | string;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    args = (err as Error).message;
  }
  if (typeof args === 'string') {
    if (args) console.error(`error: ${args}`);
    console.error(USAGE);
    return 2;
  }
  const db = await openCliDatabase(loadConfig().database, 'en');
  const t0 = performance.now();
  try {
    const existing = await countBranches(db);
    if (existing > 0 && !args.replace) {
      console.error(
        `error: the database already holds ${n(existing)} branch${existing === 1 ? '' : 'es'}: nothing was seeded ` +
          '(seed an empty database, or add --replace to delete all its data rows first)',
      );
      return 2;
    }
    if (args.replace) {
      await deleteDataRows(db);
      console.log(`replaced: deleted every data row (regions, branches, staff, membership, campaigns, targets; ${n(existing)} branches) in one transaction`);
    }
    console.log(`seeding the ${args.scale} data set (SYNTHETIC; Madiun's study figures STUDY)${args.branches ? `, first ${n(args.branches)} branches` : ''}`);
    const every = (p: SeedProgress) => Math.max(1, Math.ceil(p.total / 150));
    const rows = await seedScale(db, {
      scale: args.scale,
      branches: args.branches,
      onProgress: (p) => {
        if (p.done % every(p) !== 0 && p.done !== p.total) return;
        console.log(`[${String(p.done).padStart(String(p.total).length)}/${p.total}] ${describe(p.rows)} (${secs(p.elapsedMs)})`);
      },
    });
    console.log(`done in ${secs(performance.now() - t0)}: ${describe(rows)}`);
    return 0;
  } finally {
    await db.close();
  }
}

runCli(main);
