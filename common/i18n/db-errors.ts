// Database errors a user can act on, said in one short line in the user's language
// (server/db/errors.ts picks one from the driver's error code: SQLite's, or Node's network and
// file errors). Codes that mean the same thing (SQLITE_LOCKED, EPERM, PostgreSQL's disk_full and
// lock timeouts) borrow these there.
import type { Bilingual } from './bilingual.ts';

export type DbErrorCode =
  | 'SQLITE_BUSY'
  | 'SQLITE_NOTADB'
  | 'SQLITE_CORRUPT'
  | 'SQLITE_CANTOPEN'
  | 'SQLITE_READONLY'
  | 'SQLITE_FULL'
  | 'SQLITE_PERM'
  | 'EACCES'
  | 'ECONNREFUSED'
  | 'ENOTFOUND';

/** Each code's reason in one language. */
export type DbErrorTexts = Record<DbErrorCode, string>;

export const dbErrors: Bilingual<DbErrorTexts> = {
  id: {
    SQLITE_BUSY: 'basis data sedang sibuk (ada penulisan lain yang sedang berjalan), coba lagi',
    SQLITE_NOTADB: 'berkas ini bukan basis data',
    SQLITE_CORRUPT: 'berkas basis data rusak',
    SQLITE_CANTOPEN: 'berkas tidak dapat dibuka (periksa direktori dan izin aksesnya)',
    SQLITE_READONLY: 'basis data hanya dapat dibaca',
    SQLITE_FULL: 'disk penuh',
    SQLITE_PERM: 'akses ditolak',
    EACCES: 'akses ditolak',
    ECONNREFUSED: 'server basis data menolak koneksi',
    ENOTFOUND: 'server basis data tidak ditemukan',
  },
  en: {
    SQLITE_BUSY: 'the database is busy (another write is in progress), try again',
    SQLITE_NOTADB: 'file is not a database',
    SQLITE_CORRUPT: 'the database file is damaged',
    SQLITE_CANTOPEN: 'the file cannot be opened (check the directory and its permissions)',
    SQLITE_READONLY: 'the database is read-only',
    SQLITE_FULL: 'the disk is full',
    SQLITE_PERM: 'permission denied',
    EACCES: 'permission denied',
    ECONNREFUSED: 'the database server refuses connections',
    ENOTFOUND: 'the database server is not found',
  },
};
