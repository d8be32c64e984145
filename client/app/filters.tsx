// The filter bar: branch, granularity, period range (years, quarters or months, matching the
// granularity) and segments. Every change goes to the URL through `update`.
import { useState } from 'react';
import { monthName, type Locale } from '../../common/i18n/format.ts';
import type { Messages } from '../../common/i18n/messages.ts';
import { convertRange, type DashboardState, GRANULARITIES, type GranularityCode, SEGMENTS, type SegmentCode } from '../../common/dashboard/url-state.ts';

export interface BranchOption {
  code: string;
  name: string;
}

interface FiltersProps {
  state: DashboardState;
  update(change: Partial<DashboardState>, options?: { replace?: boolean }): void;
  branches: BranchOption[];
  branch: string;
  years: number[];
  m: Messages;
  locale: Locale;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Splits a period into year and sub-period (quarter 1–4 or month 1–12). */
function parts(period: string | null, granularity: GranularityCode, fallbackYear: number, end: boolean): { year: number; sub: number } {
  if (!period) return { year: fallbackYear, sub: end ? (granularity === 'QUARTER' ? 4 : 12) : 1 };
  const year = Number(period.slice(0, 4));
  const q = /-Q([1-4])$/.exec(period);
  const mo = /-(\d{2})$/.exec(period);
  if (granularity === 'QUARTER') return { year, sub: q ? Number(q[1]) : end ? 4 : 1 };
  if (granularity === 'MONTH') return { year, sub: mo ? Number(mo[1]) : end ? 12 : 1 };
  return { year, sub: 1 };
}

function compose(year: number, sub: number, granularity: GranularityCode): string {
  if (granularity === 'QUARTER') return `${year}-Q${sub}`;
  if (granularity === 'MONTH') return `${year}-${String(sub).padStart(2, '0')}`;
  return String(year);
}

function PeriodPicker(props: {
  label: string;
  id: string;
  value: string | null;
  end: boolean;
  years: number[];
  granularity: GranularityCode;
  locale: Locale;
  m: Messages;
  onChange(value: string): void;
}) {
  const { years, granularity, locale, m } = props;
  const fallback = props.end ? years[years.length - 1] : years[0];
  const { year, sub } = parts(props.value, granularity, fallback, props.end);
  const subs = granularity === 'QUARTER' ? [1, 2, 3, 4] : granularity === 'MONTH' ? Array.from({ length: 12 }, (_, i) => i + 1) : [];
  const yearOptions = years.includes(year) ? years : [...years, year].sort((a, b) => a - b);
  return (
    <fieldset className="period-picker">
      <legend>{props.label}</legend>
      {subs.length ? (
        <select
          aria-label={`${props.label}: ${granularity === 'QUARTER' ? m.quarter : m.month}`}
          value={sub}
          onChange={(e) => props.onChange(compose(year, Number(e.target.value), granularity))}
        >
          {subs.map((s) => (
            <option key={s} value={s}>
              {granularity === 'QUARTER' ? (locale === 'id' ? `Triwulan ${ROMAN[s - 1]}` : `Q${s}`) : monthName(s, locale)}
            </option>
          ))}
        </select>
      ) : null}
      <select aria-label={`${props.label}: ${m.year}`} value={year} onChange={(e) => props.onChange(compose(Number(e.target.value), sub, granularity))}>
        {yearOptions.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

export function Filters({ state, update, branches, branch, years, m, locale }: FiltersProps) {
  const [copied, setCopied] = useState(false);
  const setSegment = (segment: SegmentCode, on: boolean) => {
    const next = on ? SEGMENTS.filter((s) => s === segment || state.segments.includes(s)) : state.segments.filter((s) => s !== segment);
    if (next.length) update({ segments: next });
  };
  const setGranularity = (granularity: GranularityCode) => update({ granularity, ...convertRange(state.from, state.to, granularity) });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (insecure context): the URL bar holds the same link.
    }
  };
  const yearsOrNow = years.length ? years : [new Date().getFullYear()];
  return (
    <form className="filters" aria-label={m.filters} onSubmit={(e) => e.preventDefault()}>
      <label className="field">
        <span>{m.branch}</span>
        <select value={branch} onChange={(e) => update({ branch: e.target.value, channel: null })}>
          {branches.map((b) => (
            <option key={b.code} value={b.code}>
              {b.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{m.granularity}</span>
        <select value={state.granularity} onChange={(e) => setGranularity(e.target.value as GranularityCode)}>
          {GRANULARITIES.map((g) => (
            <option key={g} value={g}>
              {m.granularities[g]}
            </option>
          ))}
        </select>
      </label>
      <PeriodPicker label={m.from} id="from" value={state.from} end={false} years={yearsOrNow} granularity={state.granularity} locale={locale} m={m} onChange={(from) => update({ from, ...(state.to && state.to < from ? { to: from } : {}) })} />
      <PeriodPicker label={m.to} id="to" value={state.to} end years={yearsOrNow} granularity={state.granularity} locale={locale} m={m} onChange={(to) => update({ to, ...(state.from && state.from > to ? { from: to } : {}) })} />
      <fieldset className="chips segments">
        <legend>{m.segments}</legend>
        {SEGMENTS.map((s) => (
          <label key={s} className="chip" title={m.segmentNames[s]}>
            <input type="checkbox" name="segments" value={s} checked={state.segments.includes(s)} onChange={(e) => setSegment(s, e.target.checked)} aria-label={m.segmentNames[s]} />
            <span aria-hidden="true">{s}</span>
          </label>
        ))}
      </fieldset>
      <div className="filter-actions">
        <button type="button" className="button button-quiet" onClick={() => void copy()}>
          {copied ? m.linkCopied : m.copyLink}
        </button>
        <span className="sr-only" aria-live="polite">{copied ? m.linkCopied : ''}</span>
      </div>
    </form>
  );
}
