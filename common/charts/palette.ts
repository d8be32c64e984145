// Okabe–Ito palette: distinguishable with the common colour-vision deficiencies and in greyscale
// print (each chart also encodes meaning with shape, dash or text, never with colour alone).
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Series colours in the order they are handed out (yellow last: weak contrast on white). */
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

export function seriesColor(index: number): string {
  return SERIES_COLORS[((index % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length];
}

/** Activity types keep the same colour in every chart so the dashboard reads as one. */
export const ACTIVITY_COLORS = {
  SOCIALISATION: OKABE_ITO.blue,
  PROMOTION: OKABE_ITO.orange,
  MIXED: '#8C8C8C',
} as const;

export function activityColor(activity: string | null | undefined): string {
  if (activity === 'SOCIALISATION') return ACTIVITY_COLORS.SOCIALISATION;
  if (activity === 'PROMOTION') return ACTIVITY_COLORS.PROMOTION;
  return ACTIVITY_COLORS.MIXED;
}

/** Neutral ink for axes, labels and tracks. */
export const INK = {
  text: '#1A1A1A',
  muted: '#595959',
  axis: '#8C8C8C',
  grid: '#E5E5E5',
  track: '#E0E0E0',
  background: '#FFFFFF',
} as const;
