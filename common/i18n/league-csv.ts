// The words of the weekly review's AR/ARK league table CSV (server/api/league-csv.ts), per
// language: Indonesian headers in words for Excel, the machine format's field names in English.
import type { Bilingual } from './bilingual.ts';

export interface LeagueCsvTexts {
  headers: {
    week: string; rank: string; staff: string; name: string; target: string; realised: string; attainmentPct: string;
    expectedToDate: string; attainmentToDatePct: string; gapToDate: string; onTrack: string;
    weekActivities: string; weekRegistrations: string; yearActivities: string; yearRegistrations: string; source: string;
  };
  /** onTrack's cell: in words for Excel, true/false in the machine format. */
  onTrack: { yes: string; no: string };
}

export const leagueCsv: Bilingual<LeagueCsvTexts> = {
  id: {
    headers: {
      week: 'Minggu', rank: 'Peringkat', staff: 'Kode petugas', name: 'Petugas', target: 'Target (peserta baru)', realised: 'Realisasi',
      attainmentPct: 'Capaian (%)', expectedToDate: 'Target s.d. minggu ini (fase bulanan)', attainmentToDatePct: 'Capaian s.d. minggu ini (%)',
      gapToDate: 'Selisih s.d. minggu ini', onTrack: 'Sesuai jalur', weekActivities: 'Kegiatan minggu ini', weekRegistrations: 'Pendaftaran minggu ini',
      yearActivities: 'Kegiatan sejak minggu 1', yearRegistrations: 'Pendaftaran sejak minggu 1', source: 'Sumber data',
    },
    onTrack: { yes: 'ya', no: 'tidak' },
  },
  en: {
    headers: {
      week: 'week', rank: 'rank', staff: 'staff', name: 'name', target: 'target', realised: 'realised', attainmentPct: 'attainmentPct',
      expectedToDate: 'expectedToDate', attainmentToDatePct: 'attainmentToDatePct', gapToDate: 'gapToDate', onTrack: 'onTrack',
      weekActivities: 'weekActivities', weekRegistrations: 'weekRegistrations', yearActivities: 'yearToDateActivities',
      yearRegistrations: 'yearToDateRegistrations', source: 'source',
    },
    onTrack: { yes: 'true', no: 'false' },
  },
};
