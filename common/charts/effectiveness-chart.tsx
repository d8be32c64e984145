// Stateless SVG for the effectiveness model: three small panels, the verdict and the reach note.
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
        <g key={panel.key} className="panel" data-panel={panel.key}>
          {panel.title.map((line, i) => (
            <Label key={i} mark={line} />
          ))}
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
