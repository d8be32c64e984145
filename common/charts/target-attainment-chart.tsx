// Stateless SVG for the target-attainment model: grey target track, solid realised bar,
// dashed projected extension with its 95 % interval whisker, a 100 % reference line and the
// attainment label per row ("belum ada data" where nothing is reported yet, "data belum
// lengkap" with a lighter bar where only some of the row's targets have data), and for a
// ranking of many rows the line that stands for those between its two ends.
import type { TargetAttainmentModel } from './target-attainment-layout.ts';
import { ChartFrame } from './svg-frame.tsx';
import { Axis } from './svg-axis.tsx';
import { Label } from './svg-text.tsx';

export function TargetAttainmentChart({ model }: { model: TargetAttainmentModel }) {
  const { colors } = model;
  return (
    <ChartFrame frame={model.frame} chart="target-attainment">
      {model.axisTitle ? <Label mark={model.axisTitle} className="axis-title" /> : null}
      {model.xAxis ? <Axis axis={model.xAxis} /> : null}
      <g className="bars">
        {model.bars.map((b) => (
          <g key={b.key} data-key={b.key} data-tooltip={b.tooltip}>
            <title>{b.tooltip}</title>
            <Label mark={b.label} />
            <rect {...b.track} fill={colors.track} />
            {/* Only some targets have data: a lighter bar, outlined, against the targets with data. */}
            {b.partial ? <rect {...b.bar} fill={colors.partial} stroke={colors.bar} strokeWidth={1} /> : <rect {...b.bar} fill={colors.bar} />}
            {b.clipped ? (
              // A white break near the end says the bar runs past the scale.
              <path
                d={`M${b.bar.x + b.bar.width - 10},${b.bar.y + b.bar.height} l4,${-b.bar.height} M${b.bar.x + b.bar.width - 6},${b.bar.y + b.bar.height} l4,${-b.bar.height}`}
                stroke="#FFFFFF"
                strokeWidth={2}
              />
            ) : null}
            {b.projection ? (
              <g className="projection">
                <rect
                  x={b.projection.x}
                  y={b.projection.y}
                  width={b.projection.width}
                  height={b.projection.height}
                  fill="none"
                  stroke={colors.projection}
                  strokeWidth={1.5}
                  strokeDasharray="4 2"
                />
                <line x1={b.projection.tickX} x2={b.projection.tickX} y1={b.track.y} y2={b.track.y + b.track.height} stroke={colors.projection} strokeWidth={2} />
                {b.projection.interval ? (
                  // The projection's 95 % interval: a whisker with end caps, like an error bar.
                  <path
                    className="interval"
                    d={`M${b.projection.interval.x1},${b.projection.interval.y} H${b.projection.interval.x2} M${b.projection.interval.x1},${b.projection.interval.y - b.projection.interval.capHeight / 2} v${b.projection.interval.capHeight} M${b.projection.interval.x2},${b.projection.interval.y - b.projection.interval.capHeight / 2} v${b.projection.interval.capHeight}`}
                    stroke={colors.reference}
                    strokeWidth={1.25}
                    fill="none"
                  />
                ) : null}
              </g>
            ) : null}
            <Label mark={b.valueLabel} />
          </g>
        ))}
      </g>
      {model.reference ? (
        <g className="reference">
          <line x1={model.reference.x} x2={model.reference.x} y1={model.reference.y1} y2={model.reference.y2} stroke={colors.reference} strokeWidth={1.5} />
          {model.reference.label ? <Label mark={model.reference.label} /> : null}
        </g>
      ) : null}
      {model.gap ? (
        // The rows a ranking leaves out, in one line between its two ends (over the grid and the
        // 100 % line); every row is in the table.
        <g className="ranking-gap" data-tooltip={model.gap.tooltip}>
          <title>{model.gap.tooltip}</title>
          <rect {...model.gap.backing} fill="#FFFFFF" />
          <Label mark={model.gap.text} />
        </g>
      ) : null}
    </ChartFrame>
  );
}
