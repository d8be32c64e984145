// Structured logging (pino). JSON lines for machines (a file, a pipe, journald, a log shipper);
// on a terminal the same records as readable lines (pino-pretty, in-process and synchronous so
// that nothing is lost when the process exits). LOG_FORMAT=json|pretty overrides the guess.
// Quiet under tests unless LOG_LEVEL says otherwise.
import { pino, type DestinationStream } from 'pino';
import pretty from 'pino-pretty';

export type LogFormat = 'json' | 'pretty';

/** `pretty` when stdout is a terminal, else `json`; LOG_FORMAT wins when it is one of the two. */
export function logFormat(env: NodeJS.ProcessEnv = process.env, tty = process.stdout.isTTY === true): LogFormat {
  const asked = env.LOG_FORMAT?.trim().toLowerCase();
  if (asked === 'json' || asked === 'pretty') return asked;
  return tty ? 'pretty' : 'json';
}

function destination(format: LogFormat): DestinationStream | undefined {
  if (format === 'json') return undefined;
  return pretty({
    colorize: process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss',
    // A request line's message already says method, URL, status and time: keep only its id.
    ignore: 'pid,hostname,method,url,status,ms',
    singleLine: true,
    sync: true,
  });
}

export const LOG_FORMAT = logFormat();

const options = { level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'), base: undefined };
const stream = destination(LOG_FORMAT);
export const logger = stream ? pino(options, stream) : pino(options);
