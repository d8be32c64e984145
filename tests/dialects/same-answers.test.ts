// The same answers on SQLite, PostgreSQL (C collation) and PostgreSQL (ICU collation), byte for
// byte: the demo data plus a fixture whose keys sort differently by bytes and by ICU (case,
// '_' '-' '.', digits, accents, NFC/NFD), served by three real servers and asked a matrix of
// GraphQL queries generated from the schema (every root field, every field of its type), the
// facts walked page by page, the HTTP CSVs of the queries and charts, every measure of every
// cube before the answers round it, and the exports. The databases are compared with each
// other, never with fixed values, so the test stays right as answers change; a difference names
// the request and the first JSON path (or CSV line) apart.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/orm.ts';
import { exportCsvText } from '../../server/export/export.ts';
import { IMPORT_KINDS, type ImportKind } from '../../server/import/kinds.ts';
import { importFile } from '../../server/import/importer.ts';
import type { Cube } from '../../server/analytics/model.ts';
import { runQuery } from '../../server/analytics/run.ts';
import { campaignCube } from '../../server/domains/campaigns/cube.ts';
import { membershipCube } from '../../server/domains/membership/cube.ts';
import { targetCube } from '../../server/domains/targets/cube.ts';
import { availableDatabaseKinds, startTestServer, type TestDatabaseKind, type TestServer } from '../support/test-server.ts';
import { fetchSchema, type MatrixQuery, nextPage, queryMatrix, searchOf } from './matrix.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const KINDS = availableDatabaseKinds();
const CUBES: Record<string, Cube> = { membership: membershipCube, campaigns: campaignCube, targets: targetCube };

async function importFixtures(db: Database): Promise<void> {
  for (const kind of ['branches', 'membership', 'campaigns', 'targets'] as ImportKind[]) {
    const name = `${kind}.csv`;
    const report = await importFile(db, { kind, source: { path: path.join(FIXTURES, name) }, fileName: name, lang: 'en', actor: 'test' });
    if (report.outcome !== 'STORED') throw new Error(`fixture ${name} not stored: ${JSON.stringify(report.problems.slice(0, 5))}`);
  }
}

/** Where two JSON values first differ, as a path and the two values. */
function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (d) return d;
    }
    return `${at}: same members, different text`;
  }
  return `${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

function firstLineApart(a: string, b: string): string {
  const [x, y] = [a.split('\n'), b.split('\n')];
  const i = x.findIndex((line, n) => line !== y[n]);
  return `line ${i + 1}: ${JSON.stringify(x[i])} vs ${JSON.stringify(y[i])} (header ${JSON.stringify(x[0])})`;
}

describe.skipIf(KINDS.length < 3)('the same answers on SQLite, PostgreSQL and PostgreSQL with ICU collation', () => {
  const servers = new Map<TestDatabaseKind, TestServer>();
  let schema: GraphQLSchema;
  let matrix: MatrixQuery[];

  beforeAll(async () => {
    const started = await Promise.all(KINDS.map((kind) => startTestServer(kind, { prepare: importFixtures })));
    KINDS.forEach((kind, i) => servers.set(kind, started[i]));
    const sqlite = servers.get('sqlite')!;
    schema = await fetchSchema((q) => sqlite.graphql(q));
    const regions = 'regions' in schema.getQueryType()!.getFields() ? ((await sqlite.graphql('{ regions { code } }')).data?.regions ?? []).map((r: { code: string }) => r.code) : [];
    matrix = queryMatrix(schema, {
      branches: [undefined, 'MADIUN', 'KOTA_BATU'],
      windows: [{}, { from: '2019', to: '2019' }, { from: '2016', to: '2020' }, { from: '2024-Q1', to: '2024-Q3' }, { from: '2023-11', to: '2024-02' }],
      years: [2019, 2024, 2025],
      regions,
    });
  });

  afterAll(async () => {
    await Promise.all([...servers.values()].map((s) => s.close()));
  });

  /**
   * The answer to one request on every server, compared with SQLite's (a difference is added
   * to `differences`); returns SQLite's.
   */
  async function compare(label: string, request: (server: TestServer) => Promise<Response>, differences: string[]): Promise<{ status: number; text: string }> {
    const bodies = await Promise.all(KINDS.map(async (kind) => {
      const res = await request(servers.get(kind)!);
      return { kind, status: res.status, text: await res.text() };
    }));
    const [reference, ...others] = bodies;
    for (const other of others) {
      if (other.text === reference.text && other.status === reference.status) continue;
      const detail = reference.text.startsWith('{') && other.text.startsWith('{')
        ? firstDifference(JSON.parse(reference.text), JSON.parse(other.text))
        : `status ${reference.status} vs ${other.status}, ${firstLineApart(reference.text, other.text)}`;
      differences.push(`${label}\n    ${reference.kind} vs ${other.kind}: ${detail}`);
    }
    return reference;
  }

  const post = (text: string) => (s: TestServer) =>
    fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }) });
  const get = (url: string) => (s: TestServer) => fetch(`${s.url}${url}`);

  it('runs on databases that really collate apart (the ICU one sorts FACE_TO_FACE before FACEBOOK)', async () => {
    const before = async (kind: TestDatabaseKind) => {
      const result = await servers.get(kind)!.db.knex.raw(`SELECT CASE WHEN 'FACE_TO_FACE' < 'FACEBOOK' THEN 1 ELSE 0 END AS icu`);
      return Number((Array.isArray(result) ? result : result.rows)[0].icu);
    };
    expect(await before('sqlite')).toBe(0);
    expect(await before('postgresql')).toBe(0);
    expect(await before('postgresql-icu')).toBe(1);
  });

  it('answers every GraphQL query of the matrix alike, every page of the facts included', async () => {
    const [differences, errors]: string[][] = [[], []];
    const fields = new Set<string>();
    // A few requests at a time: enough to keep both cores busy, few enough for stable timings.
    const queue = [...matrix];
    const work = async () => {
      for (let query = queue.shift(); query; query = queue.shift()) {
        const { text } = await compare(`graphql ${query.text.slice(0, 300)}`, post(query.text), differences);
        const answer = JSON.parse(text);
        if (answer.errors) errors.push(`${query.text.slice(0, 200)}: ${answer.errors[0].message}`);
        fields.add(query.field);
        const pageInfo = answer.data?.[query.field]?.pageInfo;
        if (query.paged && pageInfo?.hasNextPage) queue.unshift(nextPage(schema, query, pageInfo.endCursor));
      }
    };
    await Promise.all([work(), work(), work()]);
    expect([...fields]).toEqual(expect.arrayContaining(['branches', 'membershipTrend', 'campaignReach', 'targetAttainment', 'effectiveness', 'membershipFacts', 'campaignFacts', 'targetFacts']));
    // An error answered alike by all three would hide the case it stands for.
    expect({ differences, errors }).toEqual({ differences: [], errors: [] });
  });

  it('serves the /api/<query>.csv and /charts/<chart>.csv of the matrix alike', async () => {
    const sqlite = servers.get('sqlite')!;
    const csvQueries = ((await (await fetch(`${sqlite.url}/api`)).json()).csv as { query: string; url: string }[]);
    const charts = ((await (await fetch(`${sqlite.url}/charts`)).json()).charts as { query: string; csv: string }[]);
    const urls: string[] = [];
    // The CSVs write the answers of the same query functions: the cases that differ only in the
    // order of the rows (orderBy, checked above) are left out, and charts get a third of the
    // rest, to keep the run short; a third of the /api ones is also asked in the Indonesian
    // format (lang=id: figures rounded as shown, so the databases must agree at that precision too).
    matrix.filter((query) => query.args.orderBy === undefined).forEach((query, i) => {
      for (const c of csvQueries.filter((c) => c.query === query.field)) {
        const search = searchOf(query.args);
        urls.push(`${c.url}${search}`);
        if (i % 3 === 1) urls.push(`${c.url}${search ? `${search}&` : '?'}lang=id`);
      }
      if (i % 3 === 0) for (const c of charts.filter((c) => c.query === query.field)) urls.push(`${c.csv}${searchOf(query.args)}`);
    });
    const queue = [...urls];
    const [differences, bad]: string[][] = [[], []];
    const work = async () => {
      for (let url = queue.shift(); url; url = queue.shift()) {
        const { status, text } = await compare(`GET ${url}`, get(url), differences);
        if (status !== 200) bad.push(`${url}: ${status} ${text.slice(0, 200)}`);
      }
    };
    await Promise.all([work(), work(), work()]);
    expect(urls.length).toBeGreaterThan(100);
    expect({ differences, errors: bad }).toEqual({ differences: [], errors: [] });
  });

  it('computes every measure of every cube, by every dimension, alike (before any rounding of the answers)', async () => {
    const differences: string[] = [];
    for (const [name, cube] of Object.entries(CUBES)) {
      for (const dimension of Object.keys(cube.dimensions)) {
        const query = { dimensions: [dimension], measures: Object.keys(cube.measures) };
        const answers = await Promise.all(KINDS.map((k) => runQuery(servers.get(k)!.db, cube, query)));
        answers.slice(1).forEach((rows, i) => {
          const d = firstDifference(answers[0], rows);
          if (d) differences.push(`${name} by ${dimension}\n    sqlite vs ${KINDS[i + 1]}: ${d}`);
        });
      }
    }
    expect(differences).toEqual([]);
  });

  it('exports every kind alike (the import format, sorted by natural key)', async () => {
    const differences: string[] = [];
    for (const kind of IMPORT_KINDS) {
      const texts = await Promise.all(KINDS.map((k) => exportCsvText(servers.get(k)!.db, kind)));
      texts.slice(1).forEach((text, i) => {
        if (text !== texts[0]) differences.push(`export ${kind}\n    sqlite vs ${KINDS[i + 1]}: ${firstLineApart(texts[0], text)}`);
      });
    }
    expect(differences).toEqual([]);
  });
});
