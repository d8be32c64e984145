// The server's own weekly mailing (REPORT_SCHEDULE, REPORT_RECIPIENTS): at the given day and
// time (the agency's clock, PANTAU_TIME_ZONE) it mails each branch's report of the last complete week to that
// branch's recipients. A send that fails is logged and tried again later (RETRY_DELAYS), one
// branch's failure never stops the others, and nothing here ever throws into the server. A
// start after the hour waits for the next week's: nothing is sent twice, nothing made up for.
// The clock is a parameter, so a test can move time on and see the mail arrive at once.
import type { Logger } from 'pino';
import { addCalendarDays, agencyClock, agencyInstant, agencyTimeZone } from '../../common/time/agency-time.ts';
import type { Database } from '../db/orm.ts';
import { lastCompleteWeek } from '../report/weekly/data.ts';
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

  const send = async (branch: string, to: string[], week: ReturnType<typeof lastCompleteWeek>, attempt: number): Promise<void> => {
    try {
      const sent = await mailWeeklyReport(deps.db, deps.mail, { branch, week, to, locale: deps.reports.locale });
      deps.log.info({ branch, week: week.key, to: sent.accepted, messageId: sent.messageId, attempt }, 'weekly report mailed');
    } catch (err) {
      const wait = delays[attempt - 1];
      const reason = err instanceof Error ? err.message : String(err);
      if (wait === undefined || stopped) {
        deps.log.error({ branch, week: week.key, attempt, reason }, 'weekly report not mailed; giving up until the next scheduled week');
        return;
      }
      deps.log.warn({ branch, week: week.key, attempt, reason, retryInMs: wait }, 'weekly report not mailed; trying again');
      later(wait, () => send(branch, to, week, attempt + 1));
    }
  };

  const arm = () => {
    later(Math.max(0, due.getTime() - clock.now().getTime()), async () => {
      const week = lastCompleteWeek(clock.now());
      due = nextRun(deps.reports.schedule, new Date(Math.max(clock.now().getTime(), due.getTime())));
      arm();
      // One branch after the other: a report reads several questions, so a mailing of many
      // branches does not take every connection at once.
      for (const [branch, to] of deps.reports.recipients) await send(branch, to, week, 1);
    });
  };
  arm();
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
