// The one CLI reporter: runs a command's main, sets its exit code, and prints an unexpected
// error as one line (never a stack trace) with exit code 2.
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`error: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`);
      process.exitCode = 2;
    },
  );
}
