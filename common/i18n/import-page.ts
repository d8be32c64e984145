// The upload page's words (client/features/import/) in Bahasa Indonesia and English.
import type { Bilingual } from './bilingual.ts';
import type { ImportKind, ImportOutcome } from '../vocabulary/schema-enums.ts';

/** The upload page's texts in one language. */
export interface ImportPageTexts {
  title: string; intro: string; kind: string;
  /** Keyed by the schema's ImportKind, so that a new kind without a name fails the type check. */
  kinds: Record<ImportKind, string>;
  columns: string; required: string; optional: string;
  file: string; drop: string; choose: string; sheet: string;
  // who imports: the logged-in account, or why nobody here may
  importingAs: (username: string, scope: string) => string;
  allBranches: string; needLogin: string; login: string; loginOther: string;
  roleCannotImport: (role: string) => string;
  check: string; confirm: string; working: string; reset: string;
  outcome: Record<ImportOutcome, string>;
  summaryOk: (rows: number) => string;
  summaryStored: (rows: number, changed: number) => string;
  summaryRejected: (bad: number, rows: number, n: number) => string;
  truncated: (shown: number, n: number) => string;
  // the validation report and the history
  line: string; column: string; value: string; reason: string; reportCaption: string;
  history: string; when: string; rowsCol: string; rejectedCol: string; actor: string; noHistory: string; historyNeedsLogin: string;
  // errors
  errorUnauthenticated: string; errorForbidden: string; errorNetwork: string; needFile: string;
}

export const importPage: Bilingual<ImportPageTexts> = {
  id: {
    title: 'Impor data cabang',
    intro: 'Unggah berkas CSV atau XLSX. Berkas diperiksa dulu; data disimpan hanya setelah Anda mengonfirmasi, dan hanya jika tidak ada baris yang ditolak.',
    kind: 'Jenis data',
    kinds: { regions: 'Kantor wilayah', branches: 'Kantor cabang', membership: 'Kepesertaan (peserta aktif)', campaigns: 'Sosialisasi & promosi', targets: 'Target' },
    columns: 'Kolom',
    required: 'wajib',
    optional: 'opsional',
    file: 'Berkas',
    drop: 'Tarik berkas ke sini atau pilih berkas',
    choose: 'Pilih berkas',
    sheet: 'Lembar (XLSX, opsional)',
    importingAs: (username: string, scope: string) => `Anda mengimpor sebagai ${username} (${scope}); impor dicatat atas nama akun ini.`,
    allBranches: 'semua kantor cabang',
    needLogin: 'Masuk untuk mengimpor data: impor memerlukan akun yang boleh mengimpor data cabangnya.',
    login: 'Masuk',
    loginOther: 'Masuk dengan akun lain',
    roleCannotImport: (role: string) => `Akun Anda (${role}) hanya dapat membaca data dan tidak dapat mengimpor. Impor dilakukan oleh Administrator atau petugas kantor cabang (Kepala Bidang, AR, ARK, PAP).`,
    check: 'Periksa berkas',
    confirm: 'Simpan ke basis data',
    working: 'Memproses…',
    reset: 'Berkas lain',
    outcome: { STORED: 'Tersimpan', REJECTED: 'Ditolak', DRY_RUN: 'Lolos pemeriksaan' },
    summaryOk: (rows: number) => `${rows} baris valid. Periksa lalu simpan.`,
    summaryStored: (rows: number, changed: number) => `${rows} baris diimpor; ${changed} baru atau berubah.`,
    summaryRejected: (bad: number, rows: number, n: number) => `${bad} dari ${rows} baris ditolak (${n} masalah). Tidak ada yang disimpan; perbaiki berkas lalu periksa lagi.`,
    truncated: (shown: number, n: number) => `Menampilkan ${shown} dari ${n} masalah.`,
    line: 'Baris',
    column: 'Kolom',
    value: 'Nilai',
    reason: 'Alasan',
    reportCaption: 'Laporan pemeriksaan',
    history: 'Riwayat impor',
    when: 'Waktu',
    rowsCol: 'Baris',
    rejectedCol: 'Ditolak',
    actor: 'Oleh',
    noHistory: 'Belum ada impor.',
    historyNeedsLogin: 'Riwayat impor tampil setelah Anda masuk.',
    errorUnauthenticated: 'Anda belum masuk atau sesi Anda berakhir: masuk lalu coba lagi. Tidak ada yang disimpan.',
    errorForbidden: 'Impor ditolak untuk akun Anda; tidak ada yang disimpan.',
    errorNetwork: 'Server tidak dapat dihubungi.',
    needFile: 'Pilih berkas terlebih dahulu.',
  },
  en: {
    title: 'Import branch data',
    intro: 'Upload a CSV or XLSX file. It is checked first; data is stored only after you confirm, and only if no row is rejected.',
    kind: 'Kind of data',
    kinds: { regions: 'Regional offices', branches: 'Branch offices', membership: 'Membership (active participants)', campaigns: 'Socialisation & promotion', targets: 'Targets' },
    columns: 'Columns',
    required: 'required',
    optional: 'optional',
    file: 'File',
    drop: 'Drop a file here or choose one',
    choose: 'Choose file',
    sheet: 'Sheet (XLSX, optional)',
    importingAs: (username: string, scope: string) => `You are importing as ${username} (${scope}); the import is recorded under this account.`,
    allBranches: 'every branch office',
    needLogin: 'Log in to import data: imports need an account allowed to import its branch’s data.',
    login: 'Log in',
    loginOther: 'Log in with another account',
    roleCannotImport: (role: string) => `Your account (${role}) can read the data but not import. Imports are made by an administrator or the branch office’s staff (Head of Membership, AR, ARK, PAP).`,
    check: 'Check file',
    confirm: 'Store in the database',
    working: 'Working…',
    reset: 'Another file',
    outcome: { STORED: 'Stored', REJECTED: 'Rejected', DRY_RUN: 'Passed the check' },
    summaryOk: (rows: number) => `${rows} valid row(s). Review, then store.`,
    summaryStored: (rows: number, changed: number) => `${rows} row(s) imported; ${changed} new or changed.`,
    summaryRejected: (bad: number, rows: number, n: number) => `${bad} of ${rows} row(s) rejected (${n} problem(s)). Nothing was stored; fix the file and check again.`,
    truncated: (shown: number, n: number) => `Showing ${shown} of ${n} problems.`,
    line: 'Line',
    column: 'Column',
    value: 'Value',
    reason: 'Reason',
    reportCaption: 'Validation report',
    history: 'Import history',
    when: 'When',
    rowsCol: 'Rows',
    rejectedCol: 'Rejected',
    actor: 'By',
    noHistory: 'No imports yet.',
    historyNeedsLogin: 'The import history shows once you are logged in.',
    errorUnauthenticated: 'You are not logged in, or your session has ended: log in and try again. Nothing was stored.',
    errorForbidden: 'The import was refused for your account; nothing was stored.',
    errorNetwork: 'The server cannot be reached.',
    needFile: 'Choose a file first.',
  },
};
