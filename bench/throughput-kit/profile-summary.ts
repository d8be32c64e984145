// Reads a V8 CPU profile (node --cpu-prof; the throughput bench writes one per server with
// BENCH_CPU_PROF=<dir>) and prints where the time went: self time by package (the folder under
// node_modules, or the project's own file) and the heaviest functions. Finding the per-request
// overhead starts here. Only the last `seconds` of the profile are read (the load, not the
// start-up's module loading); inclusive time by package counts a sample once for every package
// on its stack (what a middleware costs with everything it calls).
// Usage: tsx bench/throughput-kit/profile-summary.ts <file.cpuprofile> [seconds] [top]
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, secondsArg, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [seconds] [top]');
const windowUs = Number(secondsArg ?? Infinity) * 1e6;
const top = Number(topArg ?? 25);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map<number, number>();
const inclusive = new Map<string, number>();
let windowed = 0;
for (let i = profile.samples.length - 1; i >= 0 && windowed < windowUs; i--) {
  const id = profile.samples[i];
  const us = profile.timeDeltas[i] ?? 0;
  windowed += us;
  selfUs.set(id, (selfUs.get(id) ?? 0) + us);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const url = byId.get(at)!.callFrame.url;
    if (url) seen.add(packageOf(url));
  }
  for (const pkg of seen) inclusive.set(pkg, (inclusive.get(pkg) ?? 0) + us);
}

function packageOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return url;
  const project = url.indexOf('/server/') >= 0 ? url.slice(url.indexOf('/server/') + 1) : url.indexOf('/common/') >= 0 ? url.slice(url.indexOf('/common/') + 1) : url;
  return project;
}

const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  const pkg = functionName === '(idle)' || functionName === '(garbage collector)' || functionName === '(program)' ? functionName : packageOf(url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  const fn = `${functionName || '(anonymous)'} ${packageOf(url)}:${lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
}
const show = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (of ${(total / 1e6).toFixed(1)} s sampled)`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);
};
show('self time by package or file', byPackage);
show('inclusive time by package or file', inclusive);
show('self time by function', byFunction);
