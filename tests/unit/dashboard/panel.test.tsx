// @vitest-environment happy-dom
// Panel states are designed, not blank, and the chart wrapper makes marks keyboard-readable:
// arrow keys walk through the chart's data-tooltip elements and Enter selects one.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Panel, type PanelStatus } from '../../../client/features/dashboard/panel.tsx';
import { ChartView } from '../../../client/features/dashboard/chart-view.tsx';
import { messages } from '../../../common/i18n/messages.ts';

(globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function renderPanel(status: PanelStatus, locale: 'id' | 'en' = 'id') {
  const m = messages(locale);
  act(() =>
    root.render(
      <Panel id="p" title="Judul" status={status} error="boom" onRetry={() => {}} m={m} tableOpen={false} onToggleTable={() => {}} chartHeight={200} chart={<svg data-chart="x" />} table={<table />} />,
    ),
  );
}

describe('Panel', () => {
  it('shows a loading state with a live status', () => {
    renderPanel('loading');
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Memuat data');
    expect(host.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
  });
  it('shows an error with the message and a retry button', () => {
    renderPanel('error', 'en');
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The data could not be loaded');
    expect(alert?.textContent).toContain('boom');
    expect(alert?.querySelector('button')?.textContent).toBe('Try again');
  });
  it('shows an empty state that says what to change', () => {
    renderPanel('empty');
    expect(host.textContent).toContain('Belum ada data');
    expect(host.querySelector('svg[data-chart]')).toBeNull();
  });
  it('shows the chart and a table toggle when ready', () => {
    renderPanel('ready');
    expect(host.querySelector('svg[data-chart]')).not.toBeNull();
    const toggle = host.querySelector('button[aria-expanded]');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(toggle?.textContent).toContain('Tampilkan data sebagai tabel');
  });
});

describe('ChartView', () => {
  it('walks through marks with the keyboard and selects with Enter', () => {
    const selected: string[] = [];
    act(() =>
      root.render(
        <ChartView label="Chart" hint="hint" contentKey="k" onSelect={(k) => selected.push(k)}>
          <svg>
            <rect data-key="A" data-tooltip="A — 1" />
            <rect data-key="B" data-tooltip="B — 2" />
          </svg>
        </ChartView>,
      ),
    );
    const view = host.querySelector('.chart-view') as HTMLElement;
    expect(view.tabIndex).toBe(0);
    const key = (k: string) => act(() => view.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    key('ArrowRight');
    expect(host.querySelector('[role="tooltip"]')?.textContent).toContain('A');
    key('ArrowRight');
    expect(host.querySelector('[role="tooltip"]')?.textContent).toContain('B');
    key('Enter');
    expect(selected).toEqual(['B']);
    key('Escape');
    expect(host.querySelector('[role="tooltip"]')).toBeNull();
  });
});
