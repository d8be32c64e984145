// Heavy requests take turns. A request estimated to read more than GRAPHQL_HEAVY_ROWS rows (but
// within GRAPHQL_MAX_COST_ROWS) runs only when no other heavy request is running: a few of them
// at once would take every core and every read connection, and the small questions of everyone
// else (a dashboard panel reads a few hundred rows) would wait behind them. A heavy request that
// cannot get its turn within the time limit is told so, instead of queueing without end.
import { GraphQLError } from 'graphql';

export const HEAVY_BUSY = 'HEAVY_QUERY_BUSY';

export class Turns {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly slots: number) {}

  /** Resolves with a release function once a slot is free; rejects after `waitMs`. */
  take(waitMs: number): Promise<() => void> {
    return new Promise((resolve, reject) => {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        this.running--;
        this.waiting.shift()?.();
      };
      let timer: NodeJS.Timeout | undefined;
      const start = () => {
        clearTimeout(timer);
        this.running++;
        resolve(release);
      };
      if (this.running < this.slots) return start();
      if (waitMs > 0) {
        timer = setTimeout(() => {
          const at = this.waiting.indexOf(start);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(busyError(waitMs));
        }, waitMs);
      }
      this.waiting.push(start);
    });
  }
}

function busyError(waitMs: number): GraphQLError {
  return new GraphQLError(
    `Other large queries are running and this one, a large one too (above GRAPHQL_HEAVY_ROWS), waited its time limit of ${waitMs} ms for its turn: try again shortly, or ask for one branch or a shorter range.`,
    { extensions: { code: HEAVY_BUSY, http: { status: 503, headers: new Map([['retry-after', '5']]) } } },
  );
}
