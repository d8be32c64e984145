// The standalone <svg> around every chart: namespace, size, inline font stack and white
// background so the same markup works as a file, a PNG source and inline in the dashboard;
// <title>/<desc> give screen readers the chart's name and a text summary.
import type { ReactNode } from 'react';
import type { FrameModel } from './model.ts';
import { INK } from './palette.ts';
import { Label, Swatch } from './svg-text.tsx';

// Arial metrics first (Arial, its metric twins Liberation Sans and Arimo, then Helvetica): text
// widths are estimated without a DOM (text.ts) for Arial, and the server's PNGs, embeds and report
// use the same metrics, so a label sized here fits wherever the SVG is shown. Wider fallbacks
// (DejaVu Sans on a bare Linux) only get a look-in when none of those is installed.
export const FONT_STACK = 'Arial, "Liberation Sans", Arimo, Helvetica, "Helvetica Neue", "Noto Sans", Roboto, system-ui, sans-serif';

export function ChartFrame({ frame, chart, children }: { frame: FrameModel; chart: string; children?: ReactNode }) {
  const titleId = `${frame.id}-title`;
  const descId = `${frame.id}-desc`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={frame.width}
      height={frame.height}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      lang={frame.locale}
      data-chart={chart}
      fontSize={frame.fontSize}
      style={{ fontFamily: FONT_STACK, background: INK.background }}
    >
      <title id={titleId}>{frame.title}</title>
      <desc id={descId}>{frame.desc}</desc>
      <rect width={frame.width} height={frame.height} fill={INK.background} />
      {frame.heading ? <Label mark={frame.heading} className="chart-title" /> : null}
      {frame.legend.length ? (
        <g className="legend">
          {frame.legend.map((item) => (
            <g key={item.key} data-key={item.key}>
              <Swatch {...item.swatch} />
              <Label mark={item.label} />
            </g>
          ))}
        </g>
      ) : null}
      {frame.empty ? <Label mark={frame.empty} className="empty" /> : children}
      {frame.caption.map((line, i) => (
        <Label key={i} mark={line} className="caption" />
      ))}
    </svg>
  );
}
