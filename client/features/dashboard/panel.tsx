// One dashboard panel: heading, subtitle, badges, its own controls, a slot for the share menu,
// then the chart (or a designed loading / empty / error state) and the "data as a table"
// alternative, opened with a button whose state is kept in the URL.
import type { ReactNode } from 'react';
import type { Messages } from '../../../common/i18n/messages.ts';

export type PanelStatus = 'loading' | 'error' | 'empty' | 'ready';

interface PanelProps {
  id: string;
  title: string;
  subtitle?: string;
  badges?: ReactNode;
  controls?: ReactNode;
  /** The share/embed menu of this panel (client/features/share), when available. */
  share?: ReactNode;
  status: PanelStatus;
  /** True while newer data loads over the figures already shown. */
  refreshing?: boolean;
  error?: string | null;
  onRetry?: () => void;
  m: Messages;
  tableOpen: boolean;
  onToggleTable: () => void;
  /** The chart area; rendered when status is ready (or refreshing). */
  chart?: ReactNode;
  summary?: ReactNode;
  table?: ReactNode;
  footer?: ReactNode;
  /** Receives the measured body element (for responsive width). */
  bodyRef?: React.Ref<HTMLDivElement>;
  /** False until the body's width is known: the chart waits for it (see use-element-width.ts). */
  measured?: boolean;
  chartHeight: number;
}

export function Panel(props: PanelProps) {
  const { id, title, subtitle, badges, controls, share, status, refreshing, error, onRetry, m, tableOpen, onToggleTable } = props;
  const headingId = `${id}-heading`;
  const tableId = `${id}-table`;
  return (
    <section className="panel" id={id} aria-labelledby={headingId} aria-busy={status === 'loading' || refreshing ? 'true' : 'false'} data-status={status}>
      <header className="panel-header">
        <div className="panel-titles">
          <h2 id={headingId}>{title}</h2>
          {subtitle ? <p className="panel-subtitle">{subtitle}</p> : null}
          {badges ? <div className="badges">{badges}</div> : null}
        </div>
        <div className="panel-share" data-slot="share">
          {share}
        </div>
      </header>
      {controls ? <div className="panel-controls">{controls}</div> : null}
      {props.summary && status === 'ready' ? props.summary : null}
      <div className={`panel-body${refreshing ? ' is-refreshing' : ''}`} ref={props.bodyRef}>
        {status === 'loading' ? (
          <div className="state state-loading" role="status" style={{ minHeight: props.chartHeight }}>
            <span className="spinner" aria-hidden="true" />
            <span>{m.loading}</span>
          </div>
        ) : status === 'error' ? (
          <div className="state state-error" role="alert" style={{ minHeight: props.chartHeight }}>
            <strong>{m.errorTitle}</strong>
            {error ? <span className="state-detail">{error}</span> : null}
            {onRetry ? (
              <button type="button" className="button" onClick={onRetry}>
                {m.retry}
              </button>
            ) : null}
          </div>
        ) : status === 'empty' ? (
          <div className="state state-empty" role="status" style={{ minHeight: props.chartHeight }}>
            <svg width="40" height="40" viewBox="0 0 40 40" aria-hidden="true">
              <rect x="6" y="22" width="6" height="12" rx="1" fill="#d0d7de" />
              <rect x="17" y="14" width="6" height="20" rx="1" fill="#d0d7de" />
              <rect x="28" y="6" width="6" height="28" rx="1" fill="#d0d7de" />
            </svg>
            <span>{m.empty}</span>
          </div>
        ) : props.measured === false ? (
          <div className="chart-placeholder" style={{ minHeight: props.chartHeight }} />
        ) : (
          props.chart
        )}
        {refreshing ? <span className="refresh-indicator" role="status">{m.loading}</span> : null}
      </div>
      {props.footer && status === 'ready' ? props.footer : null}
      {status === 'ready' && props.table ? (
        <div className="panel-table">
          <button type="button" className="link-button" aria-expanded={tableOpen} aria-controls={tableId} onClick={onToggleTable}>
            <span aria-hidden="true">{tableOpen ? '▾' : '▸'}</span> {tableOpen ? m.hideTable : m.showTable}
          </button>
          <div id={tableId} hidden={!tableOpen}>
            {tableOpen ? props.table : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
