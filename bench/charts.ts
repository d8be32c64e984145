// Chart render times on the demo data at 800 px: the query, the SVG (layout + React render to
// markup) and the PNG (resvg, 1× and the default 2×). Goals: SVG ≤ 20 ms, PNG ≤ 100 ms.
// Run alone with `npx tsx bench/charts.ts`, or through `npm run bench` (runChartsBench).
import { pathToFileURL } from 'node:url';
import type { ChartName } from '../common/charts/registry.ts';
import { pngFromSvg, prepareChart, svgDocument } from '../server/charts/render.ts';
import { fontSetup } from '../server/charts/fonts.ts';
import { openDatabase } from '../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../server/db/seed/seed.ts';

const CASES: [ChartName, Record<string, unknown>][] = [
  ['membership-trend', { branch: 'MADIUN', from: '2016', to: '2020' }],
  ['campaign-reach', { branch: 'MADIUN', from: '2020', to: '2020' }],
  ['target-attainment', { branch: 'KEDIRI', year: 2025 }],
  ['effectiveness', { branch: 'MADIUN', from: '2020', to: '2020' }],
];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < 2; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export interface ChartBenchRow {
  chart: string;
  queryMs: number;
  svgMs: number;
  png1xMs: number;
  png2xMs: number;
}

export async function runChartsBench(): Promise<ChartBenchRow[]> {
  const db = await openDatabase({ dialect: 'sqlite', file: ':memory:' });
  try {
    await seedDemoDataIfEmpty(db);
    const rows: ChartBenchRow[] = [];
    for (const [chart, args] of CASES) {
      const queryMs = await time(10, () => prepareChart(db, chart, args, 'id'));
      const prepared = await prepareChart(db, chart, args, 'id');
      const size = { width: 800, height: 480 };
      const svgMs = await time(30, () => svgDocument(prepared, size));
      const svg = svgDocument(prepared, size);
      const png1xMs = await time(10, () => pngFromSvg(svg, 800, 1));
      const png2xMs = await time(10, () => pngFromSvg(svg, 800, 2));
      rows.push({ chart, queryMs, svgMs, png1xMs, png2xMs });
    }
    const f = (n: number) => n.toFixed(1).padStart(8);
    console.log(`charts at 800×480 px, median ms (fonts: ${fontSetup().family ?? 'system'}; goals SVG ≤ 20, PNG ≤ 100)`);
    console.log(`${'chart'.padEnd(20)}${'query'.padStart(8)}${'svg'.padStart(8)}${'png 1×'.padStart(8)}${'png 2×'.padStart(8)}`);
    for (const r of rows) console.log(`${r.chart.padEnd(20)}${f(r.queryMs)}${f(r.svgMs)}${f(r.png1xMs)}${f(r.png2xMs)}`);
    return rows;
  } finally {
    await db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runChartsBench();
}
