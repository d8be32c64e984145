// The language of a weekly report sent by `npm run report -- send`: the recipients', not the
// operator's shell. On a server LANG is C or en_US, yet the branch's team reads Indonesian: the
// mail and its PDF follow --lang, else REPORT_LANG, else Indonesian; the command's own line follows
// the shell. A real process, a real SMTP server on loopback, the PDF read back.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { pdfText } from '../support/pdf-text.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { preparedDatabase, type PreparedDatabase, WEEK } from './prepare.ts';

const run = promisify(execFile);

describe('the language of npm run report -- send', () => {
  let smtp: SmtpSink;
  let prepared: PreparedDatabase;
  beforeAll(async () => {
    [smtp, prepared] = await Promise.all([startSmtpSink(), preparedDatabase('sqlite')]);
  });
  afterAll(async () => {
    await smtp?.close();
    await prepared?.cleanup();
  });

  /** Sends Madiun's week to one address; the mail received and the command's output. */
  async function send(address: string, extraArgs: string[], env: Record<string, string>) {
    const before = smtp.received.length;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/report/weekly/cli.ts', 'send', '--branch', 'MADIUN', '--to', address, '--week', WEEK, ...extraArgs], {
      cwd: ROOT_DIR,
      env: { ...process.env, LC_ALL: '', REPORT_LANG: '', DATABASE_URL: prepared.url, SMTP_URL: smtp.url, MAIL_FROM: 'pantau@example.id', ...env },
      timeout: 60_000,
    });
    const mail = (await smtp.waitFor(before + 1)).slice(before).find((m) => m.envelopeTo.includes(address))!;
    return { stdout, subject: mail.mail.subject, pdf: pdfText(mail.mail.attachments[0].content).text };
  }

  it('is Indonesian by default although the shell speaks English; the command itself answers in English', async () => {
    const got = await send('kabid@example.id', [], { LANG: 'en_US.UTF-8' });
    expect(got.subject).toBe(`Laporan mingguan Kantor Cabang Madiun, minggu ${WEEK}`);
    expect(got.pdf).toMatch(/Laporan\s+Mingguan/);
    expect(got.pdf).not.toMatch(/Weekly\s+Report/);
    expect(got.stdout).toContain(`weekly report of MADIUN for week ${WEEK} sent to kabid@example.id`);
  });

  it('follows REPORT_LANG, and --lang before it', async () => {
    const configured = await send('ar@example.id', [], { LANG: 'C', REPORT_LANG: 'en' });
    expect(configured.subject).toBe(`Weekly report Kantor Cabang Madiun, week ${WEEK}`);
    expect(configured.pdf).toMatch(/Weekly\s+Report/);
    const asked = await send('ark@example.id', ['--lang', 'id'], { LANG: 'C', REPORT_LANG: 'en' });
    expect(asked.subject).toBe(`Laporan mingguan Kantor Cabang Madiun, minggu ${WEEK}`);
  });

  it('refuses a REPORT_LANG it does not know, naming it', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', 'server/report/weekly/cli.ts', 'send', '--branch', 'MADIUN', '--to', 'x@example.id', '--week', WEEK], {
      cwd: ROOT_DIR,
      env: { ...process.env, LANG: 'C', LC_ALL: '', REPORT_LANG: 'fr', DATABASE_URL: prepared.url, SMTP_URL: smtp.url, MAIL_FROM: 'pantau@example.id' },
      timeout: 60_000,
    }).then(() => null, (err: { code?: number; stderr?: string }) => err);
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/REPORT_LANG: "fr" is not id or en/);
  });
});
