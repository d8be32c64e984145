// The weekly report's page and PDF take turns: each runs seven assessment questions and four
// charts and lays the PDF out on the main thread (1.5-2 s a PDF on the loaded machine, the
// event loop stalled for more than a second), so a reader asking for many at once would stall
// the server for everyone. At most REPORT_RENDER_SLOTS render at a time; one that cannot get a
// turn within REPORT_RENDER_WAIT_MS is answered 503 with Retry-After instead of queueing on.
import type { Response } from 'express';
import { Turns } from '../../graphql/heavy-lane.ts';

export const REPORT_RENDER_SLOTS = 2;
export const REPORT_RENDER_WAIT_MS = 3000;
export const REPORT_RETRY_AFTER_S = 10;

/** The turns of this process's report renderings (exported so that a test can hold them). */
export const reportTurns = new Turns(REPORT_RENDER_SLOTS);

/** Runs `render` in a turn; answers 503 itself (returning undefined) when no turn came in time. */
export async function inReportTurn<T>(res: Response, render: () => Promise<T>): Promise<T | undefined> {
  let release: () => void;
  try {
    release = await reportTurns.take(REPORT_RENDER_WAIT_MS);
  } catch {
    res.status(503).set({ 'Retry-After': String(REPORT_RETRY_AFTER_S), 'Cache-Control': 'no-store' }).type('text/plain; charset=utf-8')
      .send(`Other weekly reports are being made (at most ${REPORT_RENDER_SLOTS} at a time) and this one waited ${REPORT_RENDER_WAIT_MS / 1000} s for its turn: try again in ${REPORT_RETRY_AFTER_S} s.\n`);
    return undefined;
  }
  try {
    return await render();
  } finally {
    release();
  }
}
