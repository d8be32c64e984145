// Every reason an import can give (server/import/), in Indonesian and English. Problems carry a
// code and parameters; the text is produced from them in the language the caller asked for, so
// that the CLI, the GraphQL report and the upload page say exactly the same thing. The codes are
// declared here, beside their texts, so that a code without a text in both languages is a type
// error; server/import/messages.ts re-exports them to the importer.
import type { Bilingual } from './bilingual.ts';

/** Problems of the file as a whole, found while reading it (reader.ts and its parts). */
export type SourceProblemCode =
  | 'file_unreadable'
  | 'file_not_found'
  | 'file_is_directory'
  | 'file_no_permission'
  | 'file_binary'
  | 'file_xls'
  | 'encoding_utf16be'
  | 'encoding_invalid'
  | 'csv_quote_unclosed'
  | 'csv_quote_malformed'
  | 'csv_line_too_long'
  | 'xlsx_unreadable'
  | 'xlsx_formula_no_result'
  | 'sheet_missing';

export type ProblemCode =
  | SourceProblemCode
  | 'file_empty'
  | 'header_wrong_sheet'
  | 'header_unknown'
  | 'header_missing'
  | 'header_duplicate'
  | 'header_blank'
  | 'too_many_fields'
  | 'required'
  | 'not_integer'
  | 'not_number'
  | 'negative'
  | 'too_large'
  | 'bad_enum'
  | 'bad_date'
  | 'impossible_date'
  | 'bad_period'
  | 'year_range'
  | 'bad_pair'
  | 'registrations_over_reach'
  | 'leads_over_reach'
  | 'duplicate_key'
  | 'split_over_target'
  | 'unknown_branch'
  | 'branch_not_allowed'
  | 'unknown_region'
  | 'too_long'
  | 'bad_code'
  | 'nul_character'
  | 'db_full'
  | 'db_busy'
  | 'db_error';

export type ProblemParams = Record<string, string | number | undefined>;

/**
 * Notes: what the importer did to a file it accepted that the user should know, without being a
 * problem (the file is still stored). Each says how many values, where the first one is, and
 * what was done.
 */
export type NoteCode = 'amount_rounded';

/** The import's texts in one language. */
export interface ImportProblemTexts {
  problems: Record<ProblemCode, (p: ProblemParams) => string>;
  notes: Record<NoteCode, (p: ProblemParams) => string>;
  /** January…December, for the parameters of impossible_date (monthName, monthNameId). */
  monthNames: string[];
}

const list = (v: unknown) => String(v ?? '');

// Intl's grouping, as the notes have always been written (format.ts's formatRupiah would write a
// negative amount with a true minus sign instead).
const rupiah = (v: unknown, locale: string) => `Rp${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Number(v))}`;

export const importProblems: Bilingual<ImportProblemTexts> = {
  id: {
    problems: {
      file_empty: () => 'Berkas kosong: baris 1 harus berisi judul kolom.',
      file_unreadable: (p) => `Berkas tidak dapat dibaca: ${list(p.detail)}`,
      file_not_found: () => 'Berkas tidak dapat dibaca: berkas tidak ditemukan (periksa lokasinya).',
      file_is_directory: () => 'Berkas tidak dapat dibaca: ini sebuah folder, bukan berkas.',
      file_no_permission: () => 'Berkas tidak dapat dibaca: tidak ada izin untuk membukanya.',
      file_binary: () => 'Ini bukan berkas teks CSV atau buku kerja .xlsx: simpan data sebagai "CSV UTF-8" atau sebagai buku kerja .xlsx.',
      file_xls: () =>
        'Ini buku kerja Excel 97–2003 lama (.xls) atau buku kerja berkata sandi: simpan sebagai .xlsx atau "CSV UTF-8" (tanpa kata sandi) lalu impor berkas itu.',
      encoding_utf16be: () => 'Teks UTF-16 big-endian tidak didukung: simpan berkas sebagai "CSV UTF-8".',
      encoding_invalid: () =>
        'Mulai baris ini berkas bukan teks UTF-8 (tercampur pengodean lain): simpan sebagai "CSV UTF-8" lalu impor lagi; isi setelah titik ini tidak dibaca.',
      csv_quote_unclosed: () =>
        'CSV rusak: isian berkutip yang dimulai di baris ini tidak pernah ditutup (tanda " tanpa pasangan penutupnya); isi setelah titik ini tidak dibaca.',
      csv_quote_malformed: () =>
        'CSV rusak: isian berkutip harus diakhiri " tepat sebelum pemisah atau akhir baris (tanda kutip di dalam isian ditulis ""); isi setelah titik ini tidak dibaca.',
      csv_line_too_long: (p) => `Baris lebih panjang dari ${list(p.max)} juta karakter: apakah ini berkas CSV? Isi setelah titik ini tidak dibaca.`,
      xlsx_unreadable: () =>
        'Buku kerja .xlsx tidak dapat dibaca: berkas rusak atau tidak lengkap, atau arsip zip jenis lain. Buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx.',
      xlsx_formula_no_result: (p) =>
        `Sel ${list(p.cell)} berisi rumus tanpa hasil tersimpan: buka buku kerja di Excel atau LibreOffice lalu simpan ulang; isi setelah titik ini tidak dibaca.`,
      header_wrong_sheet: (p) =>
        `Baris pertama lembar "${list(p.sheet)}" tidak berisi satu pun kolom ${list(p.kind)}: apakah datanya di lembar lain? Pilih dengan --sheet NAMA (halaman unggah: isian lembar); lembar: ${list(p.sheets)}.`,
      sheet_missing: (p) => `Buku kerja tidak memiliki lembar bernama "${list(p.sheet)}" (lembar: ${list(p.sheets)}).`,
      header_unknown: (p) => `Kolom tidak dikenal "${list(p.value)}": kolom untuk ${list(p.kind)} adalah ${list(p.allowed)}.`,
      header_missing: (p) => `Kolom wajib "${list(p.column)}" tidak ada.`,
      header_duplicate: (p) => `Kolom "${list(p.column)}" muncul dua kali (juga kolom ke-${list(p.other)} di judul).`,
      header_blank: (p) => `Kolom ke-${list(p.position)} tidak berjudul tetapi berisi nilai di baris ini.`,
      too_many_fields: (p) => `Baris ini berisi ${list(p.fields)} isian, sedangkan judul berisi ${list(p.expected)}.`,
      required: () => 'Nilai wajib diisi.',
      not_integer: () => 'Bukan bilangan bulat: gunakan angka, boleh dengan pemisah ribuan (26670, 26.670 atau 26,670).',
      not_number: () => 'Bukan nominal: gunakan angka, boleh dengan pemisah ribuan (1.500.000 atau 1,500,000) dan desimal (1.500.000,50).',
      negative: () => 'Tidak boleh negatif.',
      too_large: (p) => `Terlalu besar: maksimum ${list(p.max)}.`,
      bad_enum: (p) => `Nilai tidak dikenal: harus salah satu dari ${list(p.allowed)}.`,
      bad_date: () => 'Bukan tanggal: format YYYY-MM-DD (atau DD/MM/YYYY).',
      impossible_date: (p) => `Tanggal tidak ada: ${list(p.monthNameId)} ${list(p.year)} hanya ${list(p.days)} hari.`,
      bad_period: () => 'Periode tidak valid: format YYYY (akhir tahun) atau YYYY-MM (akhir bulan), mis. 2020 atau 2020-06.',
      year_range: (p) => `Tahun di luar rentang: ${list(p.min)} sampai ${list(p.max)}.`,
      bad_pair: (p) => `Kanal ${list(p.channel)} bukan kanal ${list(p.activity)}: harus salah satu dari ${list(p.allowed)}.`,
      registrations_over_reach: (p) =>
        `Pendaftaran (${list(p.registrations)}) melebihi jangkauan (${list(p.reach)}): tidak ada yang mendaftar tanpa terjangkau; periksa kedua sel (kolom tertukar?).`,
      leads_over_reach: (p) =>
        `Prospek (${list(p.leads)}) melebihi jangkauan (${list(p.reach)}): prospek adalah orang terjangkau yang berminat; periksa kedua sel (kolom tertukar?).`,
      duplicate_key: (p) => `Kunci yang sama (${list(p.key)}) dengan baris ${list(p.line)}: setiap kunci hanya boleh muncul sekali per berkas.`,
      split_over_target: (p) =>
        `Target petugas ${list(p.key)} berjumlah ${list(p.assigned)}, melebihi target cabang ${list(p.target)}: pembagian ke AR/ARK tidak boleh melebihi target cabang; tidak ada yang disimpan.`,
      unknown_branch: () => 'Kode cabang tidak dikenal: impor dulu dengan jenis "branches".',
      branch_not_allowed: (p) => `Cabang di luar wewenang akun Anda: akun ini mengimpor data ${list(p.allowed)} saja.`,
      unknown_region: () => 'Kode kantor wilayah tidak dikenal: impor dulu dengan jenis "regions".',
      too_long: (p) => `Terlalu panjang: maksimum ${list(p.max)} karakter.`,
      bad_code: () => 'Kode cabang hanya boleh berisi huruf, angka, "_", "-" dan "." (tanpa spasi).',
      nul_character: () =>
        'Sel berisi karakter NUL (kode 0, ditampilkan ␀) yang tidak dapat disimpan: hapus karakter itu (biasanya sisa dari program lain) lalu impor lagi.',
      db_full: () => 'Disk basis data penuh, tidak ada yang disimpan: kosongkan ruang disk lalu impor lagi.',
      db_busy: () => 'Basis data sedang sibuk (ada penulisan lain yang sedang berjalan, misalnya impor lain), tidak ada yang disimpan: coba lagi.',
      db_error: (p) => `Basis data menolak data: ${list(p.detail)}`,
    },
    notes: {
      amount_rounded: (p) =>
        `${p.count} nilai biaya (${list(p.column)}) memuat pecahan rupiah dan ${p.dryRun ? 'akan dibulatkan' : 'dibulatkan'} ke rupiah utuh (setengah ke atas); yang pertama di baris ${list(p.line)}: "${list(p.value)}" → ${rupiah(p.rounded, 'id-ID')}.`,
    },
    monthNames: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  },
  en: {
    problems: {
      file_empty: () => 'The file is empty: a header line with the column names is expected on line 1.',
      file_unreadable: (p) => `The file cannot be read: ${list(p.detail)}`,
      file_not_found: () => 'The file cannot be read: it does not exist (check the path).',
      file_is_directory: () => 'The file cannot be read: this is a folder, not a file.',
      file_no_permission: () => 'The file cannot be read: permission denied.',
      file_binary: () => 'This is not a text CSV file or an .xlsx workbook: save the data as "CSV UTF-8" or as an .xlsx workbook.',
      file_xls: () =>
        'This is an old Excel 97–2003 workbook (.xls), or a password-protected one: save it as .xlsx or as "CSV UTF-8" (without a password) and import that file.',
      encoding_utf16be: () => 'UTF-16 big-endian text is not supported: save the file as "CSV UTF-8".',
      encoding_invalid: () =>
        'From this line on the file is not UTF-8 text (another encoding is mixed in): save it as "CSV UTF-8" and import it again; nothing after this point was read.',
      csv_quote_unclosed: () =>
        'Malformed CSV: a quoted field starting on this line is never closed (a " without its closing "); nothing after this point was read.',
      csv_quote_malformed: () =>
        'Malformed CSV: a quoted field must end with " right before the delimiter or the end of the line (a quote inside a field is written ""); nothing after this point was read.',
      csv_line_too_long: (p) => `A line longer than ${list(p.max)} M characters: is this a CSV file? Nothing after this point was read.`,
      xlsx_unreadable: () =>
        'Not a readable .xlsx workbook: the file is damaged or incomplete, or another kind of zip archive. Open it in Excel or LibreOffice and save it again as .xlsx.',
      xlsx_formula_no_result: (p) =>
        `Cell ${list(p.cell)} holds a formula without a saved result: open the workbook in Excel or LibreOffice and save it again; nothing after this point was read.`,
      header_wrong_sheet: (p) =>
        `No column of ${list(p.kind)} in the first row of sheet "${list(p.sheet)}": is the data on another sheet? Choose it with --sheet NAME (upload page: the sheet field); sheets: ${list(p.sheets)}.`,
      sheet_missing: (p) => `The workbook has no sheet named "${list(p.sheet)}" (sheets: ${list(p.sheets)}).`,
      header_unknown: (p) => `Unknown column "${list(p.value)}": columns of ${list(p.kind)} are ${list(p.allowed)}.`,
      header_missing: (p) => `Required column "${list(p.column)}" is missing.`,
      header_duplicate: (p) => `Column "${list(p.column)}" appears twice (also column ${list(p.other)} of the header).`,
      header_blank: (p) => `Column ${list(p.position)} has no name in the header but has a value here.`,
      too_many_fields: (p) => `The row has ${list(p.fields)} fields but the header has ${list(p.expected)}.`,
      required: () => 'A value is required.',
      not_integer: () => 'Not a whole number: use digits, optionally grouped in thousands (26670, 26.670 or 26,670).',
      not_number: () => 'Not an amount: use digits, optionally grouped (1.500.000 or 1,500,000) with a decimal part (1.500.000,50).',
      negative: () => 'Must not be negative.',
      too_large: (p) => `Too large: the maximum is ${list(p.max)}.`,
      bad_enum: (p) => `Unknown value: expected one of ${list(p.allowed)}.`,
      bad_date: () => 'Not a date: expected YYYY-MM-DD (or DD/MM/YYYY).',
      impossible_date: (p) => `No such date: ${list(p.monthName)} ${list(p.year)} has ${list(p.days)} days.`,
      bad_period: () => 'Malformed period: expected YYYY (year end) or YYYY-MM (month end), e.g. 2020 or 2020-06.',
      year_range: (p) => `Year out of range: expected ${list(p.min)} to ${list(p.max)}.`,
      bad_pair: (p) => `Channel ${list(p.channel)} is not a ${list(p.activity)} channel: expected one of ${list(p.allowed)}.`,
      registrations_over_reach: (p) =>
        `Registrations (${list(p.registrations)}) exceed reach (${list(p.reach)}): nobody registers without being reached; check both cells (swapped columns?).`,
      leads_over_reach: (p) =>
        `Leads (${list(p.leads)}) exceed reach (${list(p.reach)}): leads are people reached who showed interest; check both cells (swapped columns?).`,
      duplicate_key: (p) => `Same key (${list(p.key)}) as line ${list(p.line)}: each key may appear only once per file.`,
      split_over_target: (p) =>
        `The staff targets of ${list(p.key)} add up to ${list(p.assigned)}, more than the branch target of ${list(p.target)}: a split across AR/ARK may not exceed the branch target; nothing was stored.`,
      unknown_branch: () => 'Unknown branch code: import it first with the kind "branches".',
      branch_not_allowed: (p) => `Branch outside your account's scope: this account imports data of ${list(p.allowed)} only.`,
      unknown_region: () => 'Unknown regional office code: import it first with the kind "regions".',
      too_long: (p) => `Too long: at most ${list(p.max)} characters.`,
      bad_code: () => 'A branch code may contain only letters, digits, "_", "-" and "." (no spaces).',
      nul_character: () =>
        'The cell contains a NUL character (code 0, shown as ␀), which cannot be stored: remove it (usually left over by another program) and import again.',
      db_full: () => "The database's disk is full, nothing was stored: free some space and import again.",
      db_busy: () => 'The database is busy (another write is in progress, such as another import), nothing was stored: try again.',
      db_error: (p) => `The database refused the data: ${list(p.detail)}`,
    },
    notes: {
      amount_rounded: (p) =>
        `${p.count} ${p.count === 1 ? 'cost value' : 'cost values'} (${list(p.column)}) had a fraction of a Rupiah and ${p.dryRun ? 'would be' : p.count === 1 ? 'was' : 'were'} rounded to whole Rupiah (half away from zero); the first on line ${list(p.line)}: "${list(p.value)}" → ${rupiah(p.rounded, 'en-US')}.`,
    },
    monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};
