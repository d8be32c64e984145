// Point markers whose shape carries meaning (filled = real data, hollow = generated).
import type { SwatchKind } from './model.ts';

interface MarkerProps {
  shape: SwatchKind;
  x: number;
  y: number;
  r: number;
  color: string;
  tooltip?: string;
  dataKey?: string;
}

export function Marker({ shape, x, y, r, color, tooltip, dataKey }: MarkerProps) {
  const hollow = shape === 'hollow-circle' || shape === 'hollow-square';
  const common = {
    fill: hollow ? '#FFFFFF' : color,
    stroke: color,
    strokeWidth: 1.5,
    'data-key': dataKey,
    'data-tooltip': tooltip,
  };
  const square = shape === 'square' || shape === 'hollow-square';
  const body = square ? (
    <rect x={x - r} y={y - r} width={r * 2} height={r * 2} {...common}>
      {tooltip ? <title>{tooltip}</title> : null}
    </rect>
  ) : (
    <circle cx={x} cy={y} r={r} {...common}>
      {tooltip ? <title>{tooltip}</title> : null}
    </circle>
  );
  return body;
}
