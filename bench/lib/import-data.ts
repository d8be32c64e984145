// The import benches' files: a branches CSV and a membership or campaigns CSV of N rows, written
// in a temp directory, deterministic (the same N gives the same bytes), in natural-key order as
// a branch's export would be.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { CHANNELS_BY_ACTIVITY, PROGRAMS, SEGMENTS } from '../../common/vocabulary/catalog.ts';

export type DataKind = 'membership' | 'campaigns';
export const BRANCHES = 400;

async function writeLines(file: string, header: string, rows: number, line: (i: number) => string): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write(header + '\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += line(i) + '\n';
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await once(out, 'finish');
}

const branchCode = (b: number) => `KC${String(b).padStart(3, '0')}`;

export async function generate(dir: string, kind: DataKind, rows: number): Promise<{ branches: string; data: string }> {
  const branches = path.join(dir, 'branches.csv');
  await writeLines(branches, 'code,name,region', BRANCHES, (b) => `${branchCode(b)},Kantor Cabang ${b},Wilayah ${b % 11}`);
  const data = path.join(dir, `${kind}-${rows}.csv`);
  if (kind === 'membership') {
    // key space: branch × month (240) × segment (4) × program ('' + 5)
    const programs = ['', ...PROGRAMS];
    await writeLines(data, 'branch,period,segment,program,active_participants,new_participants,lapsed_participants', rows, (i) => {
      const p = i % programs.length;
      const s = Math.floor(i / programs.length) % SEGMENTS.length;
      const m = Math.floor(i / (programs.length * SEGMENTS.length)) % 240;
      const b = Math.floor(i / (programs.length * SEGMENTS.length * 240));
      const y = 2005 + Math.floor(m / 12);
      const active = 1000 + ((i * 7919) % 90000);
      return `${branchCode(b)},${y}-${String((m % 12) + 1).padStart(2, '0')},${SEGMENTS[s]},${programs[p]},${active},${i % 500},${i % 300}`;
    });
  } else {
    const pairs = Object.entries(CHANNELS_BY_ACTIVITY).flatMap(([a, chans]) => Object.keys(chans).map((c) => [a, c]));
    await writeLines(data, 'branch,date,activity,channel,name,reach,registrations,cost_idr,staff', rows, (i) => {
      const [a, c] = pairs[i % pairs.length];
      const d = Math.floor(i / pairs.length) % 3650;
      const b = Math.floor(i / (pairs.length * 3650)) % BRANCHES;
      const date = new Date(Date.UTC(2015, 0, 1) + d * 86400000).toISOString().slice(0, 10);
      return `${branchCode(b)},${date},${a},${c},Kegiatan ${Math.floor(i / (pairs.length * 3650 * BRANCHES))},${100 + (i % 5000)},${i % 40},${(i % 97) * 12500},AR${i % 9}`;
    });
  }
  return { branches, data };
}

/**
 * CPU seconds the PostgreSQL cluster listening on `port` has used so far: its postmaster's own
 * and its reaped children's (backends that ended: a psql session), plus the children still
 * running (the pool's backends, the background workers). Less sensitive than wall time to the
 * other work of a shared machine. Linux only (/proc); undefined elsewhere or when not found.
 */
export function clusterCpuSecs(port: number): number | undefined {
  if (!fs.existsSync('/proc/self/stat')) return undefined;
  const tick = 100; // USER_HZ: 100 on every Linux architecture Node runs on
  const stat = (pid: string) => {
    try {
      const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return text.slice(text.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
    } catch {
      return undefined;
    }
  };
  const pids = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const postmaster = pids.find((pid) => {
    try {
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return argv[0].endsWith('/postgres') && argv.includes('-p') && argv[argv.indexOf('-p') + 1] === String(port);
    } catch {
      return false;
    }
  });
  if (!postmaster) return undefined;
  const own = stat(postmaster);
  if (!own) return undefined;
  // Fields after the state: ppid is [1]; utime, stime, cutime, cstime are [11]..[14].
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const pid of pids) {
    const s = stat(pid);
    if (s && s[1] === postmaster) ticks += Number(s[11]) + Number(s[12]);
  }
  return ticks / tick;
}
