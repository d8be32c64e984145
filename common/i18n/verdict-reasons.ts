// The words of the effectiveness verdict per reason (VerdictReason in schema/effectiveness.graphql):
// what happened, with the counts, never a bare "no data".
import type { Bilingual } from './bilingual.ts';

export type VerdictMeasure = 'cost' | 'perActivity';

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const id = {
  measure: { cost: 'biaya per pendaftaran', perActivity: 'pendaftaran per kegiatan' } as Record<VerdictMeasure, string>,
  side: { SOCIALISATION: 'sosialisasi', PROMOTION: 'promosi' } as Record<string, string>,
  notCompared: (measure: string) => `${capital(measure)} belum dibandingkan`,
  onlyActivities: (side: string, n: number) => `${side} hanya ${n} kegiatan`,
  needsMinimum: (min: number) => `kesimpulan perlu ≥ ${min} kegiatan per jenis`,
  noActivities: (side: string) => `${side} tidak punya kegiatan pada periode ini`,
  noRegistrationsCost: 'Biaya per pendaftaran tidak terdefinisi: kedua jenis kegiatan tidak menghasilkan pendaftaran pada periode ini',
  noRegistrationsActivity: 'Kedua jenis kegiatan tidak menghasilkan pendaftaran pada periode ini: tidak ada yang lebih banyak',
  freeWithout: (sides: string[]) =>
    `Biaya per pendaftaran belum dapat dibandingkan: ${sides.length ? sides.join(' dan ') : 'satu jenis kegiatan'} tidak berbiaya (Rp0) dan tidak menghasilkan pendaftaran, sehingga biaya per pendaftarannya tidak terdefinisi (0/0)`,
  bothFree: 'Kedua jenis kegiatan tidak berbiaya (Rp0): tidak ada yang lebih murah',
  oneFree: (winner: string, other: string) => `${capital(winner)} lebih murah: pendaftarannya diperoleh tanpa biaya (Rp0), sedangkan ${other} berbiaya`,
  noneFrom: (side: string, n: number) => `${side} tidak menghasilkan pendaftaran dari ${n} kegiatan`,
  tooLittle: 'tetapi data belum cukup untuk menyimpulkan perbedaan (tingkat kepercayaan 95%)',
  ratio: (ratio: string, low: string, high: string) => `rasio ${ratio}, IK 95%: ${low}–${high}`,
  attribution:
    'Angka adalah pendaftaran yang dikaitkan dengan kegiatan pada periode ini, bukan bukti bahwa kegiatan itu penyebabnya.',
  conversionNote:
    'Interval konversi dihitung per kegiatan (satu kegiatan satu klaster), karena tayangan satu penempatan iklan bukan orang-orang yang saling bebas.',
  method: (min: number) =>
    `Cara menghitung: satuannya adalah kegiatan. Untuk tiap jenis, pendaftaran per kegiatan dan pendaftaran per rupiah dihitung dari jumlah seluruh kegiatannya, dengan ragam yang diperkirakan dari sebaran antarkegiatan (yang 4–30 kali lebih besar daripada hitungan Poisson) dan tidak pernah di bawah Poisson. Kedua jenis dibandingkan dengan uji rasio yang ragamnya dihitung di bawah hipotesis "sama" (kuantil t, derajat bebas Welch–Satterthwaite): untuk tiap jenis diambil yang lebih besar antara sebaran kegiatannya di sekitar nilai hipotesis dan keragaman jenis itu sendiri yang dibawa ke nilai tersebut (seperti binomial negatif), sehingga jenis yang sebarannya sangat miring dan kebetulan rendah tidak tampak rendah sekaligus pasti. Interval 95% rasio adalah semua rasio yang tidak ditolak uji itu, sehingga interval dan kesimpulan selalu sejalan. Kesimpulan baru diberikan bila tiap jenis punya ≥ ${min} kegiatan. Pada data simulasi tanpa perbedaan, pemenang disebut pada ≤ 5% kasus, juga bila sebaran kedua jenis sangat berbeda (dispersi 4 lawan 30); perbedaan tiga kali lipat dengan 24 kegiatan per jenis ditemukan pada 84% kasus (pendaftaran per kegiatan) dan 73% (biaya per pendaftaran) pada dispersi 10, 30% pada dispersi 30.`,
};

export type VerdictReasonTexts = typeof id;

export const verdictReasons: Bilingual<VerdictReasonTexts> = {
  id,
  en: {
  measure: { cost: 'cost per registration', perActivity: 'registrations per activity' },
  side: { SOCIALISATION: 'socialisation', PROMOTION: 'promotion' },
  notCompared: (measure) => `${capital(measure)} not compared yet`,
  onlyActivities: (side, n) => `${side} has only ${n} ${n === 1 ? 'activity' : 'activities'}`,
  needsMinimum: (min) => `a verdict needs ≥ ${min} activities per type`,
  noActivities: (side) => `${side} has no activities in the period`,
  noRegistrationsCost: 'Cost per registration is undefined: neither activity type brought a registration in the period',
  noRegistrationsActivity: 'Neither activity type brought a registration in the period: neither brings more',
  freeWithout: (sides) =>
    `Cost per registration cannot be compared: ${sides.length ? sides.join(' and ') : 'one activity type'} cost nothing (Rp0) and brought no registration, so ${sides.length > 1 ? 'their' : 'its'} cost per registration is undefined (0/0)`,
  bothFree: 'Both activity types cost nothing (Rp0): neither is cheaper',
  oneFree: (winner, other) => `${capital(winner)} is cheaper: its registrations came at no cost (Rp0), while ${other} cost money`,
  noneFrom: (side, n) => `${side} brought no registration from ${n} ${n === 1 ? 'activity' : 'activities'}`,
  tooLittle: 'but the data are not enough to conclude a difference (95% confidence)',
  ratio: (ratio, low, high) => `ratio ${ratio}, 95% CI: ${low}–${high}`,
  attribution: 'Figures are registrations attributed to the activities in the period, not proof that the activities caused them.',
  conversionNote:
    'Conversion intervals are computed per activity (each activity one cluster), because the impressions of one placement are not independent persons.',
  method: (min) =>
    `How this is computed: the unit is the activity. For each type, registrations per activity and registrations per Rupiah are taken over all its activities, with a variance estimated from how much the activities differ (4–30 times more than a Poisson count) and never below Poisson. The two types are compared by a test of the ratio whose variance is taken under "no difference" (t quantile, Welch–Satterthwaite degrees of freedom): for each type the larger of its activities' spread around the hypothesised rate and its own over-dispersion carried to that rate (as a negative binomial would), so that a very skewed type that happened to draw low cannot look both low and precise. The 95% interval of the ratio is every ratio that test does not reject, so interval and verdict always agree. A verdict is given only when each type has ≥ ${min} activities. On simulated data with no difference, a winner is named in ≤ 5% of cases, also when the two types' spreads differ widely (dispersion 4 against 30); a threefold difference over 24 activities per type is found in 84% of cases (registrations per activity) and 73% (cost per registration) at dispersion 10, 30% at dispersion 30.`,
},
};
