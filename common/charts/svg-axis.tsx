// A bottom or left axis with optional gridlines, drawn from an AxisModel.
import type { AxisModel } from './model.ts';
import { INK } from './palette.ts';
import { Label } from './svg-text.tsx';

export function Axis({ axis }: { axis: AxisModel }) {
  const bottom = axis.orient === 'bottom';
  const [a, b] = axis.range;
  return (
    <g className={`axis axis-${axis.orient}`} fontSize={axis.fontSize} fill={INK.muted}>
      {axis.gridTo !== null
        ? axis.ticks.map((t, i) =>
            bottom ? (
              <line key={`g${i}`} x1={t.pos} x2={t.pos} y1={axis.offset} y2={axis.gridTo!} stroke={INK.grid} />
            ) : (
              <line key={`g${i}`} x1={axis.offset} x2={axis.gridTo!} y1={t.pos} y2={t.pos} stroke={INK.grid} />
            ),
          )
        : null}
      {bottom ? (
        <line x1={a} x2={b} y1={axis.offset} y2={axis.offset} stroke={INK.axis} />
      ) : (
        <line x1={axis.offset} x2={axis.offset} y1={a} y2={b} stroke={INK.axis} />
      )}
      {axis.ticks.map((t, i) =>
        bottom ? (
          <g key={`t${i}`}>
            <line x1={t.pos} x2={t.pos} y1={axis.offset} y2={axis.offset + 4} stroke={INK.axis} />
            <text x={t.pos} y={axis.offset + 6 + axis.fontSize * 0.9} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ) : (
          <g key={`t${i}`}>
            <line x1={axis.offset - 4} x2={axis.offset} y1={t.pos} y2={t.pos} stroke={INK.axis} />
            <text x={axis.offset - 6} y={t.pos + axis.fontSize * 0.35} textAnchor="end">
              {t.label}
            </text>
          </g>
        ),
      )}
      {axis.title ? <Label mark={axis.title} /> : null}
    </g>
  );
}
