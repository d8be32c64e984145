// The mail settings of the environment, read strictly: a value that is set but wrong stops the
// start (or the command) with a message naming the variable and the form it takes.
//
//   SMTP_URL            smtp://host:port (smtps:// for TLS from the start; user:password@ allowed)
//   MAIL_FROM           the sender, `pantau@example.id` or `Pantau <pantau@example.id>`
//   REPORT_SCHEDULE     when the server mails the weekly reports itself: `MON 07:00` (a day
//                       MON…SUN and a 24-hour time, on the clock of PANTAU_TIME_ZONE)
//   REPORT_RECIPIENTS   who gets which branch's report: `MADIUN:kabid@example.id,ar@example.id;KEDIRI:…`
//   REPORT_LANG         the language of the scheduled reports: id (default) or en
import type { Locale } from '../../common/i18n/format.ts';

export interface MailSettings {
  smtpUrl: string;
  from: string;
}

export interface ReportSchedule {
  /** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
  day: number;
  hour: number;
  minute: number;
  /** As written in the environment, upper case: `MON 07:00`. */
  text: string;
}

export interface ScheduledReports {
  schedule: ReportSchedule;
  /** Branch code (upper case) → its recipients, in the order given. */
  recipients: Map<string, string[]>;
  locale: Locale;
}

export class SettingError extends Error {}

const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
// A plain address: something@domain.tld, no spaces or angle brackets (what nodemailer sends to).
const ADDRESS = /^[^\s@<>,;:]+@[^\s@<>,;:]+\.[^\s@<>,;:]+$/;

export const isAddress = (text: string): boolean => ADDRESS.test(text);

/** SMTP_URL and MAIL_FROM, or null when SMTP_URL is unset; `required` says who needs them. */
export function readMailSettings(env: NodeJS.ProcessEnv, required?: string): MailSettings | null {
  const url = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  if (!url) {
    if (required) throw new SettingError(`SMTP_URL: not set; ${required} needs it, e.g. SMTP_URL=smtp://mail.example.id:587`);
    if (from) throw new SettingError('SMTP_URL: not set, but MAIL_FROM is; set both (e.g. SMTP_URL=smtp://mail.example.id:587) or neither');
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SettingError(`SMTP_URL: "${url}" is not a URL; use smtp://host:port, e.g. smtp://mail.example.id:587`);
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new SettingError(`SMTP_URL: "${url}" is not an smtp:// or smtps:// URL; use smtp://host:port`);
  if (!parsed.hostname) throw new SettingError('SMTP_URL: names no host; use smtp://host:port');
  if (!from) throw new SettingError(`MAIL_FROM: not set; mails need a sender, e.g. MAIL_FROM="Pantau <pantau@example.id>"`);
  const address = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
  if (!isAddress(address.trim())) throw new SettingError(`MAIL_FROM: "${from}" is not an address; use pantau@example.id or "Pantau <pantau@example.id>"`);
  return { smtpUrl: url, from };
}

/** `MON 07:00` → day, hour and minute. */
export function readSchedule(text: string): ReportSchedule {
  const m = /^([A-Za-z]{3})\s+(\d{1,2}):(\d{2})$/.exec(text.trim());
  const day = m ? DAYS.indexOf(m[1].toUpperCase()) : -1;
  const hour = m ? Number(m[2]) : NaN;
  const minute = m ? Number(m[3]) : NaN;
  if (!m || day < 0 || hour > 23 || minute > 59) {
    throw new SettingError(`REPORT_SCHEDULE: "${text}" is not a day and a time; use a day ${DAYS.slice(1).join(', ')} or SUN and a 24-hour time, e.g. REPORT_SCHEDULE="MON 07:00" (the time of PANTAU_TIME_ZONE, Asia/Jakarta by default)`);
  }
  return { day, hour, minute, text: `${DAYS[day]} ${String(hour).padStart(2, '0')}:${m[3]}` };
}

/** `MADIUN:a@x.id,b@x.id;KEDIRI:c@x.id` → branch → addresses. Branch codes are checked against the database by the caller. */
export function readRecipients(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const form = 'use BRANCH:address,address;BRANCH:address, e.g. REPORT_RECIPIENTS="MADIUN:kabid@example.id,ar@example.id;KEDIRI:kabid.kediri@example.id"';
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const colon = part.indexOf(':');
    const branch = colon > 0 ? part.slice(0, colon).trim().toUpperCase() : '';
    if (!branch || /\s/.test(branch)) throw new SettingError(`REPORT_RECIPIENTS: "${part}" names no branch before ":"; ${form}`);
    const addresses = part.slice(colon + 1).split(',').map((a) => a.trim()).filter(Boolean);
    if (!addresses.length) throw new SettingError(`REPORT_RECIPIENTS: branch ${branch} has no address; ${form}`);
    const bad = addresses.find((a) => !isAddress(a));
    if (bad) throw new SettingError(`REPORT_RECIPIENTS: "${bad}" (branch ${branch}) is not an address; ${form}`);
    if (out.has(branch)) throw new SettingError(`REPORT_RECIPIENTS: branch ${branch} is named twice; give its addresses once, comma separated`);
    out.set(branch, addresses);
  }
  if (!out.size) throw new SettingError(`REPORT_RECIPIENTS: names no branch; ${form}`);
  return out;
}

/**
 * The scheduled reports, or null when REPORT_SCHEDULE and REPORT_RECIPIENTS are both unset.
 * One without the other, or either without SMTP_URL and MAIL_FROM, is an error.
 */
export function readScheduledReports(env: NodeJS.ProcessEnv): { mail: MailSettings; reports: ScheduledReports } | null {
  const schedule = env.REPORT_SCHEDULE?.trim();
  const recipients = env.REPORT_RECIPIENTS?.trim();
  const lang = env.REPORT_LANG?.trim().toLowerCase() || 'id';
  if (lang !== 'id' && lang !== 'en') throw new SettingError(`REPORT_LANG: "${env.REPORT_LANG}" is not id or en`);
  if (!schedule && !recipients) {
    readMailSettings(env);
    return null;
  }
  if (!schedule) throw new SettingError('REPORT_SCHEDULE: not set, but REPORT_RECIPIENTS is; say when to send, e.g. REPORT_SCHEDULE="MON 07:00"');
  if (!recipients) throw new SettingError('REPORT_RECIPIENTS: not set, but REPORT_SCHEDULE is; say who gets which branch, e.g. REPORT_RECIPIENTS="MADIUN:kabid@example.id"');
  const reports = { schedule: readSchedule(schedule), recipients: readRecipients(recipients), locale: lang as Locale };
  return { mail: readMailSettings(env, 'REPORT_SCHEDULE')!, reports };
}
