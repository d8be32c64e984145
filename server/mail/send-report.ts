// Mails one branch's weekly report: the PDF attached, subject and body naming the branch and
// the week, in the report's language, through the SMTP server of SMTP_URL.
import nodemailer from 'nodemailer';
import type { Locale } from '../../common/i18n/format.ts';
import { formatDate } from '../../common/i18n/format.ts';
import type { IsoWeek } from '../../common/time/iso-week.ts';
import type { Database } from '../db/orm.ts';
import { weeklyReportData } from '../report/weekly/data.ts';
import { weeklyPdf } from '../report/weekly/pdf.ts';
import { weeklyTexts } from '../report/weekly/texts.ts';
import type { MailSettings } from './settings.ts';

export interface SentReport {
  messageId: string;
  accepted: string[];
  subject: string;
}

/** A transport that gives up on a server that does not answer, instead of waiting for ever. */
export function smtpTransport(mail: MailSettings) {
  return nodemailer.createTransport(mail.smtpUrl, { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 } as never);
}

export async function mailWeeklyReport(db: Database, mail: MailSettings, input: { branch: string; week: IsoWeek; to: string[]; locale: Locale }): Promise<SentReport> {
  const data = await weeklyReportData(db, input.branch, input.week, input.locale);
  const pdf = await weeklyPdf(data);
  const L = weeklyTexts[input.locale].mail;
  const subject = L.subject(data.branchName, input.week.key);
  const review = data.review;
  const text = L.body(
    data.branchName,
    input.week.key,
    formatDate(input.week.first, input.locale),
    formatDate(input.week.last, input.locale),
    review?.actions.length ?? 0,
    review?.carriedOver.length ?? 0,
    !!review,
  );
  const transport = smtpTransport(mail);
  try {
    const info = await transport.sendMail({
      from: mail.from,
      to: input.to,
      subject,
      text,
      attachments: [{ filename: L.fileName(input.branch, input.week.key), content: pdf, contentType: 'application/pdf' }],
    });
    return { messageId: String(info.messageId), accepted: (info.accepted as unknown[]).map(String), subject };
  } finally {
    transport.close();
  }
}
