// Starts one throw-away PostgreSQL cluster for the whole run (unless DATABASE_URL points at
// a server already) and hands its URL to the tests as `pgUrl`. In the same cluster it creates a
// database with ICU collation (`pgIcuUrl`), the template of the ICU databases tests ask for:
// answers must be the same whatever the collation. Set PANTAU_SKIP_POSTGRES=1 to run without
// PostgreSQL (the PostgreSQL tests then report themselves as skipped).
import type { TestProject } from 'vitest/node';
import { createIcuTemplate, dropDatabase } from './icu-database.ts';
import { type ThrowawayPostgres, startThrowawayPostgres } from '../../server/tools/throwaway-postgres.ts';

let cluster: ThrowawayPostgres | undefined;
let icuTemplate: { admin: string; name: string } | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
    /** A database of the same server created with ICU collation (en-US), '' without PostgreSQL. */
    pgIcuUrl: string;
  }
}

export async function setup(project: TestProject): Promise<void> {
  const given = process.env.DATABASE_URL;
  if (process.env.PANTAU_SKIP_POSTGRES === '1' && !given?.startsWith('postgres')) {
    project.provide('pgUrl', '');
    project.provide('pgIcuUrl', '');
    return;
  }
  let admin: string;
  if (given?.startsWith('postgres')) admin = given;
  else {
    cluster = await startThrowawayPostgres();
    admin = cluster.url;
  }
  project.provide('pgUrl', admin);
  // On a server of the user's, the template gets a name of this run, dropped at teardown.
  const name = cluster ? 'pantau_icu_template' : `pantau_icu_template_${process.pid}`;
  try {
    project.provide('pgIcuUrl', await createIcuTemplate(admin, name));
    if (!cluster) icuTemplate = { admin, name };
  } catch (err) {
    // A server built without ICU: the ICU tests report themselves as skipped, and say why here.
    console.warn(`No ICU database (the collation tests are skipped): ${(err as Error).message}`);
    project.provide('pgIcuUrl', '');
  }
}

export async function teardown(): Promise<void> {
  if (icuTemplate) await dropDatabase(icuTemplate.admin, icuTemplate.name).catch(() => undefined);
  await cluster?.stop();
}
