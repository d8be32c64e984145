// Interaction around a stateless chart: the chart components mark their data elements with
// data-tooltip (and data-key); this wrapper shows those texts as a tooltip on hover, lets the
// keyboard walk through them (arrow keys, Home/End, Enter to select, Escape to close) and turns
// a click or Enter on a mark into `onSelect(key)` for cross-filtering. It never recomputes
// anything from the data: what is shown is what the chart wrote.
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';

interface ChartViewProps {
  children: ReactNode;
  /** Accessible name of the interactive region. */
  label: string;
  hint: string;
  onSelect?: (key: string) => void;
  /** Changes when the chart's content changes (resets the keyboard position). */
  contentKey: string;
}

interface Tip {
  text: string;
  x: number;
  y: number;
  ring: { left: number; top: number; width: number; height: number } | null;
}

function marks(root: HTMLElement): Element[] {
  return Array.from(root.querySelectorAll('[data-tooltip]'));
}

function markKey(el: Element | null): string | null {
  const withKey = el?.closest('[data-key]');
  return withKey?.getAttribute('data-key') ?? null;
}

export function ChartView({ children, label, hint, onSelect, contentKey }: ChartViewProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [index, setIndex] = useState(-1);

  useEffect(() => {
    setTip(null);
    setIndex(-1);
  }, [contentKey]);

  const show = useCallback((el: Element, withRing: boolean) => {
    const root = rootRef.current;
    if (!root) return;
    const text = el.getAttribute('data-tooltip') ?? '';
    const box = el.getBoundingClientRect();
    const rootBox = root.getBoundingClientRect();
    const left = box.left - rootBox.left;
    const top = box.top - rootBox.top;
    setTip({
      text,
      x: Math.min(Math.max(left + box.width / 2, 8), rootBox.width - 8),
      y: top,
      ring: withRing ? { left: left - 3, top: top - 3, width: box.width + 6, height: box.height + 6 } : null,
    });
  }, []);

  const onPointerOver = (event: React.PointerEvent) => {
    const el = (event.target as Element).closest?.('[data-tooltip]');
    if (el && rootRef.current?.contains(el)) show(el, false);
  };

  const onClick = (event: React.MouseEvent) => {
    if (!onSelect) return;
    const key = markKey((event.target as Element).closest?.('[data-tooltip]') ?? null);
    if (key) onSelect(key);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const root = rootRef.current;
    if (!root) return;
    const list = marks(root);
    if (!list.length) return;
    let next = index;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = index < 0 ? 0 : (index + 1) % list.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = index <= 0 ? list.length - 1 : index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = list.length - 1;
        break;
      case 'Enter':
      case ' ': {
        const key = index >= 0 ? markKey(list[index]) : null;
        if (key && onSelect) {
          event.preventDefault();
          onSelect(key);
        }
        return;
      }
      case 'Escape':
        setTip(null);
        setIndex(-1);
        return;
      default:
        return;
    }
    event.preventDefault();
    setIndex(next);
    show(list[next], true);
  };

  const lines = tip ? tip.text.split(' — ') : [];
  return (
    <div
      ref={rootRef}
      className="chart-view"
      tabIndex={0}
      role="group"
      aria-label={`${label}. ${hint}`}
      onPointerOver={onPointerOver}
      onPointerLeave={() => index < 0 && setTip(null)}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onBlur={() => {
        setTip(null);
        setIndex(-1);
      }}
      data-selectable={onSelect ? 'true' : undefined}
    >
      {children}
      {tip?.ring ? <div className="chart-ring" style={tip.ring} aria-hidden="true" /> : null}
      {tip ? (
        <div className="chart-tooltip" role="tooltip" style={{ left: tip.x, top: tip.y }}>
          {lines.map((line, i) => (
            <div key={i} className={i === 0 ? 'tip-head' : undefined}>
              {line}
            </div>
          ))}
        </div>
      ) : null}
      <div className="sr-only" aria-live="polite">
        {tip?.ring ? tip.text : ''}
      </div>
    </div>
  );
}
