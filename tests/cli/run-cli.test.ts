// Database errors as the CLIs say them: short, in the user's language, never the SQL.
import { describe, expect, it } from 'vitest';
import { argLanguage, envLanguage } from '../../server/cli/run-cli.ts';
import { describeDatabaseError } from '../../server/db/errors.ts';

const knexError = (sql: string, driver: string, code?: string) => Object.assign(new Error(`${sql} - ${driver}`), { code });

describe('describeDatabaseError', () => {
  it('drops the statement knex puts in front of the driver message', () => {
    const e = knexError('update `branch` set `name` = 1 - 2', 'SQLITE_CONSTRAINT: NOT NULL constraint failed: branch.source');
    expect(describeDatabaseError(e, 'en')).toBe('NOT NULL constraint failed: branch.source');
  });

  it('says what a known code means, in both languages, also from a bare message (a report detail)', () => {
    const busy = knexError('insert into `import_run` (`kind`) values (?)', 'SQLITE_BUSY: database is locked', 'SQLITE_BUSY');
    expect(describeDatabaseError(busy, 'en')).toBe('the database is busy (another write is in progress), try again');
    expect(describeDatabaseError(busy.message, 'id')).toMatch(/^basis data sedang sibuk/);
    expect(describeDatabaseError(new Error('connect ECONNREFUSED 127.0.0.1:5432'), 'en')).toBe('the database server refuses connections');
  });

  it('reads the language from LC_ALL, then LANG', () => {
    expect(envLanguage({ LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(envLanguage({ LC_ALL: 'en_US.UTF-8', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(envLanguage({ LC_ALL: '', LANG: 'C' })).toBe('en');
  });
});

describe('argLanguage', () => {
  it('takes a valid --lang anywhere on the line, else the environment', () => {
    expect(argLanguage(['membership', 'x.csv', '--lang', 'id'], { LANG: 'C' })).toBe('id');
    expect(argLanguage(['--lang=en', 'membership'], { LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(argLanguage(['--lang', 'fr'], { LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(argLanguage([], { LANG: 'C' })).toBe('en');
  });
});
