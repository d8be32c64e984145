// Starts Pantau: reads the configuration, opens and migrates the database, seeds the demo data
// on first start, serves HTTP and prints where everything is. Shutdown is owned here, in one
// place (server/http/shutdown.ts): on SIGINT/SIGTERM, or when npm that started us is gone, the
// port closes, requests in flight finish (up to 10 s), then GraphQL and the database close
// and the process exits 0. A port that cannot be bound is one line on stderr and exit 1.
import type { AddressInfo } from 'node:net';
import { setAgencyTimeZone } from '../common/time/agency-time.ts';
import { countAccounts } from './auth/accounts.ts';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/orm.ts';
import { seedDemoDataIfEmpty } from './db/seed/seed.ts';
import { closeAbandonedRuns } from './import/history.ts';
import { printBanner, urlHost } from './http/banner.ts';
import { listen, ListenError } from './http/listen.ts';
import { startedByNpm, watchParents } from './http/parent-watch.ts';
import { installShutdown } from './http/shutdown.ts';
import { logger } from './logger.ts';
import { checkRecipientBranches } from './mail/recipients-check.ts';
import { startReportSchedule } from './mail/schedule.ts';
import { readScheduledReports, SettingError } from './mail/settings.ts';

/**
 * The configuration and the weekly mailing's settings, read before anything opens. A wrong
 * value is the operator's to fix, named in its one line (config.ts and mail/settings.ts word
 * them so): a SettingError, which is printed alone, without a log record and its stack.
 */
function readSettings() {
  try {
    const config = loadConfig();
    // Which day and week it is, for every review, report and the schedule: the agency's zone.
    setAgencyTimeZone(config.timeZone);
    return { config, scheduled: readScheduledReports(process.env) };
  } catch (err) {
    throw err instanceof SettingError ? err : new SettingError(err instanceof Error ? err.message : String(err));
  }
}

async function main(): Promise<void> {
  // A wrong setting stops the start here, before the database opens.
  const { config, scheduled } = readSettings();
  const db = await openDatabase(config.database);
  let pantau;
  try {
    if (config.demoData) {
      const seeded = await seedDemoDataIfEmpty(db);
      if (seeded) logger.info(seeded, 'seeded demo data (study figures + synthetic data)');
    }
    // An import the previous server was running when it was killed stored nothing: say so in the history.
    const abandoned = await closeAbandonedRuns(db);
    if (abandoned.length > 0) logger.warn({ runs: abandoned.map((r) => r.id) }, 'import attempts of a stopped process marked as failed');
    if (scheduled) await checkRecipientBranches(db, scheduled.reports);
    pantau = await createApp({ db, config });
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  const { app, close, warmUp, readiness } = pantau;
  const server = await listen(app, config.port, config.host).catch(async (err: unknown) => {
    await close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw err;
  });
  const mailing = scheduled ? startReportSchedule({ db, ...scheduled, log: logger }) : null;
  const shutdown = installShutdown({
    server,
    onBegin: () => {
      readiness.draining = true;
    },
    closers: [
      {
        name: 'weekly report schedule',
        close: async () => {
          mailing?.stop();
          await mailing?.idle();
        },
      },
      { name: 'GraphQL server', close },
      { name: 'database', close: () => db.close() },
    ],
  });
  if (startedByNpm()) watchParents((why) => void shutdown(`${why}`));
  // The address and port bound, not the ones asked for: HOST=localhost may have resolved to ::1.
  const bound = server.address() as AddressInfo;
  printBanner({
    port: bound.port,
    host: urlHost(bound),
    database: config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL',
    accounts: await countAccounts(db),
  });
  void warmUp();
}

main().catch((err: unknown) => {
  // Written straight to stderr, whatever the log level: this is the one line the user must see.
  // A refused setting or port is all there is to say; anything else is also logged with its stack.
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`error: ${message}\n`);
  if (!(err instanceof ListenError || err instanceof SettingError)) logger.error({ err }, 'Pantau could not start');
  process.exit(1);
});
