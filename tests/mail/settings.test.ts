// The mail settings are read strictly: each wrong value is refused naming its variable and the
// form it takes, and a server started with one stops before it serves (a real process).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { nextRun } from '../../server/mail/schedule.ts';
import { readRecipients, readSchedule, readScheduledReports } from '../../server/mail/settings.ts';

/** An instant on the agency's clock (Asia/Jakarta, UTC+7, the default PANTAU_TIME_ZONE), whatever this process's zone. */
const wib = (year: number, month: number, day: number, hour: number, minute: number, second = 0) => new Date(Date.UTC(year, month, day, hour - 7, minute, second));

const MAIL = { SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'Pantau <pantau@example.id>' };

describe('mail settings', () => {
  it('reads a schedule and recipients', () => {
    expect(readScheduledReports({})).toBeNull();
    const read = readScheduledReports({ ...MAIL, REPORT_SCHEDULE: ' mon 7:05 ', REPORT_RECIPIENTS: 'madiun: kabid@example.id, ar@example.id ;KEDIRI:k@example.id;', REPORT_LANG: 'EN' });
    expect(read!.mail).toEqual({ smtpUrl: MAIL.SMTP_URL, from: MAIL.MAIL_FROM });
    expect(read!.reports.schedule).toEqual({ day: 1, hour: 7, minute: 5, text: 'MON 07:05' });
    expect([...read!.reports.recipients]).toEqual([['MADIUN', ['kabid@example.id', 'ar@example.id']], ['KEDIRI', ['k@example.id']]]);
    expect(read!.reports.locale).toBe('en');
  });

  it.each([
    [{ REPORT_SCHEDULE: 'MONDAY 07:00', REPORT_RECIPIENTS: 'MADIUN:a@example.id' }, /^REPORT_SCHEDULE: "MONDAY 07:00" is not a day and a time; .*MON 07:00/],
    [{ REPORT_SCHEDULE: 'MON 24:00', REPORT_RECIPIENTS: 'MADIUN:a@example.id' }, /^REPORT_SCHEDULE: "MON 24:00"/],
    [{ REPORT_SCHEDULE: 'MON 07:00' }, /^REPORT_RECIPIENTS: not set, but REPORT_SCHEDULE is/],
    [{ REPORT_RECIPIENTS: 'MADIUN:a@example.id' }, /^REPORT_SCHEDULE: not set, but REPORT_RECIPIENTS is/],
    [{ REPORT_SCHEDULE: 'MON 07:00', REPORT_RECIPIENTS: 'a@example.id' }, /^REPORT_RECIPIENTS: "a@example.id" names no branch before ":"; use BRANCH:address/],
    [{ REPORT_SCHEDULE: 'MON 07:00', REPORT_RECIPIENTS: 'MADIUN:kabid' }, /^REPORT_RECIPIENTS: "kabid" \(branch MADIUN\) is not an address/],
    [{ REPORT_SCHEDULE: 'MON 07:00', REPORT_RECIPIENTS: 'MADIUN:' }, /^REPORT_RECIPIENTS: branch MADIUN has no address/],
    [{ REPORT_SCHEDULE: 'MON 07:00', REPORT_RECIPIENTS: 'MADIUN:a@example.id;madiun:b@example.id' }, /^REPORT_RECIPIENTS: branch MADIUN is named twice/],
    [{ REPORT_SCHEDULE: 'MON 07:00', REPORT_RECIPIENTS: 'MADIUN:a@example.id', REPORT_LANG: 'fr' }, /^REPORT_LANG: "fr" is not id or en/],
  ])('refuses %o', (env, message) => {
    expect(() => readScheduledReports({ ...MAIL, ...env })).toThrow(message);
  });

  it.each([
    [{ REPORT_SCHEDULE: 'MON 07:00', REPORT_RECIPIENTS: 'MADIUN:a@example.id', MAIL_FROM: 'x' }, /^SMTP_URL: not set; REPORT_SCHEDULE needs it/],
    [{ SMTP_URL: 'http://mail.example.id', MAIL_FROM: 'p@example.id' }, /^SMTP_URL: "http:\/\/mail.example.id" is not an smtp:\/\/ or smtps:\/\/ URL/],
    [{ SMTP_URL: 'mail.example.id:25', MAIL_FROM: 'p@example.id' }, /^SMTP_URL: "mail.example.id:25" is not an smtp:\/\/ or smtps:\/\/ URL/],
    [{ SMTP_URL: 'smtp://mail.example.id:25' }, /^MAIL_FROM: not set/],
    [{ SMTP_URL: 'smtp://mail.example.id:25', MAIL_FROM: 'Pantau' }, /^MAIL_FROM: "Pantau" is not an address/],
    [{ MAIL_FROM: 'p@example.id' }, /^SMTP_URL: not set, but MAIL_FROM is/],
  ])('refuses the mail server settings %o', (env, message) => {
    expect(() => readScheduledReports(env)).toThrow(message);
  });

  it('takes the next day and time of the schedule, a week on once it has passed', () => {
    const mon7 = readSchedule('MON 07:00');
    expect(nextRun(mon7, wib(2026, 0, 26, 6, 0))).toEqual(wib(2026, 0, 26, 7, 0));
    expect(nextRun(mon7, wib(2026, 0, 26, 7, 0))).toEqual(wib(2026, 1, 2, 7, 0));
    expect(nextRun(readSchedule('SUN 23:30'), wib(2026, 0, 26, 7, 0))).toEqual(wib(2026, 1, 1, 23, 30));
    expect(readRecipients('B:a@example.id').get('B')).toEqual(['a@example.id']);
  });

  it('stops a server started with a bad value, naming the variable', async () => {
    const run = promisify(execFile);
    const started = await run(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT_DIR,
      env: { ...process.env, ...MAIL, DATABASE_URL: ':memory:', PORT: '0', REPORT_SCHEDULE: 'every monday', REPORT_RECIPIENTS: 'MADIUN:kabid@example.id' },
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(started.code).toBe(1);
    expect(started.stderr).toMatch(/^error: REPORT_SCHEDULE: "every monday" is not a day and a time/m);
  });

  it('says a refused setting in one line, with no log record or stack after it, when the output is not a terminal (tryout T14)', async () => {
    const run = promisify(execFile);
    const start = (env: Record<string, string>) =>
      run(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT_DIR, env: { ...process.env, VITEST: '', LOG_LEVEL: 'info', DATABASE_URL: ':memory:', PORT: '0', ...env }, timeout: 110_000 }).then(
        () => ({ code: 0, stdout: '', stderr: '' }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const refused = await Promise.all([
      start({ ...MAIL, REPORT_SCHEDULE: 'MONDAY 7', REPORT_RECIPIENTS: 'MADIUN:kabid@example.id' }),
      // Checked against the database (the demo branches), after it opened.
      start({ ...MAIL, REPORT_SCHEDULE: 'MON 07:00', REPORT_RECIPIENTS: 'NOWHERE:kabid@example.id' }),
      start({ PANTAU_TIME_ZONE: 'Mars/Olympus' }),
    ]);
    const lines = [/^error: REPORT_SCHEDULE: "MONDAY 7" is not a day and a time/, /^error: REPORT_RECIPIENTS: no branch NOWHERE in the database/, /^error: PANTAU_TIME_ZONE: /];
    refused.forEach((r, i) => {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(lines[i]);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).not.toMatch(/could not start|"stack"/);
    });
    // Three servers starting side by side on a shared machine.
  }, 120_000);
});
