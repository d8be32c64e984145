// The upserters' pipelining of batches (see OneInFlight).
/**
 * At most one batch in flight: the next batch is validated and filled while the one before
 * executes, and a batch's error surfaces at the next `wait()`.
 */
export class OneInFlight {
  private inflight?: Promise<void>;

  /** Waits for the batch in flight; rethrows its error. */
  async wait(): Promise<void> {
    const previous = this.inflight;
    this.inflight = undefined;
    if (previous) await previous;
  }

  /** Starts `running` as the batch in flight (call after `wait()`). */
  start(running: Promise<void>): void {
    running.catch(() => undefined); // observed by the next wait()
    this.inflight = running;
  }

  /** Waits for the batch in flight, ignoring its error (it was reported already or the transaction ends). */
  async settle(): Promise<void> {
    await this.wait().catch(() => undefined);
  }
}
