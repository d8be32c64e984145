// The dashboard's texts by the names its components import (messages(locale), Messages), kept so
// that the shell and every panel need not change; the texts are the dashboard namespace
// (dashboard.ts).
import type { Locale } from './format.ts';
import { dashboard, type DashboardTexts } from './dashboard.ts';

export type Messages = DashboardTexts;

export const MESSAGES = dashboard;

/** The dashboard's texts in one language; Bahasa Indonesia for anything else (an old link's lang). */
export function messages(locale: Locale): Messages {
  return dashboard[locale] ?? dashboard.id;
}
