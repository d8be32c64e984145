// Binds the HTTP port, or fails with one line that says which port and what to do. (Express 5's
// app.listen hands a listen error to its callback as if it were success: a taken port printed
// "serving on …" and the process stayed up without listening.)
import http from 'node:http';
import type { Express } from 'express';

export class ListenError extends Error {}

function explain(err: NodeJS.ErrnoException, port: number): string {
  switch (err.code) {
    case 'EADDRINUSE':
      return `port ${port} is already in use (is Pantau already running?): stop that process or start with another PORT, e.g. PORT=${port + 1} npm start`;
    case 'EACCES':
      return `port ${port} needs privileges this user does not have: use a port above 1023 (PORT=4000)`;
    case 'EADDRNOTAVAIL':
      return `cannot listen on port ${port}: the address is not available on this machine`;
    default:
      return `cannot listen on port ${port}: ${err.message}`;
  }
}

/** Listens on `port` of `host` (undefined: every interface, as Node does by default). */
export function listen(app: Express, port: number, host?: string): Promise<http.Server> {
  const server = http.createServer(app);
  // A client that opens a connection and sends no complete headers must not hold a shutdown
  // (or a connection slot) for Node's default minute.
  server.headersTimeout = 20_000;
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => reject(new ListenError(explain(err, port)));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server);
    });
  });
}
