// Width of an element, kept current with a ResizeObserver, so each chart is laid out for the
// space its panel actually has (laptop grid cell or phone column) rather than a fixed size.
// `measured` stays false until the first measurement (taken before the first paint): panels
// draw their charts only then, so a chart is never built at a guessed width and thrown away.
import { useLayoutEffect, useRef, useState } from 'react';

export function useElementWidth<T extends HTMLElement>(fallback = 640): [React.RefObject<T | null>, number, boolean] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  const [measured, setMeasured] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth((prev) => (Math.abs(prev - w) >= 1 ? w : prev));
      setMeasured(true);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width, measured];
}

/** A chart height that suits the width: wide panels get a calmer aspect ratio, phones a taller one. */
export function chartHeight(width: number, { min = 240, max = 380, ratio = 0.6 } = {}): number {
  return Math.round(Math.min(max, Math.max(min, width * ratio)));
}
