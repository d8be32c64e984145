// Starts one throw-away PostgreSQL cluster for the whole run (unless DATABASE_URL points at
// a server already) and hands its URL to the tests as `pgUrl`. Set PANTAU_SKIP_POSTGRES=1 to
// run without PostgreSQL (the PostgreSQL tests then report themselves as skipped).
import type { TestProject } from 'vitest/node';
import { type ThrowawayPostgres, startThrowawayPostgres } from './postgres-cluster.ts';

let cluster: ThrowawayPostgres | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export async function setup(project: TestProject): Promise<void> {
  const given = process.env.DATABASE_URL;
  if (given?.startsWith('postgres')) {
    project.provide('pgUrl', given);
    return;
  }
  if (process.env.PANTAU_SKIP_POSTGRES === '1') {
    project.provide('pgUrl', '');
    return;
  }
  cluster = await startThrowawayPostgres();
  project.provide('pgUrl', cluster.url);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
