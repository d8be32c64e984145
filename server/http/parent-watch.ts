// `npm start` runs `sh -c "tsx server/main.ts"`; tsx runs this file in a child of its own.
// npm forwards SIGTERM to the shell only, and Debian's dash does not exec the command it runs,
// so the shell dies and tsx and the server would stay behind, orphaned, still holding the port.
// Under npm, this watch notices that the chain that started us is broken (our parent or its
// parent is gone or replaced) and shuts down as if signalled. Outside npm it does nothing: a
// server started with nohup or by a supervisor must outlive the shell that started it.
import fs from 'node:fs';

const POLL_MS = 500;

/** The parent of a process, from /proc (Linux); undefined where there is no /proc or it is gone. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (comm) state ppid …: comm may contain spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

export function startedByNpm(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.npm_lifecycle_event !== undefined;
}

/** Calls `onOrphaned` once when the parent, or the parent's parent, goes away. */
export function watchParents(onOrphaned: (why: string) => void): void {
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  const timer = setInterval(() => {
    const now = process.ppid;
    const why =
      now !== parent ? `the parent process (${parent}) is gone` : grandparent !== undefined && parentOf(parent) !== grandparent ? `npm's shell (${grandparent}) is gone` : undefined;
    if (why) {
      clearInterval(timer);
      onOrphaned(why);
    }
  }, POLL_MS);
  timer.unref();
}
