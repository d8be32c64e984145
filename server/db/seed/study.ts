// The only real figures in the source study (seed/000_c40c0b1025d61a2b.txt): active
// participants of the Madiun branch at each year's end, Tabel 1 (PU) and Tabel 2 (BPU).
// They are shipped exactly as published, with source STUDY.
export const STUDY_BRANCH = { code: 'MADIUN', name: 'Kantor Cabang Madiun', region: 'Jawa Timur' } as const;

export const STUDY_ACTIVE_PARTICIPANTS: Record<'PU' | 'BPU', Record<number, number>> = {
  PU: { 2016: 26670, 2017: 37793, 2018: 43675, 2019: 42617, 2020: 46878 },
  BPU: { 2016: 17039, 2017: 6170, 2018: 5105, 2019: 4766, 2020: 7269 },
};

export const STUDY_YEARS = [2016, 2017, 2018, 2019, 2020] as const;
