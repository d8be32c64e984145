// The weekly report's contents as headed tables of text in the reader's language, one list
// that the print page and the PDF both lay out, so that the two say the same.
import { formatDate, formatInteger, formatPercent, formatSigned, type Locale } from '../../../common/i18n/format.ts';
import type { Action } from '../../graphql/generated/resolvers-types.ts';
import { isMet } from '../../domains/reviews/assessment/assessment.ts';
import type { WeeklyReportData } from './data.ts';
import { weeklyTexts } from './texts.ts';

export interface TextTable {
  columns: { label: string; numeric?: boolean }[];
  rows: string[][];
}

export interface Section {
  heading: string;
  /** A line under the heading (a summary, or what the figures count). */
  note?: string;
  /** Free text (the review's notes), kept as written, line breaks included. */
  text?: string;
  table?: TextTable;
  /** Said instead of an empty table. */
  empty?: string;
  /** A heading of a part (review, assessment) rather than of one table. */
  level: 1 | 2;
}

export function weeklySections(data: WeeklyReportData): Section[] {
  const locale = data.locale;
  const L = weeklyTexts[locale];
  const int = (n: number) => formatInteger(n, locale);
  const sections: Section[] = [{ heading: L.review, level: 1 }];
  const { review, assessment: a } = data;
  if (!review) sections.push({ heading: L.review, level: 2, empty: L.noReview });
  else {
    sections.push({ heading: L.notes, level: 2, note: L.writtenBy(review.createdBy.replace(/^account:/, '')), text: review.notes ?? L.noNotes });
    sections.push(actionSection(L.actions, review.actions, locale));
  }
  if (review?.carriedOver.length) sections.push(actionSection(L.carriedOver, review.carriedOver, locale));

  sections.push({ heading: L.assessment, level: 1, note: data.running ? L.running : undefined });
  const c = L.targetColumns;
  sections.push({
    heading: L.targets(a.year),
    level: 2,
    note: L.targetsSummary(a.targetsMet, a.targetsNotMet, a.targetsWithoutData),
    table: {
      columns: [{ label: c.program }, { label: c.target, numeric: true }, { label: c.realised, numeric: true }, { label: c.attainment, numeric: true }, { label: c.met }],
      rows: a.targets.map((t) => {
        const met = isMet(t);
        return [t.label, int(t.target), met === null ? '–' : int(t.realised), met === null ? '–' : formatPercent(t.attainmentPct, locale, 1), met === null ? L.metWords.noData : met ? L.metWords.yes : L.metWords.no];
      }),
    },
    empty: L.noActions,
  });
  const g = L.leagueColumns;
  sections.push({
    heading: L.league,
    level: 2,
    note: L.leagueNote,
    table: {
      columns: [
        { label: g.staff }, { label: g.target, numeric: true }, { label: g.realised, numeric: true }, { label: g.attainment, numeric: true },
        { label: g.expectedToDate, numeric: true }, { label: g.attainmentToDate, numeric: true }, { label: g.week }, { label: g.yearToDate },
      ],
      rows: a.league.map((s) => {
        const t = s.attainment;
        const shown = t && t.status !== 'NO_DATA';
        return [
          s.name ? `${s.name} (${s.staff})` : s.staff,
          t ? int(t.target) : '–',
          shown ? int(t.realised) : '–',
          shown ? formatPercent(t.attainmentPct, locale, 1) : '–',
          s.expectedToDate === null ? '–' : int(s.expectedToDate),
          s.attainmentToDatePct === null || s.onTrack === null ? '–' : L.toDateCell(formatPercent(s.attainmentToDatePct, locale, 1), s.onTrack),
          L.leagueCell(int(s.week.registrations), int(s.week.activities)),
          L.leagueCell(int(s.yearToDate.registrations), int(s.yearToDate.activities)),
        ];
      }),
    },
    empty: L.noStaff,
  });
  const m = L.movementColumns;
  sections.push({
    heading: L.movement(a.lastWeek),
    level: 2,
    table: {
      columns: [{ label: m.activity }, { label: m.measure }, { label: m.thisWeek, numeric: true }, { label: m.lastWeek, numeric: true }, { label: m.change, numeric: true }],
      rows: a.movement.flatMap((row) =>
        (['activities', 'registrations', 'reach'] as const).map((k, i) => [
          i === 0 ? L.activityNames[row.activity] : '',
          k === 'reach' ? L.measures.reach(row.activity) : L.measures[k],
          int(row.thisWeek[k]),
          int(row.lastWeek[k]),
          formatSigned(row.change[k], locale),
        ]),
      ),
    },
  });
  return sections;
}

function actionSection(heading: string, actions: Action[], locale: Locale): Section {
  const L = weeklyTexts[locale];
  const c = L.actionColumns;
  return {
    heading,
    level: 2,
    table: {
      columns: [{ label: c.title }, { label: c.owner }, { label: c.due }, { label: c.status }, { label: c.agreed }],
      rows: actions.map((x) => [x.title, x.ownerName ?? x.owner ?? '–', x.due ? formatDate(x.due, locale) : '–', L.statuses[x.status], x.week]),
    },
    empty: L.noActions,
  };
}
