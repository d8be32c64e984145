// The national synthetic data set's offices: eleven regional offices (kantor wilayah) and their
// branch offices (kantor cabang). Everything here is SYNTHETIC except what the demo already
// ships (Madiun's study figures); names and codes are plausible, not the agency's register.
//
// Why these eleven: the agency groups its branches by island and population, and the split
// below follows that shape. Java, where most formal-sector employers are, gets one office per
// province (DKI Jakarta, Banten, Jawa Barat, Jawa Timur) except Central Java and Yogyakarta,
// which share one (JATENG_DIY); Sumatra is split in three (the north with Aceh, the south with
// Lampung, Jambi, Bengkulu and Bangka Belitung, and West Sumatra with Riau and the Riau
// Islands); Kalimantan is one office; Sulawesi with Maluku is SULAMA; Bali, the Nusa Tenggara
// and Papua are BANUSPA. The demo's East Java office keeps its code and name (JATIM).
//
// `scale` is the branch's size relative to Madiun (the study's branch, about 47,000 PU members
// in 2020): the few metropolitan branches (Jakarta, Surabaya, Bandung, the industrial belts of
// Tangerang, Bekasi and Batam) are several times Madiun, most are around it, the outer islands'
// smaller towns are a fraction of it.
import { DEMO_BRANCHES, DEMO_REGIONS, type DemoBranch } from './demo-branches.ts';

export interface RegionRow {
  code: string;
  name: string;
  source: 'SYNTHETIC';
}

export const NATIONAL_REGIONS: RegionRow[] = [
  { code: 'SUMBAGUT', name: 'Kantor Wilayah Sumatera Bagian Utara', source: 'SYNTHETIC' },
  { code: 'SUMBARRIAU', name: 'Kantor Wilayah Sumatera Barat dan Riau', source: 'SYNTHETIC' },
  { code: 'SUMBAGSEL', name: 'Kantor Wilayah Sumatera Bagian Selatan', source: 'SYNTHETIC' },
  { code: 'DKI', name: 'Kantor Wilayah DKI Jakarta', source: 'SYNTHETIC' },
  { code: 'BANTEN', name: 'Kantor Wilayah Banten', source: 'SYNTHETIC' },
  { code: 'JABAR', name: 'Kantor Wilayah Jawa Barat', source: 'SYNTHETIC' },
  { code: 'JATENG_DIY', name: 'Kantor Wilayah Jawa Tengah dan DI Yogyakarta', source: 'SYNTHETIC' },
  // The demo's own office, exactly as the demo seeds it.
  ...DEMO_REGIONS.map((r) => ({ ...r })),
  { code: 'KALIMANTAN', name: 'Kantor Wilayah Kalimantan', source: 'SYNTHETIC' },
  { code: 'SULAMA', name: 'Kantor Wilayah Sulawesi dan Maluku', source: 'SYNTHETIC' },
  { code: 'BANUSPA', name: 'Kantor Wilayah Bali, Nusa Tenggara dan Papua', source: 'SYNTHETIC' },
];

/** [city as in the branch's name, province (the branch's free-text region), scale] per regional office. */
type City = readonly [string, string, number];

const CITIES: Record<string, readonly City[]> = {
  SUMBAGUT: [
    ['Medan Kota', 'Sumatera Utara', 4.2], ['Medan Utara', 'Sumatera Utara', 3.1], ['Medan Belawan', 'Sumatera Utara', 2.2],
    ['Binjai', 'Sumatera Utara', 1.1], ['Lubuk Pakam', 'Sumatera Utara', 1.6], ['Tebing Tinggi', 'Sumatera Utara', 0.8],
    ['Pematang Siantar', 'Sumatera Utara', 1.2], ['Kisaran', 'Sumatera Utara', 1.0], ['Rantau Prapat', 'Sumatera Utara', 1.3],
    ['Padang Sidempuan', 'Sumatera Utara', 0.6], ['Sibolga', 'Sumatera Utara', 0.45], ['Banda Aceh', 'Aceh', 1.0],
    ['Lhokseumawe', 'Aceh', 0.7], ['Langsa', 'Aceh', 0.5], ['Meulaboh', 'Aceh', 0.4],
  ],
  SUMBARRIAU: [
    ['Padang', 'Sumatera Barat', 1.6], ['Bukittinggi', 'Sumatera Barat', 0.7], ['Solok', 'Sumatera Barat', 0.45],
    ['Pekanbaru Kota', 'Riau', 2.4], ['Pekanbaru Panam', 'Riau', 1.8], ['Dumai', 'Riau', 1.1], ['Duri', 'Riau', 1.0],
    ['Rengat', 'Riau', 0.8], ['Tanjung Pinang', 'Kepulauan Riau', 0.7], ['Batam Kota', 'Kepulauan Riau', 4.5],
    ['Batam Muka Kuning', 'Kepulauan Riau', 3.8], ['Tanjung Balai Karimun', 'Kepulauan Riau', 0.5],
  ],
  SUMBAGSEL: [
    ['Palembang', 'Sumatera Selatan', 2.6], ['Prabumulih', 'Sumatera Selatan', 0.6], ['Lubuk Linggau', 'Sumatera Selatan', 0.55],
    ['Baturaja', 'Sumatera Selatan', 0.5], ['Jambi', 'Jambi', 1.4], ['Muara Bungo', 'Jambi', 0.5], ['Bengkulu', 'Bengkulu', 0.8],
    ['Pangkal Pinang', 'Kepulauan Bangka Belitung', 0.8], ['Tanjung Pandan', 'Kepulauan Bangka Belitung', 0.35],
    ['Bandar Lampung', 'Lampung', 2.0], ['Metro', 'Lampung', 0.7], ['Kotabumi', 'Lampung', 0.5],
  ],
  DKI: [
    ['Jakarta Menteng', 'DKI Jakarta', 7.5], ['Jakarta Sudirman', 'DKI Jakarta', 9.5], ['Jakarta Gambir', 'DKI Jakarta', 6.0],
    ['Jakarta Salemba', 'DKI Jakarta', 5.2], ['Jakarta Mampang', 'DKI Jakarta', 6.8], ['Jakarta Cilandak', 'DKI Jakarta', 6.3],
    ['Jakarta Kelapa Gading', 'DKI Jakarta', 5.5], ['Jakarta Tanjung Priok', 'DKI Jakarta', 4.6], ['Jakarta Pulogadung', 'DKI Jakarta', 5.9],
    ['Jakarta Rawamangun', 'DKI Jakarta', 4.0], ['Jakarta Cengkareng', 'DKI Jakarta', 5.0], ['Jakarta Grogol', 'DKI Jakarta', 4.4],
  ],
  BANTEN: [
    ['Serang', 'Banten', 2.0], ['Cilegon', 'Banten', 2.5], ['Tangerang Cikokol', 'Banten', 4.8], ['Tangerang Batuceper', 'Banten', 4.1],
    ['Tangerang Cimone', 'Banten', 3.6], ['Serpong', 'Banten', 3.3], ['Balaraja', 'Banten', 2.7], ['Cikupa', 'Banten', 3.0],
    ['Rangkasbitung', 'Banten', 0.6], ['Pandeglang', 'Banten', 0.45],
  ],
  JABAR: [
    ['Bandung Suci', 'Jawa Barat', 4.0], ['Bandung Lodaya', 'Jawa Barat', 3.2], ['Bandung Soekarno Hatta', 'Jawa Barat', 3.5],
    ['Cimahi', 'Jawa Barat', 2.4], ['Bekasi', 'Jawa Barat', 5.0], ['Bekasi Cikarang', 'Jawa Barat', 7.0], ['Karawang', 'Jawa Barat', 4.3],
    ['Purwakarta', 'Jawa Barat', 2.1], ['Bogor Kota', 'Jawa Barat', 2.2], ['Bogor Cileungsi', 'Jawa Barat', 2.9], ['Depok', 'Jawa Barat', 2.3],
    ['Sukabumi', 'Jawa Barat', 1.4], ['Cianjur', 'Jawa Barat', 0.9], ['Cirebon', 'Jawa Barat', 1.5], ['Tasikmalaya', 'Jawa Barat', 1.0],
    ['Garut', 'Jawa Barat', 0.8], ['Subang', 'Jawa Barat', 1.2],
  ],
  JATENG_DIY: [
    ['Semarang Pemuda', 'Jawa Tengah', 3.0], ['Semarang Majapahit', 'Jawa Tengah', 2.6], ['Kudus', 'Jawa Tengah', 1.7],
    ['Pati', 'Jawa Tengah', 0.9], ['Jepara', 'Jawa Tengah', 1.3], ['Pekalongan', 'Jawa Tengah', 1.1], ['Tegal', 'Jawa Tengah', 1.0],
    ['Purwokerto', 'Jawa Tengah', 1.1], ['Cilacap', 'Jawa Tengah', 1.0], ['Magelang', 'Jawa Tengah', 0.9], ['Salatiga', 'Jawa Tengah', 0.8],
    ['Surakarta', 'Jawa Tengah', 1.9], ['Klaten', 'Jawa Tengah', 0.9], ['Yogyakarta', 'DI Yogyakarta', 1.8], ['Sleman', 'DI Yogyakarta', 1.2],
  ],
  // JATIM's first four are the demo's branches (added from DEMO_BRANCHES below).
  JATIM: [
    ['Surabaya Darmo', 'Jawa Timur', 5.5], ['Surabaya Rungkut', 'Jawa Timur', 4.8], ['Surabaya Karimunjawa', 'Jawa Timur', 4.2],
    ['Sidoarjo', 'Jawa Timur', 4.4], ['Gresik', 'Jawa Timur', 3.2], ['Mojokerto', 'Jawa Timur', 1.9], ['Malang', 'Jawa Timur', 2.6],
    ['Pasuruan', 'Jawa Timur', 2.1], ['Probolinggo', 'Jawa Timur', 0.9], ['Jember', 'Jawa Timur', 1.3], ['Banyuwangi', 'Jawa Timur', 1.0],
    ['Tuban', 'Jawa Timur', 0.8], ['Bojonegoro', 'Jawa Timur', 0.7],
  ],
  KALIMANTAN: [
    ['Pontianak', 'Kalimantan Barat', 1.5], ['Singkawang', 'Kalimantan Barat', 0.5], ['Palangka Raya', 'Kalimantan Tengah', 0.8],
    ['Sampit', 'Kalimantan Tengah', 0.9], ['Banjarmasin', 'Kalimantan Selatan', 1.7], ['Banjarbaru', 'Kalimantan Selatan', 0.9],
    ['Batulicin', 'Kalimantan Selatan', 0.7], ['Samarinda', 'Kalimantan Timur', 1.9], ['Balikpapan', 'Kalimantan Timur', 2.2],
    ['Bontang', 'Kalimantan Timur', 0.9], ['Tenggarong', 'Kalimantan Timur', 0.8], ['Tarakan', 'Kalimantan Utara', 0.6],
  ],
  SULAMA: [
    ['Makassar', 'Sulawesi Selatan', 2.8], ['Makassar Somba Opu', 'Sulawesi Selatan', 1.6], ['Pare Pare', 'Sulawesi Selatan', 0.6],
    ['Palopo', 'Sulawesi Selatan', 0.5], ['Kendari', 'Sulawesi Tenggara', 0.9], ['Palu', 'Sulawesi Tengah', 0.9],
    ['Gorontalo', 'Gorontalo', 0.5], ['Manado', 'Sulawesi Utara', 1.3], ['Bitung', 'Sulawesi Utara', 0.6], ['Mamuju', 'Sulawesi Barat', 0.35],
    ['Ambon', 'Maluku', 0.6], ['Ternate', 'Maluku Utara', 0.45],
  ],
  BANUSPA: [
    ['Denpasar', 'Bali', 2.4], ['Badung', 'Bali', 2.0], ['Singaraja', 'Bali', 0.6], ['Gianyar', 'Bali', 0.8],
    ['Mataram', 'Nusa Tenggara Barat', 1.1], ['Sumbawa', 'Nusa Tenggara Barat', 0.4], ['Kupang', 'Nusa Tenggara Timur', 0.7],
    ['Maumere', 'Nusa Tenggara Timur', 0.3], ['Jayapura', 'Papua', 0.9], ['Timika', 'Papua Tengah', 0.8], ['Merauke', 'Papua Selatan', 0.35],
    ['Sorong', 'Papua Barat Daya', 0.6], ['Manokwari', 'Papua Barat', 0.4],
  ],
};

export type NationalBranch = DemoBranch;

/** A city's branch code: its name in capitals, words joined by '_' (import's branch codes allow it). */
export function codeOf(city: string): string {
  return city.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/**
 * The national branches, in the order a slice (`--branches N`) takes them: the four demo
 * branches first (so that any slice of four or more holds Madiun), then one branch of each
 * regional office in turn, so that a small slice still spans the offices; within an office the
 * smaller branches first, so that a small slice is quick to seed (the whole list is the same
 * set whatever its order, and each branch's rows do not depend on it).
 */
export function nationalBranches(): NationalBranch[] {
  const byRegion = NATIONAL_REGIONS.map((region) =>
    CITIES[region.code]
      .map(
        ([city, province, scale]): NationalBranch => ({
          code: codeOf(city), name: `Kantor Cabang ${city}`, region: province, regionCode: region.code, scale, source: 'SYNTHETIC',
        }),
      )
      // Stable: branches of the same size keep the list's order.
      .sort((a, b) => a.scale - b.scale),
  );
  const result: NationalBranch[] = DEMO_BRANCHES.map((b) => ({ ...b }));
  for (let i = 0; byRegion.some((list) => i < list.length); i++) {
    for (const list of byRegion) if (i < list.length) result.push(list[i]);
  }
  // A code twice (a city added twice, or as one of the demo's) would merge two branches' rows.
  const codes = new Set<string>();
  for (const b of result) {
    if (codes.has(b.code)) throw new Error(`branch code ${b.code} twice`);
    codes.add(b.code);
  }
  return result;
}

/** Pilot offices (kantor cabang perintis) per branch in the stress set: ten times the branches. */
export const STRESS_FACTOR = 10;

/**
 * The stress set: every national branch and, beside each, nine synthetic pilot offices of the
 * same city (Kantor Cabang Perintis <city> 2…10), smaller than their branch. Their scale comes
 * from their code alone (no generator), so that the list is the same on every run. Same
 * ordering rule as nationalBranches: a slice spans the offices.
 */
export function stressBranches(): NationalBranch[] {
  const national = nationalBranches();
  const result = [...national];
  for (let k = 2; k <= STRESS_FACTOR; k++) {
    for (const b of national) {
      const city = b.name.replace(/^Kantor Cabang /, '');
      const code = `${b.code}_P${k}`;
      const share = 0.2 + 0.4 * ((hash(code) % 1000) / 1000);
      result.push({
        code, name: `Kantor Cabang Perintis ${city} ${k}`, region: b.region, regionCode: b.regionCode,
        scale: Math.round(b.scale * share * 100) / 100, source: 'SYNTHETIC',
      });
    }
  }
  return result;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}
