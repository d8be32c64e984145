// The migrations of each dialect, listed explicitly so that they load the same way under tsx,
// vitest and a bundler (no directory scanning at run time). `npm run migration:create` writes
// a new migration for both dialects and adds it here.
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { Dialect } from '../orm.ts';
import * as postgresql from './postgresql/list.ts';
import * as sqlite from './sqlite/list.ts';

export interface MigrationEntry {
  name: string;
  class: Constructor<Migration>;
}

export function migrationsFor(dialect: Dialect): MigrationEntry[] {
  return dialect === 'sqlite' ? sqlite.migrations : postgresql.migrations;
}
