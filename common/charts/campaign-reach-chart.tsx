// Stateless SVG for the campaign-reach model. Bars carry data-key (the bar's focus key, one
// channel of one activity type such as PROMOTION:YOUTUBE, for cross-filtering), data-activity and data-tooltip for the browser wrapper; a thin line with
// caps is the 95 % interval (no cap at an end that runs past the axis). Reach and conversion
// of both activity types are two blocks, each with its own titled scale.
import { Fragment } from 'react';
import type { CampaignReachModel } from './campaign-reach-layout.ts';
import { ChartFrame } from './svg-frame.tsx';
import { Axis } from './svg-axis.tsx';
import { Label } from './svg-text.tsx';
import { INK } from './palette.ts';

export function CampaignReachChart({ model }: { model: CampaignReachModel }) {
  return (
    <ChartFrame frame={model.frame} chart="campaign-reach">
      {/* One scale per block: a single one, or attendees and impressions apart (never one axis for both). */}
      {model.blocks.map((block, i) =>
        block.unit ? (
          <g key={i} className="reach-scale" data-unit={block.unit}>
            <Label mark={block.measureTitle} className="axis-title" />
            <Axis axis={block.xAxis} />
          </g>
        ) : (
          <Fragment key={i}>
            <Label mark={block.measureTitle} className="axis-title" />
            <Axis axis={block.xAxis} />
          </Fragment>
        ),
      )}
      <g className="bars" data-measure={model.measure}>
        {model.bars.map((bar) => (
          <g
            // A mixed group is drawn once per scale: its key is its block's too.
            key={`${bar.block}:${bar.focusKey}`}
            data-key={bar.focusKey}
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
            {bar.whisker ? (
              <g className="interval" stroke={INK.text} strokeWidth={1.25}>
                <line x1={bar.whisker.x1} x2={bar.whisker.x2} y1={bar.whisker.y} y2={bar.whisker.y} />
                <line x1={bar.whisker.x1} x2={bar.whisker.x1} y1={bar.whisker.y - bar.whisker.cap} y2={bar.whisker.y + bar.whisker.cap} />
                {bar.whisker.open ? null : <line x1={bar.whisker.x2} x2={bar.whisker.x2} y1={bar.whisker.y - bar.whisker.cap} y2={bar.whisker.y + bar.whisker.cap} />}
              </g>
            ) : null}
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
