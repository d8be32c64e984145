// effectiveness: socialisation against promotion with the two verdicts, the effectiveness chart.
import { campaignEstimate, campaignMeta } from '../campaigns/question.ts';
import { defineQuestion } from '../question.ts';
import { effectiveness } from './query.ts';

export const effectivenessQuestion = defineQuestion({
  field: 'effectiveness',
  answer: effectiveness,
  csv: true,
  estimate: campaignEstimate,
  chart: {
    name: 'effectiveness',
    options: {},
    meta: (db, args) => campaignMeta(db, args),
    report: {
      args: (branch, year) => ({ branch, from: String(year), to: String(year) }),
      note: {
        id: 'Satuannya kegiatan: interval 95 % per kegiatan (klaster), uji rasio yang memperhitungkan sebaran antarkegiatan, kesimpulan mulai 10 kegiatan per jenis. Pendaftaran yang dikaitkan dengan kegiatan, bukan bukti sebab-akibat.',
        en: 'The unit is the activity: 95 % intervals per activity (cluster), a ratio test that allows for how much activities differ, a verdict from 10 activities per type. Registrations attributed to the activities, not proof of cause.',
      },
      // A fixed handful of measures: shown whole.
      rows: Infinity,
    },
  },
});
