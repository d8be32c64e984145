// Big imports run in a child Node.js process with a bounded old-generation heap. Node's
// default heap limit is a fraction of the machine's memory, so V8 collects lazily and a
// million-row import would let its resident memory climb far past what it needs (its live
// set is a few tens of MB); with --max-old-space-size the collector keeps it near 200 MB at
// about the same speed. The child runs the same script with the same loader flags (tsx).
import { spawn } from 'node:child_process';

const CHILD_FLAG = 'PANTAU_BOUNDED_HEAP';
export const HEAP_LIMIT_MB = 256;

/**
 * Re-runs this script in a child with a bounded heap unless it already is one (or a heap limit
 * was given). Resolves to the child's exit code, or undefined when the caller should go on.
 */
export async function runWithBoundedHeap(script: string, args: string[], limitMb = HEAP_LIMIT_MB): Promise<number | undefined> {
  if (process.env[CHILD_FLAG] === '1') return undefined;
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (flags.some((f) => f.startsWith('--max-old-space-size'))) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${limitMb}`, script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, [CHILD_FLAG]: '1' },
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 130 : 1)));
    });
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}
