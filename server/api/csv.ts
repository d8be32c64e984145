// GET /api/<query>.csv: the analytic questions marked `csv` (server/domains/questions.ts) as CSV
// downloads, with the same arguments
// as GraphQL (lists comma separated). Columns are exactly the fields of the GraphQL answer,
// read from the schema and flattened: nested objects as dotted paths (`socialisation.reach`),
// lists of objects as one row per item (membership: series × points). Headers carry units.
// `lang=en` (the default, what scripts parse) is the machine format: `,`, `.` decimals, numbers
// as GraphQL answers them, headers `costIdr (IDR)`. `lang=id` is the file for Indonesian Excel
// (csv-format.ts): BOM, `;`, decimal comma, figures rounded as the dashboard shows them, CRLF,
// Indonesian headers (csv-headers.ts). Rows of branches or regional offices (campaignReach and
// targetAttainment grouped by BRANCH or REGION) open with their name, then their code, as the
// chart CSVs do (common/charts/office-names.ts): the row reads by its name, the file joins by code.
import { principalOf } from '../auth/identify.ts';
import { authorizeQuestion, withDefaults } from '../auth/question-access.ts';
import type { Express } from 'express';
import { type GraphQLOutputType, getNamedType, isEnumType, isListType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import { type AnswerCache, cached } from '../cache/answers.ts';
import { sendRendered } from '../charts/routes.ts';
import { countUnitOf, headerWithUnit, unitOf } from '../charts/units.ts';
import type { Config } from '../config.ts';
import { isLocale, type Locale, LOCALES } from '../../common/i18n/format.ts';
import { groupsOffices, keyColumns } from '../../common/charts/office-names.ts';
import { withChartOfficeNames } from '../charts/office-names.ts';
import type { Database } from '../db/orm.ts';
import { CSV_QUESTIONS } from '../domains/questions.ts';
import { apiSchema, type ExtraSpecs, parseParams, searchParamsOf } from '../http/params.ts';
import { CSV_CONTENT_TYPE, CSV_DEFAULT_LANG, shownDigits, spreadsheetCell, writeCsv } from './csv-format.ts';
import { apiHeaderId } from './csv-headers.ts';

/** `lang` of /api/<query>.csv: en (machine format) unless lang=id is given. */
export const API_CSV_PARAMS = { lang: { kind: 'enum', values: LOCALES, default: CSV_DEFAULT_LANG.api, caseSensitive: false } } as const satisfies ExtraSpecs;

/** Column paths of a GraphQL output type, in schema order. */
export function columnsOf(type: GraphQLOutputType, prefix = ''): string[] {
  const named = getNamedType(type);
  if (!isObjectType(named)) return [prefix];
  const out: string[] = [];
  for (const field of Object.values(named.getFields())) out.push(...columnsOf(field.type, prefix ? `${prefix}.${field.name}` : field.name));
  return out;
}

type Cells = Record<string, unknown>;

/** Rows of a value of a GraphQL type: objects spread into columns, lists into rows. */
export function flatten(value: unknown, type: GraphQLOutputType, prefix = ''): Cells[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = getNamedType(inner);
    if (!isObjectType(item)) return [{ [prefix]: Array.isArray(value) ? value.join(';') : null }];
    if (!Array.isArray(value)) return [Object.fromEntries(columnsOf(inner, prefix).map((c) => [c, null]))];
    return value.flatMap((v) => flatten(v, inner.ofType, prefix));
  }
  if (isObjectType(inner)) {
    let rows: Cells[] = [{}];
    for (const field of Object.values(inner.getFields())) {
      const path = prefix ? `${prefix}.${field.name}` : field.name;
      const sub = flatten(value === null || value === undefined ? null : (value as Record<string, unknown>)[field.name], field.type, path);
      rows = rows.flatMap((row) => sub.map((s) => ({ ...row, ...s })));
    }
    return rows;
  }
  if (isScalarType(inner) || isEnumType(inner)) return [{ [prefix]: value ?? null }];
  return [{ [prefix]: null }];
}

/** A root field's answer as columns and rows. A bare value (a count, a list of codes) is one column named after its field. */
export function answerTable(field: string, type: GraphQLOutputType, answer: unknown): { columns: string[]; rows: Cells[] } {
  const prefix = isObjectType(getNamedType(type)) ? '' : field;
  return { columns: columnsOf(type, prefix), rows: flatten(answer, type, prefix) };
}

/**
 * The table of rows named by office, laid out as the chart CSVs lay them out: `name`, then the
 * code (`key`), then the other fields. The name is the row's `label` as withChartOfficeNames set
 * it in the file's language; targetAttainment's own `label` column would only repeat it, so it
 * goes. Headers of the two first columns are keyColumns' (name,key / Nama;Kode), one rule for
 * both kinds of file.
 */
function officeTable(table: { columns: string[]; rows: Cells[] }, answer: unknown, lang: Locale): { columns: string[]; rows: Cells[]; headers: Map<string, string> } {
  const names = new Map((Array.isArray(answer) ? (answer as { key: string; label?: string | null }[]) : []).map((r) => [r.key, r.label || r.key]));
  const first = keyColumns(true, '', lang);
  return {
    columns: [...first.map((c) => c.key), ...table.columns.filter((c) => c !== 'key' && c !== 'label')],
    rows: table.rows.map((r) => ({ ...r, name: names.get(String(r.key)) ?? r.key })),
    headers: new Map(first.map((c) => [c.key, lang === 'id' ? c.label : c.key])),
  };
}

/**
 * The CSV of a root field's answer, in the dialect of `lang` (csv-format.ts). `officeRows`: the
 * rows are branches or offices named by withChartOfficeNames (officeTable's layout).
 */
export function answerCsv(field: string, answer: unknown, lang: Locale = 'en', opts: { officeRows?: boolean } = {}): string {
  const table = answerTable(field, apiSchema().getQueryType()!.getFields()[field].type, answer);
  const { columns, rows, headers } = opts.officeRows ? officeTable(table, answer, lang) : { ...table, headers: new Map<string, string>() };
  // Counts of participants say whether they are persons or program enrolments (the rows' unit).
  const countUnit = countUnitOf(rows);
  if (lang === 'id') {
    const digits = columns.map((c) => shownDigits(unitOf(c), c));
    return writeCsv([columns.map((c) => headers.get(c) ?? apiHeaderId(c, countUnit)), ...rows.map((r) => columns.map((c, j) => spreadsheetCell(r[c], digits[j])))], 'id');
  }
  // Booleans as words: csv-stringify would write true as 1 and false as an empty cell, which
  // reads as "unknown".
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : typeof v === 'boolean' ? String(v) : (v as string | number));
  return writeCsv([columns.map((c) => headers.get(c) ?? headerWithUnit(c, countUnit)), ...rows.map((r) => columns.map((c) => cell(r[c])))], 'en');
}

export function registerCsvRoutes(app: Express, deps: { db: Database; config: Config; cache: AnswerCache }): void {
  const list = CSV_QUESTIONS.map((q) => q.field);

  app.get('/api', (_req, res) => {
    res.json({ csv: list.map((field) => ({ query: field, url: `/api/${field}.csv` })) });
  });

  app.get('/api/:file', async (req, res) => {
    const file = String(req.params.file);
    const field = /^([A-Za-z]+)\.csv$/.exec(file)?.[1];
    const question = CSV_QUESTIONS.find((q) => q.field === field);
    if (!field || !question) {
      res.status(404).type('text/plain; charset=utf-8').send(`Unknown download "${file}". Downloads: ${list.map((f) => `/api/${f}.csv`).join(', ')}\n`);
      return;
    }
    const parsed = parseParams(searchParamsOf(req.originalUrl), field, API_CSV_PARAMS);
    const lang: Locale = isLocale(parsed.extras.lang) ? parsed.extras.lang : CSV_DEFAULT_LANG.api;
    const scoped = await authorizeQuestion(deps, principalOf(req), question, parsed.args);
    // An account's default branch or office is part of what the file is, so of its cache key too.
    const { lang: _lang, ...args } = withDefaults(parsed.canonical, scoped);
    // Branch and office rows named as the charts name them, in the file's language (hence the
    // cache key's lang); only the groupings whose rows are offices read the directory.
    const offices = question.chart !== undefined && groupsOffices((scoped as { groupBy?: unknown }).groupBy);
    const rendered = await cached(deps.cache, { kind: 'api-csv', resource: field, params: { ...args, lang } }, CSV_CONTENT_TYPE, async () => {
      const answer = await question.answer(deps.db, scoped);
      if (!offices) return answerCsv(field, answer, lang);
      return answerCsv(field, await withChartOfficeNames(deps.db, question.chart!.name, scoped as Record<string, unknown>, answer, lang), lang, { officeRows: true });
    });
    // pantau-targetAttainment-KEDIRI-SEGMENT-2025-id.csv: the query, its arguments, the language.
    const name = ['pantau', field, ...Object.values(args), lang].join('-').replace(/[^A-Za-z0-9._-]+/g, '_');
    sendRendered(res, rendered, { 'Content-Disposition': `attachment; filename="${name}.csv"` });
  });
}
