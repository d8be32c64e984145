// Stateless SVG for the campaign-reach model. Bars carry data-key (the row key, for
// cross-filtering), data-activity and data-tooltip for the browser wrapper.
import type { CampaignReachModel } from './campaign-reach-layout.ts';
import { ChartFrame } from './svg-frame.tsx';
import { Axis } from './svg-axis.tsx';
import { Label } from './svg-text.tsx';
import { INK } from './palette.ts';

export function CampaignReachChart({ model }: { model: CampaignReachModel }) {
  return (
    <ChartFrame frame={model.frame} chart="campaign-reach">
      {model.measureTitle ? <Label mark={model.measureTitle} className="axis-title" /> : null}
      {model.xAxis ? <Axis axis={model.xAxis} /> : null}
      <g className="bars" data-measure={model.measure}>
        {model.bars.map((bar) => (
          <g
            key={bar.key}
            data-key={bar.key}
            data-activity={bar.activity ?? undefined}
            data-tooltip={bar.tooltip}
            data-highlighted={bar.highlighted ? 'true' : undefined}
            opacity={bar.dimmed ? 0.35 : undefined}
          >
            <title>{bar.tooltip}</title>
            <Label mark={bar.label} />
            <rect
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              fill={bar.color}
              stroke={bar.highlighted ? INK.text : undefined}
              strokeWidth={bar.highlighted ? 2 : undefined}
            />
            <Label mark={bar.valueLabel} />
          </g>
        ))}
      </g>
      {model.note.map((line, i) => (
        <Label key={i} mark={line} className="note" />
      ))}
    </ChartFrame>
  );
}
