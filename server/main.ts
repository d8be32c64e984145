// Starts Pantau: reads the configuration, opens and migrates the database, seeds the demo data
// on first start, serves HTTP, and shuts down gracefully on SIGINT/SIGTERM.
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/orm.ts';
import { seedDemoDataIfEmpty } from './db/seed/seed.ts';
import { logger } from './logger.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  if (config.demoData) {
    const seeded = await seedDemoDataIfEmpty(db);
    if (seeded) logger.info(seeded, 'seeded demo data (study figures + synthetic data)');
  }
  const { app, close, warmUp } = await createApp({ db, config });
  const server = app.listen(config.port, () => {
    const where = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL';
    logger.info(`Pantau is serving on http://localhost:${config.port} (database: ${where})`);
    void warmUp();
  });
  const shutdown = (signal: string) => {
    logger.info(`${signal}: shutting down`);
    server.close(async () => {
      await close();
      await db.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err) => {
  logger.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
