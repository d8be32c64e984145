// The command lines' words (npm run import, the export command, and what both share:
// server/cli/run-cli.ts) in Bahasa Indonesia and English. Each command picks its language from
// --lang or LANG (run-cli.ts's argLanguage). The usage texts take the list of kinds as a
// parameter: the kinds are the server's (IMPORT_KINDS, EXPORT_KINDS), which common/ may not import.
import type { Bilingual } from './bilingual.ts';

/** The command lines' texts in one language. */
export interface CliTexts {
  /** What the command lines say of arguments they cannot take. */
  usageErrors: {
    needsValue: (option: string) => string;
    badLang: (value: string) => string;
    unknownOption: (option: string) => string;
    unknownKind: (kind: string) => string;
    unexpected: (arg: string) => string;
  };
  cannotOpenDatabase: (name: string, reason: string) => string;
  /** npm run import: its usage and its own words (the importer's are import-problems). */
  importCli: {
    usage: (kinds: string) => string;
    expectedKindAndFile: string;
    notFound: (file: string) => string;
    directory: (file: string) => string;
    denied: (file: string) => string;
    sheetIgnored: (format: string) => string;
    rejectedNoRows: (problems: number) => string;
    noRows: string;
    notePrefix: string;
    dbFailed: string;
    interrupted: (why: string) => string;
  };
  /** The import's verdict and the parts of a problem's line. */
  importSummary: {
    stored: (rows: number, changed: number) => string;
    dryRun: (rows: number) => string;
    rejected: (rejected: number, rows: number, problems: number) => string;
    line: string;
    column: string;
    value: string;
  };
  /** The export command (server/export/cli.ts). */
  exportCli: {
    usage: (kinds: string) => string;
    expectedKind: string;
    unknownBranch: (code: string, known: string) => string;
    cannotWrite: (file: string, reason: string) => string;
    noDirectory: string;
    isDirectory: string;
    denied: string;
    diskFull: string;
  };
}

export const cli: Bilingual<CliTexts> = {
  id: {
    usageErrors: {
      needsValue: (option: string) => `${option} memerlukan nilai`,
      badLang: (value: string) => `--lang: harus id atau en, bukan "${value}"`,
      unknownOption: (option: string) => `opsi tidak dikenal: ${option}`,
      unknownKind: (kind: string) => `jenis data tidak dikenal: "${kind}"`,
      unexpected: (arg: string) => `argumen tidak terduga: "${arg}"`,
    },
    cannotOpenDatabase: (name: string, reason: string) => `basis data ${name} tidak dapat dibuka: ${reason}`,
    importCli: {
      usage: (kinds: string) => `Cara pakai: npm run import -- <jenis> <berkas.csv|berkas.xlsx> [--dry-run] [--sheet NAMA] [--lang en|id] [--actor NAMA]
  jenis: ${kinds}
  --dry-run   hanya periksa, tidak menyimpan apa pun
  --sheet     XLSX: lembar yang dibaca (bawaan: lembar pertama)
  --lang      bahasa laporan (bawaan: id bila LANG diawali "id", selain itu en)
Basis data: DATABASE_URL (kosong: data/pantau.sqlite; path atau URL file: SQLite; postgres://…: PostgreSQL).`,
      expectedKindAndFile: 'diperlukan jenis data dan berkas',
      notFound: (file: string) => `berkas tidak ditemukan: ${file}`,
      directory: (file: string) => `${file} adalah direktori, bukan berkas`,
      denied: (file: string) => `akses ditolak: ${file} tidak dapat dibaca`,
      sheetIgnored: (format: string) => `catatan: --sheet hanya berlaku untuk buku kerja .xlsx; berkas ini ${format}, jadi opsi itu diabaikan.`,
      rejectedNoRows: (problems: number) =>
        `DITOLAK: berkas tidak berisi baris data yang dapat dibaca; ${problems} masalah pada berkas itu sendiri; tidak ada yang disimpan.`,
      noRows: 'catatan: berkas tidak berisi baris data (hanya judul kolom).',
      notePrefix: 'catatan',
      dbFailed: 'TIDAK DISIMPAN: basis data yang gagal (lihat di atas), bukan berkasnya; tidak ada yang disimpan. Coba lagi.',
      interrupted: (why: string) => `DIHENTIKAN (${why}): tidak ada yang disimpan; riwayat impor mencatat percobaan ini sebagai gagal.`,
    },
    importSummary: {
      stored: (rows: number, changed: number) => `TERSIMPAN: ${rows} baris diimpor, ${changed} baru atau berubah.`,
      dryRun: (rows: number) => `UJI COBA: ${rows} baris valid; tidak ada yang disimpan (jalankan tanpa --dry-run untuk mengimpor).`,
      rejected: (rejected: number, rows: number, problems: number) =>
        `DITOLAK: ${rejected} dari ${rows} baris ditolak, ${problems} masalah; tidak ada isi berkas ini yang disimpan.`,
      line: 'baris',
      column: 'kolom',
      value: 'nilai',
    },
    exportCli: {
      usage: (kinds: string) => `Cara pakai: tsx server/export/cli.ts <jenis> [berkas.csv] [--branch KODE] [--lang en|id]
  jenis: ${kinds}; ditulis ke stdout bila tidak ada berkas.`,
      expectedKind: 'diperlukan jenis data',
      unknownBranch: (code: string, known: string) => `cabang "${code}" tidak dikenal (cabang: ${known || 'tidak ada'})`,
      cannotWrite: (file: string, reason: string) => `${file} tidak dapat ditulis: ${reason}`,
      noDirectory: 'direktori tidak ada',
      isDirectory: 'itu sebuah direktori',
      denied: 'akses ditolak',
      diskFull: 'disk penuh',
    },
  },
  en: {
    usageErrors: {
      needsValue: (option: string) => `${option} needs a value`,
      badLang: (value: string) => `--lang: expected id or en, got "${value}"`,
      unknownOption: (option: string) => `unknown option ${option}`,
      unknownKind: (kind: string) => `unknown kind "${kind}"`,
      unexpected: (arg: string) => `unexpected argument "${arg}"`,
    },
    cannotOpenDatabase: (name: string, reason: string) => `cannot open the database ${name}: ${reason}`,
    importCli: {
      usage: (kinds: string) => `Usage: npm run import -- <kind> <file.csv|file.xlsx> [--dry-run] [--sheet NAME] [--lang en|id] [--actor NAME]
  kind: ${kinds}
  --dry-run   validate only, store nothing
  --sheet     XLSX: the sheet to read (default: the first)
  --lang      language of the report (default: id when LANG starts with "id", else en)
Database: DATABASE_URL (unset: data/pantau.sqlite; a path or file: URL: SQLite; postgres://…: PostgreSQL).`,
      expectedKindAndFile: 'expected a kind and a file',
      notFound: (file: string) => `file not found: ${file}`,
      directory: (file: string) => `${file} is a directory, not a file`,
      denied: (file: string) => `permission denied: cannot read ${file}`,
      sheetIgnored: (format: string) => `note: --sheet applies only to .xlsx workbooks; this file is ${format}, so it was ignored.`,
      rejectedNoRows: (problems: number) =>
        `REJECTED: the file has no data rows that could be read; ${problems} problem(s) with the file itself; nothing was stored.`,
      noRows: 'note: the file has no data rows (only a header).',
      notePrefix: 'note',
      dbFailed: 'NOT STORED: the database failed (see above), not the file; nothing was stored. Try again.',
      interrupted: (why: string) => `INTERRUPTED (${why}): nothing was stored; the import history marks this attempt as failed.`,
    },
    importSummary: {
      stored: (rows: number, changed: number) => `STORED: ${rows} row(s) imported, ${changed} new or changed.`,
      dryRun: (rows: number) => `DRY RUN: ${rows} row(s) valid; nothing stored (run without --dry-run to import).`,
      rejected: (rejected: number, rows: number, problems: number) =>
        `REJECTED: ${rejected} of ${rows} row(s) rejected, ${problems} problem(s); nothing of this file was stored.`,
      line: 'line',
      column: 'column',
      value: 'value',
    },
    exportCli: {
      usage: (kinds: string) => `Usage: tsx server/export/cli.ts <kind> [file.csv] [--branch CODE] [--lang en|id]
  kind: ${kinds}; writes to stdout when no file is given.`,
      expectedKind: 'expected a kind',
      unknownBranch: (code: string, known: string) => `unknown branch "${code}" (branches: ${known || 'none'})`,
      cannotWrite: (file: string, reason: string) => `cannot write ${file}: ${reason}`,
      noDirectory: 'no such directory',
      isDirectory: 'it is a directory',
      denied: 'permission denied',
      diskFull: 'the disk is full',
    },
  },
};
