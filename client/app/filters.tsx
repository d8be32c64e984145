// The filter bar: scope (the nation, a regional office, a branch), granularity, period range
// (years, quarters or months, matching the granularity, or this week / last week) and segments. Every change goes to the
// URL through `update`; the scope through `onScope`, which keeps one scope parameter at most.
import { useState } from 'react';
import { monthName, type Locale } from '../../common/i18n/format.ts';
import type { Messages } from '../../common/i18n/messages.ts';
import { convertRange, type DashboardState, GRANULARITIES, type GranularityCode, isWeekRange, type Scope, SEGMENTS, type SegmentCode } from '../../common/dashboard/url-state.ts';
import { WeekPeriodSwitch } from '../features/dashboard/week-period-switch.tsx';

export interface BranchOption {
  code: string;
  name: string;
  regionCode?: string | null;
}

export interface RegionOption {
  code: string;
  name: string;
}

interface FiltersProps {
  state: DashboardState;
  update(change: Partial<DashboardState>, options?: { replace?: boolean }): void;
  branches: readonly BranchOption[];
  regions: readonly RegionOption[];
  scope: Scope;
  onScope(scope: Scope): void;
  years: number[];
  m: Messages;
  locale: Locale;
  /**
   * What the caller may choose: every scope, or (an account that reads only its own) its office
   * and the office's branches (`office`), or nothing but its branch (`none`: no picker).
   */
  choice?: 'all' | 'office' | 'none';
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

/** The regional office a scope lies in: its own, or its branch's; null for the nation. */
export function regionOfScope(scope: Scope, branches: readonly BranchOption[]): string | null {
  if (scope.kind === 'region') return scope.region;
  if (scope.kind === 'branch') return branches.find((b) => b.code === scope.branch)?.regionCode ?? null;
  return null;
}

/**
 * Two selects, office then branch: the branch list is the chosen office's branches (every
 * branch, grouped by office, at the national scope), its first option the office itself.
 */
function ScopePicker({ branches, regions, scope, onScope, m, choice = 'all' }: Pick<FiltersProps, 'branches' | 'regions' | 'scope' | 'onScope' | 'm' | 'choice'>) {
  const region = regionOfScope(scope, branches);
  const regionName = regions.find((r) => r.code === region)?.name ?? region;
  const inRegion = region ? branches.filter((b) => b.regionCode === region) : [];
  const unassigned = branches.filter((b) => !b.regionCode || !regions.some((r) => r.code === b.regionCode));
  const option = (b: BranchOption) => (
    <option key={b.code} value={b.code}>
      {b.name}
    </option>
  );
  return (
    <fieldset className="scope-picker">
      <legend>{m.scope}</legend>
      <label className="field">
        <span>{m.region}</span>
        <select value={region ?? ''} onChange={(e) => onScope(e.target.value ? { kind: 'region', region: e.target.value } : { kind: 'nation' })}>
          {choice === 'all' ? <option value="">{m.nationalOption}</option> : null}
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{m.branch}</span>
        <select
          value={scope.kind === 'branch' ? scope.branch : ''}
          onChange={(e) => onScope(e.target.value ? { kind: 'branch', branch: e.target.value } : region ? { kind: 'region', region } : { kind: 'nation' })}
        >
          <option value="">{region ? m.allBranchesOf(regionName ?? region) : m.allBranches}</option>
          {region ? (
            // A branch of no known office is still shown when it is the scope, so the select names it.
            [...inRegion, ...(scope.kind === 'branch' && !inRegion.some((b) => b.code === scope.branch) ? branches.filter((b) => b.code === scope.branch) : [])].map(option)
          ) : (
            <>
              {regions.map((r) => {
                const list = branches.filter((b) => b.regionCode === r.code);
                return list.length ? (
                  <optgroup key={r.code} label={r.name}>
                    {list.map(option)}
                  </optgroup>
                ) : null;
              })}
              {unassigned.length ? <optgroup label={m.noRegion}>{unassigned.map(option)}</optgroup> : null}
            </>
          )}
        </select>
      </label>
    </fieldset>
  );
}

/** Where the view stands: Nasional › its regional office › its branch; each level but the last opens that level. */
export function ScopeBreadcrumbs({
  branches,
  regions,
  scope,
  onScope,
  href,
  m,
  choice = 'all',
}: Pick<FiltersProps, 'branches' | 'regions' | 'scope' | 'onScope' | 'm' | 'choice'> & { href(scope: Scope): string }) {
  const region = regionOfScope(scope, branches);
  // The nation is a level only for those who may open it.
  const crumbs: { scope: Scope; name: string }[] = choice === 'all' ? [{ scope: { kind: 'nation' }, name: m.national }] : [];
  if (region && choice !== 'none') crumbs.push({ scope: { kind: 'region', region }, name: regions.find((r) => r.code === region)?.name ?? region });
  if (scope.kind === 'branch') crumbs.push({ scope, name: branches.find((b) => b.code === scope.branch)?.name ?? scope.branch });
  return (
    <nav className="breadcrumbs" aria-label={m.scopeShown} data-testid="scope-breadcrumbs">
      <ol>
        {crumbs.map((c, i) => (
          <li key={c.scope.kind}>
            {i === crumbs.length - 1 ? (
              <span aria-current="location">{c.name}</span>
            ) : (
              <a
                href={href(c.scope)}
                onClick={(e) => {
                  e.preventDefault();
                  onScope(c.scope);
                }}
              >
                {c.name}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function Filters({ state, update, branches, regions, scope, onScope, years, m, locale, choice = 'all' }: FiltersProps) {
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
      {choice === 'none' ? null : <ScopePicker branches={branches} regions={regions} scope={scope} onScope={onScope} m={m} choice={choice} />}
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
      {/* While weeks are the period, the week switch names them and leads back to these. */}
      {isWeekRange(state) ? null : (
        <>
          <PeriodPicker label={m.from} id="from" value={state.from} end={false} years={yearsOrNow} granularity={state.granularity} locale={locale} m={m} onChange={(from) => update({ from, ...(state.to && state.to < from ? { to: from } : {}) })} />
          <PeriodPicker label={m.to} id="to" value={state.to} end years={yearsOrNow} granularity={state.granularity} locale={locale} m={m} onChange={(to) => update({ to, ...(state.from && state.from > to ? { from: to } : {}) })} />
        </>
      )}
      <WeekPeriodSwitch state={state} update={update} m={m} locale={locale} />
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
