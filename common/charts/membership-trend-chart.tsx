// Stateless SVG for the membership-trend model; marks carry data-key / data-tooltip so the
// browser wrapper can add hover tooltips and click-to-focus without recomputing anything.
import type { MembershipTrendModel } from './membership-trend-layout.ts';
import { ChartFrame } from './svg-frame.tsx';
import { Axis } from './svg-axis.tsx';
import { Marker } from './svg-marker.tsx';

export function MembershipTrendChart({ model }: { model: MembershipTrendModel }) {
  return (
    <ChartFrame frame={model.frame} chart="membership-trend">
      {model.yAxis ? <Axis axis={model.yAxis} /> : null}
      {model.xAxis ? <Axis axis={model.xAxis} /> : null}
      <g className="series">
        {model.series.map((s) => (
          <g key={s.key} data-key={s.key} data-series={s.label}>
            <path d={s.path} fill="none" stroke={s.color} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
            {s.points.map((p) =>
              p.incomplete ? (
                // Apart from the line, in a dashed ring: a sum over the few branches that reported.
                <g key={p.key} className="incomplete" data-incomplete="true">
                  <circle cx={p.x} cy={p.y} r={model.markerRadius * 2.2} fill="none" stroke={s.color} strokeWidth={1} strokeDasharray="2 2" />
                  <Marker shape={p.shape} x={p.x} y={p.y} r={model.markerRadius} color={s.color} tooltip={p.tooltip} dataKey={p.key} />
                </g>
              ) : (
                <Marker key={p.key} shape={p.shape} x={p.x} y={p.y} r={model.markerRadius} color={s.color} tooltip={p.tooltip} dataKey={p.key} />
              ),
            )}
          </g>
        ))}
      </g>
    </ChartFrame>
  );
}
