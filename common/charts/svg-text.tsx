// Text and legend-swatch primitives drawn from model marks.
import type { SwatchKind, TextMark } from './model.ts';

export function Label({ mark, className }: { mark: TextMark; className?: string }) {
  return (
    <text
      className={className}
      x={mark.x}
      y={mark.y}
      textAnchor={mark.anchor ?? 'start'}
      fontSize={mark.fontSize}
      fontWeight={mark.weight === 'bold' ? 'bold' : undefined}
      fill={mark.fill}
    >
      {mark.full ? <title>{mark.full}</title> : null}
      {mark.text}
    </text>
  );
}

/** A 14 px legend key whose left edge is at x and vertical centre at y. */
export function Swatch({ kind, color, x, y }: { kind: SwatchKind; color: string; x: number; y: number }) {
  switch (kind) {
    case 'line':
    case 'dashed-line':
      return <line x1={x} x2={x + 14} y1={y} y2={y} stroke={color} strokeWidth={2} strokeDasharray={kind === 'dashed-line' ? '4 2' : undefined} />;
    case 'rule':
      return <line x1={x + 7} x2={x + 7} y1={y - 7} y2={y + 7} stroke={color} strokeWidth={2} />;
    case 'circle':
      return <circle cx={x + 7} cy={y} r={4} fill={color} stroke={color} strokeWidth={1.5} />;
    case 'hollow-circle':
      return <circle cx={x + 7} cy={y} r={4} fill="#FFFFFF" stroke={color} strokeWidth={1.5} />;
    case 'square':
      return <rect x={x + 3} y={y - 4} width={8} height={8} fill={color} stroke={color} strokeWidth={1.5} />;
    case 'hollow-square':
      return <rect x={x + 3} y={y - 4} width={8} height={8} fill="#FFFFFF" stroke={color} strokeWidth={1.5} />;
    case 'dashed-rect':
      return <rect x={x + 1} y={y - 5} width={12} height={10} fill="none" stroke={color} strokeWidth={1.5} strokeDasharray="3 2" />;
    default:
      return <rect x={x} y={y - 5} width={14} height={10} fill={color} />;
  }
}
