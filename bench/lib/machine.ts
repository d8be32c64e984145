// What a benchmark's figures were measured on, for the results JSON: the machine, the runtime
// and the commit (with whether the work tree had changes, since others commit while we run).
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineFacts {
  date: string;
  cores: number;
  cpu: string;
  memoryGiB: number;
  loadAverage1m: number;
  node: string;
  platform: string;
  commit: string;
  workTreeChanged: boolean;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function machineFacts(): MachineFacts {
  return {
    date: new Date().toISOString(),
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    commit: git(['rev-parse', 'HEAD']) || 'unknown',
    workTreeChanged: git(['status', '--porcelain', '--untracked-files=no']) !== '',
  };
}
