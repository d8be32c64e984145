// The two CSV dialects of the downloads (/api/<query>.csv and /charts/<chart>.csv):
//
// - `en`, the machine format scripts parse: `,` between fields, `.` decimals, numbers exactly as
//   the API answers them, LF line ends, machine headers with units in parentheses.
// - `id`, a file that opens right in Excel on a Windows set to Indonesian (id-ID: decimal symbol
//   `,`, digit grouping `.`, list separator `;`): Excel splits a double-clicked .csv at the
//   system's list separator and reads numbers with the system's decimal symbol, so fields are
//   separated by `;`, decimals written with `,` (2,42) and numbers carry no grouping at all
//   (46878): a grouped 46.878 reads as 46878 in id-ID only because the dot happens to be the
//   grouping symbol there, and as 46.878 in any Excel whose decimal symbol is the dot, while
//   1.5 is no number in id-ID at all. The minus is ASCII `-` (Excel does not read U+2212). A
//   UTF-8 byte order mark makes Excel read the file as UTF-8 (without it, "Tren peserta – 2020"
//   turns into mojibake in the ANSI code page), lines end in CRLF as Excel's own CSVs do, and no
//   `sep=;` line is written (with one, Excel ignores the BOM). Headers are Indonesian.
import { type CsvCell, CsvNumber, csvRecords } from '../csv/records.ts';
import type { Locale } from '../../common/i18n/format.ts';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** The default language of each download: /api stays the machine format scripts rely on. */
export const CSV_DEFAULT_LANG = { api: 'en', charts: 'id' } as const satisfies Record<string, Locale>;

/**
 * A CSV document in the dialect of `lang` (rows already hold the cells as they are to be
 * written; text that a spreadsheet would run as a formula gets its `'` in csvRecords).
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[], lang: Locale): string {
  if (lang === 'en') return csvRecords(rows, { delimiter: ',', newline: '\n' });
  return '\uFEFF' + csvRecords(rows, { delimiter: ';', newline: '\r\n' });
}

/**
 * Decimals a figure has where the product shows it (common/i18n/format.ts and the chart tables):
 * percentages 2 (formatPercent), Rupiah whole (formatRupiah), counts whole (formatInteger),
 * ratios and registrations per activity 2 (formatRatio in the tables); null for figures the UI
 * does not show (degrees of freedom), which are written unrounded. Takes the English unit of
 * server/charts/units.ts.
 */
export function shownDigits(unit: string, field: string): number | null {
  const leaf = field.split('.').at(-1) ?? field;
  if (unit === '%') return 2;
  if (unit === 'IDR') return 0;
  if (unit === 'ratio' || unit === 'registrations per activity') return 2;
  // The verdict's comparison ratios and their interval bounds.
  if (/^(ratio|low|high)$/.test(leaf)) return 2;
  if (unit === '') return null;
  return 0; // persons, program enrolments, activities, targets, branches, attendees, impressions
}

/** Rounds half away from zero on the number as written (2.425 → 2.43), as formatDecimal does. */
function roundAsWritten(value: number, digits: number): number {
  const text = String(Math.abs(value));
  if (text.includes('e')) return value;
  const rounded = Number(`${Math.round(Number(`${text}e${digits}`))}e-${digits}`);
  return value < 0 ? -rounded : rounded;
}

/**
 * A number as Indonesian Excel reads it: rounded to the precision the dashboard and the report
 * show, so the spreadsheet holds the figures people saw and checked (2,42 % and not
 * 2,4199999999999999, Rp84211 and not a fraction of a Rupiah nobody pays) and sums made in Excel
 * add up to the shown totals; decimal comma, no grouping, ASCII minus.
 */
export function spreadsheetNumber(value: number, digits: number | null): string {
  if (!Number.isFinite(value)) return '';
  let text: string;
  if (digits === null) {
    text = String(value);
    if (text.includes('e')) text = value.toFixed(12).replace(/\.?0+$/, '');
  } else {
    const rounded = roundAsWritten(value, digits);
    text = (Object.is(rounded, -0) ? 0 : rounded).toFixed(digits);
    if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
  }
  return text.replace('.', ',');
}

/**
 * A cell of the Indonesian dialect: numbers as above (a CsvNumber: text here, a number to Excel,
 * so `-2,42` is never neutralised as a formula), booleans as words, null as empty.
 */
export function spreadsheetCell(value: unknown, digits: number | null): string | CsvNumber {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return new CsvNumber(spreadsheetNumber(value, digits));
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The units of server/charts/units.ts in Indonesian, in the words the membership departments use. */
export const UNIT_WORDS_ID: Record<string, string> = {
  persons: 'orang',
  'program enrolments': 'kepesertaan program',
  '%': '%',
  IDR: 'Rp',
  activities: 'kegiatan',
  'attendees or impressions': 'peserta hadir atau tayangan',
  impressions: 'tayangan',
  'registrations per activity': 'pendaftaran per kegiatan',
  targets: 'target',
  branches: 'cabang',
  ratio: 'rasio',
  'persons or program enrolments: see unit': 'orang atau kepesertaan program, lihat Satuan',
};

/**
 * An Indonesian header with its unit: "Biaya (Rp)", "Konversi (pendaftaran/jangkauan, %)"; the
 * unit is left out when the label already says it ("Perubahan (%)", "Kegiatan").
 */
export function withUnitId(label: string, unit: string): string {
  const word = UNIT_WORDS_ID[unit] ?? unit;
  if (!word) return label;
  const said = word === '%' ? /\(%\)|, %\)/.test(label) : label.toLowerCase().includes(word.toLowerCase());
  if (said) return label;
  return label.endsWith(')') ? `${label.slice(0, -1)}, ${word})` : `${label} (${word})`;
}
