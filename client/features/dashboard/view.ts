// What every panel receives from the dashboard: the URL state, its updater, the resolved
// scope (a branch, a regional office or the nation, as the analytic fields' arguments) and
// locale, and the messages in that locale.
import type { ReactNode } from 'react';
import type { ChartName } from '../../../common/charts/registry.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import type { Messages } from '../../../common/i18n/messages.ts';
import type { DashboardState, PanelId } from '../../../common/dashboard/url-state.ts';
import type { ScopeArgs } from '../../../common/dashboard/first-view.ts';
import { errorCodes } from '../../lib/auth-errors.ts';
import type { PanelStatus } from './panel.tsx';

export interface DashboardView {
  state: DashboardState;
  update(change: Partial<DashboardState>, options?: { replace?: boolean }): void;
  /** The `branch` or `region` argument of every panel's query; neither for the nation. */
  scope: ScopeArgs;
  locale: Locale;
  m: Messages;
  /** Years with data in the scope, ascending (for the targets year picker). */
  years: number[];
  /** False until the years have been loaded (the targets panel waits for them when it needs them). */
  yearsKnown: boolean;
  /** The share/embed menu of a chart for the panel's current arguments and drawn size (composed by the app). */
  share?: (chart: ChartName, params: Record<string, unknown>, size: { width: number; height: number }) => ReactNode;
}

export function toggleTable(view: DashboardView, panel: PanelId): void {
  const open = view.state.tables.includes(panel);
  view.update({ tables: open ? view.state.tables.filter((p) => p !== panel) : [...view.state.tables, panel] }, { replace: true });
}

export function statusOf(loading: boolean, error: unknown, hasData: boolean, isEmpty: boolean): PanelStatus {
  if (hasData) return isEmpty ? 'empty' : 'ready';
  if (error) return 'error';
  if (loading) return 'loading';
  return 'empty';
}

/**
 * What a panel says when its answer failed: for a refusal the reader can act on (too large, busy,
 * too slow, not allowed, too many requests) a sentence in the reader's language, else the error's
 * own text.
 */
export function errorText(error: unknown, m: Pick<Messages, 'errorByCode'>): string | null {
  if (!error) return null;
  for (const code of errorCodes(error)) {
    const text = m.errorByCode[code as keyof Messages['errorByCode']];
    if (text) return text;
  }
  return error instanceof Error ? error.message : String(error);
}
