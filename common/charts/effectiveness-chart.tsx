// Stateless SVG for the effectiveness model: four small panels (each side's conversion on a scale
// of its own, with its axis and unit; then cost per registration and registrations per activity),
// the verdict and the note.
import type { EffectivenessModel, PanelItem } from './effectiveness-layout.ts';
import { ChartFrame } from './svg-frame.tsx';
import { Label } from './svg-text.tsx';
import { INK } from './palette.ts';

function Item({ item }: { item: PanelItem }) {
  const w = item.whisker;
  return (
    <g data-key={item.key} data-tooltip={item.tooltip}>
      <title>{item.tooltip}</title>
      {item.bar ? <rect {...item.bar} fill={item.color} /> : null}
      {w ? (
        <g stroke={item.color} strokeWidth={1.5}>
          <line x1={w.x} x2={w.x} y1={w.y1} y2={w.y2} />
          <line x1={w.x - w.cap} x2={w.x + w.cap} y1={w.y1} y2={w.y1} />
          <line x1={w.x - w.cap} x2={w.x + w.cap} y1={w.y2} y2={w.y2} />
        </g>
      ) : null}
      {item.dot ? <circle cx={item.dot.cx} cy={item.dot.cy} r={item.dot.r} fill={item.color} /> : null}
      <Label mark={item.valueLabel} />
      <Label mark={item.category} />
    </g>
  );
}

export function EffectivenessChart({ model }: { model: EffectivenessModel }) {
  return (
    <ChartFrame frame={model.frame} chart="effectiveness">
      {model.panels.map((panel) => (
        <g key={panel.key} className="panel" data-panel={panel.key} data-unit={panel.unit ?? undefined}>
          {panel.title.map((line, i) => (
            <Label key={i} mark={line} />
          ))}
          {panel.axis ? (
            <g className="panel-axis">
              <line x1={panel.axis.x} x2={panel.axis.x} y1={panel.axis.y1} y2={panel.axis.y2} stroke={INK.axis} />
              {panel.axis.ticks.map((tick, i) => (
                <g key={i}>
                  <line x1={panel.axis!.x - 2} x2={panel.axis!.x} y1={tick.y} y2={tick.y} stroke={INK.axis} />
                  <Label mark={tick.label} />
                </g>
              ))}
            </g>
          ) : null}
          {panel.items.map((item) => (
            <Item key={item.key} item={item} />
          ))}
          <line x1={panel.baseline.x1} x2={panel.baseline.x2} y1={panel.baseline.y} y2={panel.baseline.y} stroke={INK.axis} />
        </g>
      ))}
      <g className="verdict">
        {model.verdict.map((line, i) => (
          <Label key={i} mark={line} />
        ))}
      </g>
      {model.note.map((line, i) => (
        <Label key={i} mark={line} className="note" />
      ))}
    </ChartFrame>
  );
}
