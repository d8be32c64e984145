// How a long command stops when asked to: SIGINT (Ctrl-C), SIGTERM, SIGHUP, the parent process
// gone (a bounded-heap child whose IPC channel closed), or npm's shell gone. The first of these
// marks the command interrupted; the work checks `check()` at safe points and unwinds from
// there, so that a transaction is rolled back and the history says what happened. If it does
// not unwind within HARD_STOP_MS, the process exits anyway (an uncommitted transaction is
// discarded by the database either way).
import { startedByNpm, watchParents } from '../http/parent-watch.ts';

const HARD_STOP_MS = 5_000;

const EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

export class Interrupted extends Error {
  constructor(readonly reason: string) {
    super(`interrupted (${reason})`);
  }
}

export interface Interruption {
  /** Why the command was interrupted, or undefined while it may go on. */
  readonly reason: string | undefined;
  /** The exit code that tells a shell it was interrupted (130 for Ctrl-C, 143 for SIGTERM). */
  readonly exitCode: number;
  /** Throws Interrupted once interrupted: call it where unwinding is safe. */
  check(): void;
  dispose(): void;
}

/**
 * `childOfParent`: this process was started by another with an IPC channel (heap.ts) and must
 * not outlive it; the channel may already be closed when this runs (the parent died while this
 * child was still loading).
 */
export function watchInterruption(opts: { childOfParent?: boolean } = {}): Interruption {
  let reason: string | undefined;
  const interrupt = (why: string) => {
    if (reason !== undefined) return; // Ctrl-C reaches a child twice: from the terminal and forwarded.
    reason = why;
    setTimeout(() => process.exit(EXIT_CODES[why] ?? 1), HARD_STOP_MS).unref();
  };
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => {
    const h = () => interrupt(signal);
    process.on(signal, h);
    return [signal, h] as const;
  });
  // A child started with an IPC channel (heap.ts): the channel closes when the parent dies,
  // however it died (even SIGKILL). unref: the channel alone must not keep this process up.
  const onDisconnect = () => interrupt('the parent process is gone');
  if (process.channel && process.connected) {
    process.once('disconnect', onDisconnect);
    process.channel.unref();
  } else if (opts.childOfParent) onDisconnect();
  if (startedByNpm()) watchParents((why) => interrupt(why));
  return {
    get reason() {
      return reason;
    },
    get exitCode() {
      return reason === undefined ? 0 : (EXIT_CODES[reason] ?? 1);
    },
    check() {
      if (reason !== undefined) throw new Interrupted(reason);
    },
    dispose() {
      for (const [signal, h] of handlers) process.off(signal, h);
      process.off('disconnect', onDisconnect);
    },
  };
}
