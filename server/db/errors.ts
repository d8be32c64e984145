// Database errors said in one short line in the user's language: never the SQL statement (knex
// puts it in front of the driver's message), never a stack trace. Used by the command-line tools
// and by the import report (which also reaches GraphQL and the import history).
import type { Locale } from '../../common/i18n/format.ts';

type Reason = Record<Locale, string>;

// Driver error codes (SQLite, Node's network and file errors) a user can act on.
const REASONS: Record<string, Reason> = {
  SQLITE_BUSY: {
    en: 'the database is busy: another import or program is writing to it; try again',
    id: 'basis data sedang sibuk: impor atau program lain sedang menulis ke dalamnya; coba lagi',
  },
  SQLITE_NOTADB: { en: 'file is not a database', id: 'berkas ini bukan basis data' },
  SQLITE_CORRUPT: { en: 'the database file is damaged', id: 'berkas basis data rusak' },
  SQLITE_CANTOPEN: {
    en: 'the file cannot be opened (check the directory and its permissions)',
    id: 'berkas tidak dapat dibuka (periksa direktori dan izin aksesnya)',
  },
  SQLITE_READONLY: { en: 'the database is read-only', id: 'basis data hanya dapat dibaca' },
  SQLITE_FULL: { en: 'the disk is full', id: 'disk penuh' },
  SQLITE_PERM: { en: 'permission denied', id: 'akses ditolak' },
  EACCES: { en: 'permission denied', id: 'akses ditolak' },
  ECONNREFUSED: { en: 'the database server refuses connections', id: 'server basis data menolak koneksi' },
  ENOTFOUND: { en: 'the database server is not found', id: 'server basis data tidak ditemukan' },
};
REASONS.SQLITE_LOCKED = REASONS.SQLITE_BUSY;
REASONS.EPERM = REASONS.EACCES;

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
  const named = text.match(/\b(SQLITE_[A-Z]+|E[A-Z]{3,})\b/g)?.find((c) => REASONS[c]);
  const known = (typeof code === 'string' && REASONS[code]) || (named && REASONS[named]);
  if (known) return known[lang];
  return text.replace(/^SQLITE_[A-Z]+: /, '').slice(0, 300);
}
