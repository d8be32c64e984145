// The server's own weekly mailing (REPORT_SCHEDULE, REPORT_RECIPIENTS): at the given day and
// time (the agency's clock, PANTAU_TIME_ZONE) it mails each branch's report of the last complete week to that
// branch's recipients. A send that fails is logged and tried again later (RETRY_DELAYS), one
// branch's failure never stops the others, and nothing here ever throws into the server.
// Every mailing is claimed and recorded in the database first (mailing-record.ts), so nothing
// is sent twice, across restarts or by a second server on the same PostgreSQL. A start makes
// up the latest scheduled run's week for each branch not yet mailed (the server was down at
// the hour, or gave up its retries): once, and only that week, not every week missed before.
// The clock is a parameter, so a test can move time on and see the mail arrive at once.
import type { Logger } from 'pino';
import { addCalendarDays, agencyClock, agencyInstant, agencyTimeZone } from '../../common/time/agency-time.ts';
import type { Database } from '../db/orm.ts';
import { lastCompleteWeek } from '../report/weekly/data.ts';
import { claimMailing, markSent, releaseClaim } from './mailing-record.ts';
import { mailWeeklyReport } from './send-report.ts';
import type { MailSettings, ReportSchedule, ScheduledReports } from './settings.ts';

export interface Clock {
  now(): Date;
  /** Calls `run` after `ms` milliseconds; the handle is for `clear`. */
  set(ms: number, run: () => void): unknown;
  clear(handle: unknown): void;
}

// setTimeout waits at most 2^31-1 ms (24.8 days); a week is less. Unref'd: a pending mailing
// never keeps a stopping process alive.
export const systemClock: Clock = {
  now: () => new Date(),
  set: (ms, run) => setTimeout(run, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** After a failed send: wait 1, 5, 15 then 60 minutes; then give up until next week. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

/**
 * The first moment after `now` that is the schedule's day and time on the agency's clock
 * (PANTAU_TIME_ZONE): `MON 07:00` is 07:00 in Jakarta on a server in UTC too.
 */
export function nextRun(schedule: ReportSchedule, now: Date, zone: string = agencyTimeZone()): Date {
  const today = agencyClock(now, zone);
  const day = addCalendarDays(today.day, (schedule.day - today.weekday + 7) % 7);
  const at = agencyInstant(day, schedule.hour, schedule.minute, zone);
  return at.getTime() > now.getTime() ? at : agencyInstant(addCalendarDays(day, 7), schedule.hour, schedule.minute, zone);
}

/** The latest scheduled moment at or before `now`: the run a start may have missed. */
export function previousRun(schedule: ReportSchedule, now: Date, zone: string = agencyTimeZone()): Date {
  return nextRun(schedule, new Date(now.getTime() - WEEK_MS), zone);
}

const WEEK_MS = 7 * 24 * 60 * 60_000;

export interface RunningSchedule {
  /** When the next mailing is due. */
  next(): Date;
  /** Resolves once no mailing or retry is running (tests, shutdown). */
  idle(): Promise<void>;
  stop(): void;
}

export function startReportSchedule(deps: {
  db: Database;
  mail: MailSettings;
  reports: ScheduledReports;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  clock?: Clock;
  retryDelaysMs?: number[];
}): RunningSchedule {
  const clock = deps.clock ?? systemClock;
  const delays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  const timers = new Set<unknown>();
  const running = new Set<Promise<void>>();
  let stopped = false;
  let due = nextRun(deps.reports.schedule, clock.now());

  const later = (ms: number, run: () => Promise<void>) => {
    const handle = clock.set(ms, () => {
      timers.delete(handle);
      if (stopped) return;
      const p = run().catch((err: unknown) => deps.log.error({ err }, 'weekly report mailing failed unexpectedly'));
      running.add(p);
      void p.finally(() => running.delete(p));
    });
    timers.add(handle);
  };

  const send = async (branch: string, to: string[], week: ReturnType<typeof lastCompleteWeek>, attempt: number, madeUp: boolean): Promise<void> => {
    if (attempt === 1) {
      // The claim is this instance's for the retries that may follow.
      const claim = await claimMailing(deps.db, branch, week.key, { now: clock.now(), madeUp });
      if (!claim.ok) {
        deps.log.info({ branch, week: week.key, state: claim.by.state, by: claim.by.owner }, claim.by.state === 'SENT' ? 'weekly report already mailed' : 'weekly report being mailed by another instance');
        return;
      }
    }
    try {
      const sent = await mailWeeklyReport(deps.db, deps.mail, { branch, week, to, locale: deps.reports.locale });
      await markSent(deps.db, branch, week.key, { at: clock.now(), messageId: sent.messageId, accepted: sent.accepted });
      deps.log.info({ branch, week: week.key, to: sent.accepted, messageId: sent.messageId, attempt, madeUp }, madeUp ? 'weekly report mailed, made up after a missed run' : 'weekly report mailed');
    } catch (err) {
      const wait = delays[attempt - 1];
      const reason = err instanceof Error ? err.message : String(err);
      if (wait === undefined || stopped) {
        deps.log.error({ branch, week: week.key, attempt, reason }, 'weekly report not mailed; giving up until the next scheduled week');
        await releaseClaim(deps.db, branch, week.key);
        return;
      }
      deps.log.warn({ branch, week: week.key, attempt, reason, retryInMs: wait }, 'weekly report not mailed; trying again');
      later(wait, () => send(branch, to, week, attempt + 1, madeUp));
    }
  };

  /** Each branch after the other: a report reads several questions, so a mailing of many branches does not take every connection at once. */
  const sendAll = async (week: ReturnType<typeof lastCompleteWeek>, madeUp: boolean) => {
    for (const [branch, to] of deps.reports.recipients) {
      await send(branch, to, week, 1, madeUp).catch((err: unknown) => deps.log.error({ err, branch, week: week.key }, 'weekly report mailing failed unexpectedly'));
    }
  };

  const arm = () => {
    later(Math.max(0, due.getTime() - clock.now().getTime()), async () => {
      const week = lastCompleteWeek(clock.now());
      due = nextRun(deps.reports.schedule, new Date(Math.max(clock.now().getTime(), due.getTime())));
      arm();
      await sendAll(week, false);
    });
  };
  arm();
  // The latest run before this start: its week is mailed now to each branch it has not reached.
  const missed = lastCompleteWeek(previousRun(deps.reports.schedule, clock.now()));
  later(0, () => sendAll(missed, true));
  deps.log.info({ schedule: deps.reports.schedule.text, next: due.toString(), branches: [...deps.reports.recipients.keys()] }, 'weekly reports scheduled');

  return {
    next: () => due,
    idle: async () => {
      while (running.size) await Promise.all([...running]);
    },
    stop: () => {
      stopped = true;
      for (const t of timers) clock.clear(t);
      timers.clear();
    },
  };
}
