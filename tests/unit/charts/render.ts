// Renders a chart by name to markup and checks what every chart must satisfy.
import { renderToStaticMarkup } from 'react-dom/server';
import { expect } from 'vitest';
import { renderChart, type ChartDataMap, type ChartName, type ChartOptionsMap } from '../../../common/charts/registry.ts';

export function svgOf<K extends ChartName>(name: K, data: ChartDataMap[K], options?: ChartOptionsMap[K]): string {
  return renderToStaticMarkup(renderChart(name, data, options));
}

/** Standalone, accessible, and free of NaN/undefined/Infinity leaking from the layout. */
export function expectWellFormed(svg: string): void {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
  expect(svg).toContain('role="img"');
  expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
  expect(svg).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
  expect(svg).toContain('font-family:');
  expect(svg).toContain('fill="#FFFFFF"');
  expect(svg).not.toMatch(/NaN|undefined|Infinity|\[object/);
}
