// The words of the weekly review's AR/ARK league table CSV (server/api/league-csv.ts), per
// language: Indonesian headers in words for Excel, the machine format's field names in English.
import type { Bilingual } from './bilingual.ts';

export interface LeagueCsvTexts {
  headers: {
    week: string; rank: string; staff: string; name: string; target: string; realised: string; attainmentPct: string;
    weekActivities: string; weekRegistrations: string; yearActivities: string; yearRegistrations: string; source: string;
  };
}

export const leagueCsv: Bilingual<LeagueCsvTexts> = {
  id: {
    headers: {
      week: 'Minggu', rank: 'Peringkat', staff: 'Kode petugas', name: 'Petugas', target: 'Target (peserta baru)', realised: 'Realisasi',
      attainmentPct: 'Capaian (%)', weekActivities: 'Kegiatan minggu ini', weekRegistrations: 'Pendaftaran minggu ini',
      yearActivities: 'Kegiatan sejak minggu 1', yearRegistrations: 'Pendaftaran sejak minggu 1', source: 'Sumber data',
    },
  },
  en: {
    headers: {
      week: 'week', rank: 'rank', staff: 'staff', name: 'name', target: 'target', realised: 'realised', attainmentPct: 'attainmentPct',
      weekActivities: 'weekActivities', weekRegistrations: 'weekRegistrations', yearActivities: 'yearToDateActivities',
      yearRegistrations: 'yearToDateRegistrations', source: 'source',
    },
  },
};
