// Big imports run in a child Node.js process with a bounded old-generation heap. Node's
// default heap limit is a fraction of the machine's memory, so V8 collects lazily and a
// million-row import would let its resident memory climb far past what it needs (its live
// set is small); with --max-old-space-size the collector keeps it flat at about the same
// speed (the bench prints the peak). The child runs the same script with the same loader flags (tsx).
import { spawn } from 'node:child_process';
import os from 'node:os';
import { startedByNpm, watchParents } from '../http/parent-watch.ts';

const CHILD_FLAG = 'PANTAU_BOUNDED_HEAP';
export const HEAP_LIMIT_MB = 256;

/** True in the child that runWithBoundedHeap started. */
export function isBoundedHeapChild(): boolean {
  return process.env[CHILD_FLAG] === '1';
}

/** How long a child has to unwind after a forwarded signal before it is killed outright. */
const CHILD_GRACE_MS = 8_000;

/**
 * Re-runs this script in a child with a bounded heap unless it already is one (or a heap limit
 * was given). Resolves to the child's exit code (128 + the signal's number when a signal killed
 * it), or undefined when the caller should go on.
 *
 * The child dies with its parent: SIGINT, SIGTERM and SIGHUP are forwarded to it (and, should
 * it not stop within CHILD_GRACE_MS, SIGKILL follows), and it holds an IPC channel to the parent
 * whose closing it takes as the parent's death, however that came (server/cli/interruption.ts).
 */
export async function runWithBoundedHeap(script: string, args: string[], limitMb = HEAP_LIMIT_MB): Promise<number | undefined> {
  if (process.env[CHILD_FLAG] === '1') return undefined;
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (flags.some((f) => f.startsWith('--max-old-space-size'))) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${limitMb}`, script, ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [CHILD_FLAG]: '1' },
  });
  let killer: NodeJS.Timeout | undefined;
  const forward = (signal: NodeJS.Signals) => () => {
    child.kill(signal);
    killer ??= setTimeout(() => child.kill('SIGKILL'), CHILD_GRACE_MS);
  };
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => [signal, forward(signal)] as const);
  for (const [signal, h] of handlers) process.on(signal, h);
  // Under npm, npm's shell may die without a signal reaching this process: stop the child then.
  if (startedByNpm()) watchParents(forward('SIGTERM'));
  try {
    return await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 1)));
    });
  } finally {
    clearTimeout(killer);
    for (const [signal, h] of handlers) process.off(signal, h);
  }
}
