// The demo branches: Madiun (the study's branch) and three more East Java branches whose
// figures are synthetic, scaled from Madiun's so that they stay plausible.
import { STUDY_BRANCH } from './study.ts';

/** The demo's regional office: East Java's, the study's own (its code is Pantau's, not the agency's). */
export const DEMO_REGIONS = [{ code: 'JATIM', name: 'Kantor Wilayah Jawa Timur', source: 'SYNTHETIC' }] as const;

export interface DemoBranch {
  code: string;
  name: string;
  region: string;
  regionCode: string;
  /** Size relative to Madiun, for the synthetic figures. */
  scale: number;
  source: 'STUDY' | 'SYNTHETIC';
}

export const DEMO_BRANCHES: DemoBranch[] = [
  { ...STUDY_BRANCH, regionCode: 'JATIM', scale: 1, source: 'STUDY' },
  { code: 'KEDIRI', name: 'Kantor Cabang Kediri', region: 'Jawa Timur', regionCode: 'JATIM', scale: 1.35, source: 'SYNTHETIC' },
  { code: 'PONOROGO', name: 'Kantor Cabang Ponorogo', region: 'Jawa Timur', regionCode: 'JATIM', scale: 0.62, source: 'SYNTHETIC' },
  { code: 'BLITAR', name: 'Kantor Cabang Blitar', region: 'Jawa Timur', regionCode: 'JATIM', scale: 0.8, source: 'SYNTHETIC' },
];

export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
