// Which data sources the panels are currently showing, collected for the app shell so it can
// say "synthetic demo data" exactly when a synthetic figure is on screen.
import { createContext, useContext, useEffect } from 'react';
import type { DataSource } from '../../../common/vocabulary/schema-enums.ts';

/** The schema's DataSource (MIXED included). */
export type SourceCode = DataSource;
export type ReportSources = (panel: string, sources: readonly SourceCode[]) => void;

export const SourcesContext = createContext<ReportSources>(() => {});

/** Reports the sources of a panel's visible data (an empty list while it shows nothing). */
export function useReportSources(panel: string, sources: readonly (string | null | undefined)[]): void {
  const report = useContext(SourcesContext);
  const key = [...new Set(sources.filter(Boolean))].sort().join(',');
  useEffect(() => {
    report(panel, key ? (key.split(',') as SourceCode[]) : []);
  }, [report, panel, key]);
  useEffect(() => () => report(panel, []), [report, panel]);
}
