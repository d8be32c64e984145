// The weekly report by mail, received by a real SMTP server on loopback: sent by
// `npm run report -- send` as a real process, and by the server's schedule (its clock moved on
// by the test, so nothing waits for Monday). Recipients, the subject naming branch and week, and
// the attached PDF read back with pdftotext. A week missed while the server was down is made up
// once at a start: not again after a restart, and once only by two servers starting together on
// one PostgreSQL (what was sent is recorded in the database). Both databases.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { openDatabase } from '../../server/db/orm.ts';
import { claimMailing, mailingOf, markSent } from '../../server/mail/mailing-record.ts';
import { type Clock, startReportSchedule } from '../../server/mail/schedule.ts';
import { readSchedule } from '../../server/mail/settings.ts';
import { pdfText } from '../support/pdf-text.ts';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../support/smtp-sink.ts';
import { availableDialects } from '../support/test-server.ts';
import { ACTION, CARRIED, preparedDatabase, type PreparedDatabase, WEEK } from './prepare.ts';

/** An instant on the agency's clock (Asia/Jakarta, UTC+7, the default PANTAU_TIME_ZONE), whatever this process's zone. */
const wib = (year: number, month: number, day: number, hour: number, minute: number, second = 0) => new Date(Date.UTC(year, month, day, hour - 7, minute, second));

const run = promisify(execFile);

/** `npm run report -- …` as a process of its own; never rejects, returns the exit code. */
async function reportCli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'server/report/weekly/cli.ts', ...args], {
      cwd: ROOT_DIR,
      env: { ...process.env, LANG: 'C', LC_ALL: '', SMTP_URL: '', MAIL_FROM: '', ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

function expectReport(got: ReceivedMail, to: string[], lang: 'id' | 'en') {
  expect(got.envelopeTo).toEqual(to);
  expect(got.mail.subject).toBe(lang === 'en' ? `Weekly report Kantor Cabang Madiun, week ${WEEK}` : `Laporan mingguan Kantor Cabang Madiun, minggu ${WEEK}`);
  expect(got.mail.from?.text).toContain('pantau@example.id');
  expect(got.mail.text).toContain(WEEK);
  expect(got.mail.text).toContain('Kantor Cabang Madiun');
  const [pdf] = got.mail.attachments;
  expect(pdf.contentType).toBe('application/pdf');
  expect(pdf.filename).toMatch(new RegExp(`MADIUN-${WEEK}\\.pdf$`));
  expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
  const { text, pages } = pdfText(pdf.content);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(text).toContain('Kantor Cabang Madiun');
  expect(text).toContain(WEEK);
  expect(text).toContain(ACTION);
  expect(text).toContain(CARRIED);
  expect(text).toContain('SYNTHETIC');
  return text;
}

/** A clock the test moves by hand: timers run when it passes their time. */
class ManualClock implements Clock {
  private timers = new Map<number, { at: number; run: () => void }>();
  private id = 0;
  constructor(private t: number) {}
  now = () => new Date(this.t);
  set = (ms: number, run: () => void) => {
    this.timers.set(++this.id, { at: this.t + ms, run });
    return this.id;
  };
  clear = (handle: unknown) => void this.timers.delete(handle as number);
  pending = () => [...this.timers.values()].map((t) => new Date(t.at));
  moveTo(date: Date) {
    this.t = date.getTime();
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= this.t).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) return;
      this.timers.delete(due[0]);
      due[1].run();
    }
  }
}

describe.each(availableDialects())('the weekly report by mail on %s', (dialect) => {
  let smtp: SmtpSink;
  let prepared: PreparedDatabase;
  beforeAll(async () => {
    [smtp, prepared] = await Promise.all([startSmtpSink(), preparedDatabase(dialect)]);
  });
  afterAll(async () => {
    await smtp?.close();
    await prepared?.cleanup();
  });

  it('npm run report -- send mails the week with its PDF', async () => {
    const before = smtp.received.length;
    const r = await reportCli(['send', '--branch', 'madiun', '--to', 'kabid@example.id,ar@example.id', '--week', WEEK, '--lang', 'en'], {
      DATABASE_URL: prepared.url, SMTP_URL: smtp.url, MAIL_FROM: 'Pantau <pantau@example.id>',
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`weekly report of MADIUN for week ${WEEK} sent to kabid@example.id, ar@example.id`);
    const [got] = (await smtp.waitFor(before + 1)).slice(before);
    const text = expectReport(got, ['kabid@example.id', 'ar@example.id'], 'en');
    expect(text).toContain('AR/ARK league table');
    expect(text).toContain('10 October 2025');
  });

  it('says what is wrong, naming the setting, and exits non-zero', async () => {
    const base = { DATABASE_URL: prepared.url, MAIL_FROM: 'pantau@example.id' };
    const withSmtp = { ...base, SMTP_URL: smtp.url };
    // Each is a process of its own: run side by side.
    const [noSmtp, badTo, badWeek, badBranch, closed] = await Promise.all([
      reportCli(['send', '--branch', 'MADIUN', '--to', 'kabid@example.id'], base),
      reportCli(['send', '--branch', 'MADIUN', '--to', 'kabid'], withSmtp),
      reportCli(['send', '--branch', 'MADIUN', '--to', 'kabid@example.id', '--week', '2025-W60'], withSmtp),
      reportCli(['send', '--branch', 'NOWHERE', '--to', 'kabid@example.id'], withSmtp),
      // Nobody answers on this port: the mail server's problem is exit 1, in one line.
      reportCli(['send', '--branch', 'MADIUN', '--to', 'kabid@example.id', '--week', WEEK], { ...base, SMTP_URL: 'smtp://127.0.0.1:9' }),
    ]);
    expect(noSmtp.code).toBe(2);
    expect(noSmtp.stderr).toMatch(/SMTP_URL: not set/);
    expect(badTo.code).toBe(2);
    expect(badTo.stderr).toMatch(/--to: "kabid" is not an e-mail address/);
    expect(badWeek.code).toBe(2);
    expect(badWeek.stderr).toMatch(/--week: 2025 has weeks W01 to W52/);
    expect(badBranch.code).toBe(2);
    expect(badBranch.stderr).toMatch(/--branch: unknown branch code/);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toMatch(/^error: the report was not sent through 127\.0\.0\.1:9: /);
    expect(closed.stderr).not.toMatch(/\n\s+at /);
  });

  it('the schedule mails every branch of REPORT_RECIPIENTS the last complete week at its hour, and tries again after a refusal', async () => {
    const before = smtp.received.length;
    // Monday 6 October 2025, 06:59 Jakarta time: the last complete week is 2025-W40.
    const clock = new ManualClock(wib(2025, 9, 6, 6, 59).getTime());
    const logged: { level: string; msg: string; obj: Record<string, unknown> }[] = [];
    const log = Object.fromEntries(['info', 'warn', 'error'].map((level) => [level, (obj: Record<string, unknown>, msg: string) => logged.push({ level, msg, obj })])) as never;
    // Last Monday's run (2025-W39) went out, so this start has nothing to make up.
    for (const branch of ['MADIUN', 'KEDIRI']) {
      expect(await claimMailing(prepared.db, branch, '2025-W39', { now: wib(2025, 8, 29, 7, 0), madeUp: false })).toEqual({ ok: true });
      await markSent(prepared.db, branch, '2025-W39', { at: wib(2025, 8, 29, 7, 0), messageId: '<w39@example.id>', accepted: ['kabid@example.id'] });
    }
    const schedule = startReportSchedule({
      db: prepared.db,
      mail: { smtpUrl: smtp.url, from: 'pantau@example.id' },
      reports: { schedule: readSchedule('mon 07:00'), recipients: new Map([['MADIUN', ['kabid@example.id']], ['KEDIRI', ['kabid.kediri@example.id']]]), locale: 'id' },
      log,
      clock,
      retryDelaysMs: [60_000],
    });
    try {
      expect(schedule.next()).toEqual(wib(2025, 9, 6, 7, 0));
      clock.moveTo(wib(2025, 9, 6, 6, 59, 59));
      await schedule.idle();
      expect(smtp.received.length).toBe(before);

      smtp.refuse(1);
      clock.moveTo(wib(2025, 9, 6, 7, 0));
      await schedule.idle();
      // Madiun's first attempt was refused and waits a minute; Kediri's went through.
      const [kediri] = (await smtp.waitFor(before + 1)).slice(before);
      expect(kediri.envelopeTo).toEqual(['kabid.kediri@example.id']);
      expect(kediri.mail.subject).toBe(`Laporan mingguan Kantor Cabang Kediri, minggu ${WEEK}`);
      expect(logged.find((l) => l.level === 'warn')).toMatchObject({ msg: 'weekly report not mailed; trying again', obj: { branch: 'MADIUN', week: WEEK, attempt: 1 } });
      expect(schedule.next()).toEqual(wib(2025, 9, 13, 7, 0));

      clock.moveTo(wib(2025, 9, 6, 7, 1));
      await schedule.idle();
      const [madiun] = (await smtp.waitFor(before + 2)).slice(before + 1);
      expect(expectReport(madiun, ['kabid@example.id'], 'id')).toContain('Klasemen AR/ARK');
      expect(logged.filter((l) => l.msg === 'weekly report mailed').map((l) => l.obj.branch)).toEqual(['KEDIRI', 'MADIUN']);
      // Only next week's run is left.
      expect(clock.pending()).toEqual([wib(2025, 9, 13, 7, 0)]);
    } finally {
      schedule.stop();
    }
    expect(clock.pending()).toEqual([]);
    expect(await mailingOf(prepared.db, 'MADIUN', WEEK)).toMatchObject({ state: 'SENT', madeUp: false, recipients: 'kabid@example.id' });
  });

  it('makes a missed week up once at a start: not again after a restart, not twice by two servers on one database', async () => {
    const reports = { schedule: readSchedule('mon 07:00'), recipients: new Map([['MADIUN', ['kabid@example.id']], ['KEDIRI', ['kabid.kediri@example.id']]]), locale: 'id' as const };
    const mail = { smtpUrl: smtp.url, from: 'pantau@example.id' };
    const logged: { msg: string; obj: Record<string, unknown> }[] = [];
    const log = Object.fromEntries(['info', 'warn', 'error'].map((level) => [level, (obj: Record<string, unknown>, msg: string) => logged.push({ msg, obj })])) as never;
    const subjects = (from: number) => smtp.received.slice(from).map((m) => m.mail.subject).sort();
    /** A server started at `at` on `db`, run until it has nothing left to do now, then stopped. */
    const startAt = async (at: Date, db = prepared.db) => {
      const clock = new ManualClock(at.getTime());
      const schedule = startReportSchedule({ db, mail, reports, log, clock, retryDelaysMs: [] });
      return { clock, schedule, settle: async () => { clock.moveTo(at); await schedule.idle(); schedule.stop(); } };
    };

    // Down at Monday 20 October's 07:00; started on Wednesday: 2025-W42 is mailed now, once per branch.
    const before = smtp.received.length;
    await (await startAt(wib(2025, 9, 22, 10, 0))).settle();
    expect(subjects(before)).toEqual(['Laporan mingguan Kantor Cabang Kediri, minggu 2025-W42', 'Laporan mingguan Kantor Cabang Madiun, minggu 2025-W42']);
    expect(await mailingOf(prepared.db, 'MADIUN', '2025-W42')).toMatchObject({ state: 'SENT', madeUp: true, recipients: 'kabid@example.id' });
    expect(logged.filter((l) => l.msg === 'weekly report mailed, made up after a missed run').map((l) => l.obj.week)).toEqual(['2025-W42', '2025-W42']);

    // Restarted an hour later: nothing again.
    await (await startAt(wib(2025, 9, 22, 11, 0))).settle();
    expect(smtp.received.length).toBe(before + 2);
    expect(logged.filter((l) => l.msg === 'weekly report already mailed').map((l) => l.obj.branch)).toEqual(['MADIUN', 'KEDIRI']);

    if (dialect !== 'postgresql') return;
    // Two servers on one PostgreSQL, both started after the next missed Monday (2025-W43): one mail per branch.
    const other = await openDatabase(prepared.target);
    try {
      const [a, b] = [await startAt(wib(2025, 9, 29, 9, 0)), await startAt(wib(2025, 9, 29, 9, 0), other)];
      await Promise.all([a.settle(), b.settle()]);
      expect(subjects(before + 2)).toEqual(['Laporan mingguan Kantor Cabang Kediri, minggu 2025-W43', 'Laporan mingguan Kantor Cabang Madiun, minggu 2025-W43']);
      expect(logged.filter((l) => l.obj.week === '2025-W43' && /already mailed|another instance/.test(l.msg))).toHaveLength(2);
    } finally {
      await other.close();
    }
  });
});
