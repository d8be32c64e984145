// What the server writes around a standalone chart (server/charts/render.ts): its caption, which
// states where the figures come from, and the parts of its title. The dashboard shows the same
// facts in its own words (the dashboard namespace).
import type { Bilingual } from './bilingual.ts';

/** The caption's and title's texts in one language. */
export interface ChartCaptionTexts {
  /** DataSource codes, as the caption's "Source:" says them. */
  sources: Record<string, string>;
  dataAsOf: (period: string) => string;
  noData: string;
  source: string;
  /** A period open at its end or at its start. */
  since: (from: string) => string;
  until: (to: string) => string;
  allBranches: string;
}

export const chartCaptions: Bilingual<ChartCaptionTexts> = {
  id: {
    sources: {
      STUDY: 'angka asli dari studi (Tabel 1–2)',
      SYNTHETIC: 'data sintetis (demo, bukan angka asli)',
      IMPORTED: 'data impor kantor cabang',
      MIXED: 'campuran (studi, impor dan/atau sintetis)',
    },
    dataAsOf: (period: string) => `data per ${period}`,
    noData: 'tidak ada data',
    source: 'Sumber',
    since: (from: string) => `sejak ${from}`,
    until: (to: string) => `s.d. ${to}`,
    allBranches: 'Semua cabang',
  },
  en: {
    sources: {
      STUDY: 'real figures from the study (Tables 1–2)',
      SYNTHETIC: 'synthetic demo data (not real figures)',
      IMPORTED: 'data imported by the branch',
      MIXED: 'mixed (study, imported and/or synthetic)',
    },
    dataAsOf: (period: string) => `data as of ${period}`,
    noData: 'no data',
    source: 'Source',
    since: (from: string) => `from ${from}`,
    until: (to: string) => `to ${to}`,
    allBranches: 'All branches',
  },
};
