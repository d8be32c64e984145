// Database errors said in one short line in the user's language: never the SQL statement (knex
// puts it in front of the driver's message), never a stack trace. Used by the command-line tools
// and by the import report (which also reaches GraphQL and the import history).
import { dbErrors, type DbErrorCode } from '../../common/i18n/db-errors.ts';
import type { Locale } from '../../common/i18n/format.ts';

// Codes that mean what another one says, pointed at it rather than given a copy of its text.
// PostgreSQL's SQLSTATEs among them: disk_full (53100); lock_not_available (55P03, a lock_timeout
// or NOWAIT) and deadlock_detected (40P01), both another writer in the way, worth a retry.
const SAME_AS: Record<string, DbErrorCode> = {
  SQLITE_LOCKED: 'SQLITE_BUSY',
  EPERM: 'EACCES',
  ENOSPC: 'SQLITE_FULL',
  '53100': 'SQLITE_FULL',
  '55P03': 'SQLITE_BUSY',
  '40P01': 'SQLITE_BUSY',
};

/** The code among dbErrors' that a driver error code is, or undefined. */
function knownCode(code: unknown): DbErrorCode | undefined {
  if (typeof code !== 'string') return undefined;
  if (Object.hasOwn(dbErrors.en, code)) return code as DbErrorCode;
  return Object.hasOwn(SAME_AS, code) ? SAME_AS[code] : undefined;
}

const SQL_START = /^\s*(select|insert|update|delete|with|create|alter|drop|pragma|begin|commit|rollback)\b/i;

/**
 * A database error as a short reason in the user's language. Knex puts the whole statement in
 * front of the driver's message ("insert into … - SQLITE_BUSY: database is locked"), so the
 * statement is always cut off; known codes get a sentence the user can act on.
 */
export function describeDatabaseError(err: unknown, lang: Locale): string {
  let text = String((err as Error)?.message ?? err).split('\n')[0];
  if (SQL_START.test(text) && text.includes(' - ')) text = text.slice(text.lastIndexOf(' - ') + 3);
  const code = (err as { code?: unknown })?.code;
  const named = text.match(/\b(SQLITE_[A-Z]+|E[A-Z]{3,})\b/g)?.find((c) => knownCode(c));
  const known = knownCode(code) ?? knownCode(named);
  if (known) return dbErrors[lang][known];
  return text.replace(/^SQLITE_[A-Z]+: /, '').slice(0, 300);
}

/**
 * Why text with a NUL character is refused, after the name of the argument that holds it. No
 * text Pantau stores or looks up can hold one: PostgreSQL refuses it in any text value (a lookup
 * fails as a database error), SQLite would only find nothing.
 */
export const NUL_REFUSAL = 'contains a NUL character (U+0000, %00 in a URL), which no text in Pantau can hold: remove it';

/** PostgreSQL's refusal of a NUL character in text (22021, "invalid byte sequence … 0x00"). */
export function isNulTextError(err: unknown): boolean {
  return (err as { code?: unknown })?.code === '22021' && String((err as Error)?.message ?? '').includes('0x00');
}

/**
 * What a database error says about the database rather than the data: its disk is full, or
 * another writer holds the lock (SQLite's busy timeout ran out, PostgreSQL's lock timeout or a
 * deadlock). Both leave nothing of a transaction stored; a busy one is worth a retry.
 */
export function databaseCondition(err: unknown): 'full' | 'busy' | undefined {
  const code = (err as { code?: unknown })?.code;
  const named = String((err as Error)?.message ?? err).match(/\bSQLITE_[A-Z]+\b/g) ?? [];
  const known = [typeof code === 'string' ? knownCode(code) : undefined, ...named.map(knownCode)];
  if (known.includes('SQLITE_FULL')) return 'full';
  if (known.includes('SQLITE_BUSY')) return 'busy';
  return undefined;
}
