// The focus key of a campaign-reach bar: one channel of one activity type. YOUTUBE is both a
// socialisation and a promotion channel, so a channel code alone cannot name one bar: the key is
// `ACTIVITY:KEY` (`PROMOTION:YOUTUBE`). A bare key (`YOUTUBE`, as older dashboard links and
// chart URLs carry it) is still understood and means every row with that key, of either type.
// The dashboard's `channel` URL parameter, the chart's `highlight` option (also on
// /charts/campaign-reach.* and /embed/campaign-reach) and a bar's data-key all use this form.

export const FOCUS_ACTIVITIES = ['SOCIALISATION', 'PROMOTION'] as const;
export type FocusActivity = (typeof FOCUS_ACTIVITIES)[number];

export interface ReachFocus {
  /** null: any activity type (a bare key). */
  activity: FocusActivity | null;
  key: string;
}

interface KeyedRow {
  key: string;
  activity?: string | null;
}

/** Reads `PROMOTION:YOUTUBE`, `promotion:YOUTUBE` or a bare `YOUTUBE`; null when empty. The key keeps its case. */
export function parseReachFocus(text: string | null | undefined): ReachFocus | null {
  const value = text?.trim();
  if (!value) return null;
  const colon = value.indexOf(':');
  if (colon > 0) {
    const activity = value.slice(0, colon).trim().toUpperCase();
    const key = value.slice(colon + 1).trim();
    if ((FOCUS_ACTIVITIES as readonly string[]).includes(activity) && key) return { activity: activity as FocusActivity, key };
  }
  return { activity: null, key: value };
}

/** The canonical text of a focus: `PROMOTION:YOUTUBE`, or the bare key. */
export function formatReachFocus(focus: ReachFocus | null): string | null {
  if (!focus) return null;
  return focus.activity ? `${focus.activity}:${focus.key}` : focus.key;
}

/** A text focus in canonical form (null when empty). */
export function normaliseReachFocus(text: string | null | undefined): string | null {
  return formatReachFocus(parseReachFocus(text));
}

/** The focus key of one row: its activity type and key (a row without type: the bare key). */
export function reachFocusKey(row: KeyedRow): string {
  return row.activity && (FOCUS_ACTIVITIES as readonly string[]).includes(row.activity) ? `${row.activity}:${row.key}` : row.key;
}

/** Whether a row is the focused one (a bare key matches the rows of both types). */
export function matchesReachFocus(row: KeyedRow, focus: string | ReachFocus | null | undefined): boolean {
  const f = typeof focus === 'string' ? parseReachFocus(focus) : focus ?? null;
  if (!f) return false;
  if (row.key !== f.key) return false;
  return f.activity === null || (row.activity ?? null) === f.activity;
}
