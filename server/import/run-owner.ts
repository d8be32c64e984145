// Who runs an import, written on its history row, so that a row left "in progress" by a process
// that died (SIGKILL, a crash, a power cut) can be told from one whose import is still running.
// A pid alone is not enough: in a container the server is pid 1 after every restart, so each
// process also carries a random token of its own.
import { randomUUID } from 'node:crypto';
import os from 'node:os';

const TOKEN = randomUUID();

/** This process, as written on the history rows it starts. */
export function currentOwner(): string {
  return `${os.hostname()}:${process.pid}:${TOKEN}`;
}

export type OwnerState = 'running' | 'gone' | 'unknown';

/**
 * Whether the process that wrote `owner` still runs. Only a process on this host can be checked;
 * one on another host (several servers on one PostgreSQL) is 'unknown' and left alone.
 */
export function ownerState(owner: string | null | undefined): OwnerState {
  if (!owner) return 'unknown';
  const [host, pidText, token] = owner.split(':');
  const pid = Number(pidText);
  if (host !== os.hostname() || !Number.isInteger(pid) || pid <= 0) return 'unknown';
  if (pid === process.pid) return token === TOKEN ? 'running' : 'gone';
  try {
    process.kill(pid, 0);
    return 'running';
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? 'running' : 'gone';
  }
}
