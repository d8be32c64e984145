// npm run report -- send --branch CODE --to ADDRESS[,ADDRESS…] [--week YYYY-Www] [--lang id|en]
//
// Mails one branch's weekly report (the PDF of /report/week.pdf attached) through SMTP_URL from
// MAIL_FROM, read from the configured database (DATABASE_URL). Default week: the last complete
// one; default language of the mail: REPORT_LANG, else Indonesian. Exit status: 0 sent, 1 the
// mail server refused or could not be reached, 2 bad usage, a
// setting missing or wrong, an unknown branch or week, or a database error.
import { setAgencyTimeZone } from '../../../common/time/agency-time.ts';
import { loadConfig } from '../../config.ts';
import { argLanguage, CliError, openCliDatabase, runCli } from '../../cli/run-cli.ts';
import { cli } from '../../../common/i18n/cli.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import { resolveBranch } from '../../domains/branches/query.ts';
import { weekArgument } from '../../domains/reviews/input.ts';
import { BadInputError } from '../../errors.ts';
import { reportCliTexts } from '../../mail/cli-texts.ts';
import { mailWeeklyReport } from '../../mail/send-report.ts';
import { isAddress, readMailSettings, SettingError } from '../../mail/settings.ts';
import { lastCompleteWeek } from './data.ts';

/**
 * The language of the mail and its PDF: --lang, else REPORT_LANG, else Indonesian. Not the
 * shell's LANG, which is the operator's (and C or en_US on most servers): the recipients are the
 * branch's team. The command's own messages follow the operator (argLanguage).
 */
function mailLanguage(asked: string | undefined, env: NodeJS.ProcessEnv): Locale {
  if (asked === 'id' || asked === 'en') return asked;
  const configured = env.REPORT_LANG?.trim().toLowerCase() || 'id';
  if (configured !== 'id' && configured !== 'en') throw new CliError(`REPORT_LANG: "${env.REPORT_LANG}" is not id or en`);
  return configured;
}

function readArgs(args: string[], lang: Locale): { branch: string; to: string[]; week?: string; lang: Locale } {
  const T = reportCliTexts[lang];
  const say = cli[lang].usageErrors;
  const options: Record<string, string> = {};
  const to: string[] = [];
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (['--branch', '--to', '--week', '--lang'].includes(name)) {
      const v = eq > 0 && name !== a ? a.slice(eq + 1) : args[++i];
      if (!v) throw new CliError(`${say.needsValue(name)}\n${T.usage}`);
      if (name === '--to') to.push(...v.split(',').map((s) => s.trim()).filter(Boolean));
      else options[name] = v;
    } else if (a.startsWith('--')) throw new CliError(`${say.unknownOption(a)}\n${T.usage}`);
    else positional.push(a);
  }
  if (positional[0] !== 'send') throw new CliError(`${T.expectedSend(positional[0])}\n${T.usage}`);
  if (positional.length > 1) throw new CliError(`${say.unexpected(positional[1])}\n${T.usage}`);
  if (options['--lang'] && options['--lang'] !== 'id' && options['--lang'] !== 'en') throw new CliError(`${say.badLang(options['--lang'])}\n${T.usage}`);
  if (!options['--branch']) throw new CliError(`${T.needs('--branch')}\n${T.usage}`);
  if (!to.length) throw new CliError(`${T.needs('--to')}\n${T.usage}`);
  const bad = to.find((a) => !isAddress(a));
  if (bad) throw new CliError(T.badAddress(bad));
  return { branch: options['--branch'], to, week: options['--week'], lang: mailLanguage(options['--lang'], process.env) };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.error(reportCliTexts[argLanguage(args)].usage);
    return 0;
  }
  const lang = argLanguage(args);
  const T = reportCliTexts[lang];
  const asked = readArgs(args, lang);
  let mail;
  try {
    mail = readMailSettings(process.env, 'npm run report -- send')!;
  } catch (err) {
    if (err instanceof SettingError) throw new CliError(err.message);
    throw err;
  }
  const config = loadConfig();
  // "Last complete week" is the agency's, not this machine's zone's (PANTAU_TIME_ZONE).
  setAgencyTimeZone(config.timeZone);
  let week;
  try {
    week = asked.week ? weekArgument('--week', asked.week) : lastCompleteWeek();
  } catch (err) {
    if (err instanceof BadInputError) throw new CliError(err.message);
    throw err;
  }
  const db = await openCliDatabase(config.database, lang);
  try {
    let branch: string;
    try {
      branch = (await resolveBranch(db, asked.branch, '--branch'))!;
    } catch (err) {
      if (err instanceof BadInputError) throw new CliError(err.message);
      throw err;
    }
    try {
      const sent = await mailWeeklyReport(db, mail, { branch, week, to: asked.to, locale: asked.lang });
      console.log(T.sent(branch, week.key, sent.accepted.join(', '), sent.messageId));
      return 0;
    } catch (err) {
      if (err instanceof CliError) throw err;
      const code = (err as { code?: string }).code;
      // A mail server problem (nodemailer's codes: ECONNECTION, ETIMEDOUT, EAUTH, EENVELOPE…).
      if (code && /^E[A-Z]+$/.test(code)) throw new CliError(T.notSent(new URL(mail.smtpUrl).host, (err as Error).message.split('\n')[0]), 1);
      throw err;
    }
  } finally {
    await db.close().catch(() => undefined);
  }
}

runCli(main);
