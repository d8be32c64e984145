// The words of plan against realisation as CSV (server/api/plan-csv.ts), per language: the
// Indonesian file is for people in Excel (headers in words), the English one is the machine
// format of every /api download (field names as headers).
import type { PlanGroupBy } from '../vocabulary/schema-enums.ts';
import type { Bilingual } from './bilingual.ts';

export interface PlanningCsvTexts {
  /** The group's own columns, by grouping. */
  groups: Record<PlanGroupBy, string[]>;
  /** The counts, in the order the file writes them. */
  headers: { planned: string; done: string; cancelled: string; open: string; donePct: string; socialisations: string; registrations: string };
  /** The group of planned activities without a staff member. */
  noStaff: string;
}

export const planningCsv: Bilingual<PlanningCsvTexts> = {
  id: {
    groups: { WEEK: ['Minggu', 'Senin', 'Minggu (hari)'], MONTH: ['Bulan'], STAFF: ['Kode staf', 'Nama staf'] },
    headers: {
      planned: 'Direncanakan',
      done: 'Terlaksana',
      cancelled: 'Dibatalkan',
      open: 'Belum',
      donePct: 'Terlaksana (%)',
      socialisations: 'Sosialisasi tercatat (kegiatan)',
      registrations: 'Pendaftaran (orang)',
    },
    noStaff: 'Tanpa staf',
  },
  en: {
    groups: { WEEK: ['week', 'firstDay', 'lastDay'], MONTH: ['month'], STAFF: ['staff', 'staffName'] },
    headers: {
      planned: 'planned',
      done: 'done',
      cancelled: 'cancelled',
      open: 'open',
      donePct: 'donePct (%)',
      socialisations: 'socialisations (activities)',
      registrations: 'registrations (persons)',
    },
    noStaff: '(none)',
  },
};
