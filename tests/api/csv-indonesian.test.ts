// The CSV downloads with lang=id, as Indonesian Excel opens them (id-ID: decimal symbol `,`,
// list separator `;`): UTF-8 BOM, `;` between fields, CRLF, Indonesian headers, numbers with a
// decimal comma and no grouping, rounded to the precision the dashboard shows, which parse back
// to the GraphQL answer at that precision. lang=en (and /api without lang) stays the machine format.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labels } from '../../common/charts/labels.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const L = labels('id');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const STATS = 'activities reach registrations costIdr conversionRate conversionLow conversionHigh costPerRegistration registrationsPerActivity';
const COMPARISON = 'outcome reason ratio low high degreesOfFreedom socialisationActivities promotionActivities';
const POINTS = 'period activeParticipants change changePct changeUnavailable reportingBranches newParticipants lapsedParticipants flowsIncomplete asOf source flowSource';

const API_CASES: { query: string; url: string; gql: string; rows: (data: any) => Record<string, unknown>[] }[] = [
  {
    query: 'membershipTrend',
    url: 'branch=MADIUN&segments=PU,BPU&from=2016&to=2020',
    gql: `{ membershipTrend(branch: "MADIUN", segments: [PU, BPU], from: "2016", to: "2020") { segment program unit points { ${POINTS} } } }`,
    rows: (d) => d.membershipTrend.flatMap((s: any) => s.points.map((p: any) => ({ segment: s.segment, program: s.program, unit: s.unit, ...prefix('points', p) }))),
  },
  {
    query: 'campaignReach',
    url: 'branch=MADIUN&from=2020&to=2020&groupBy=CHANNEL',
    gql: `{ campaignReach(branch: "MADIUN", from: "2020", to: "2020", groupBy: CHANNEL) {
      key activity reachUnit activities reach attendees impressions leads registrations costIdr conversionRate conversionLow conversionHigh
      costPerRegistration costPerRegistrationLow costPerRegistrationHigh registrationsPerActivity source } }`,
    rows: (d) => d.campaignReach,
  },
  {
    query: 'targetAttainment',
    url: 'branch=KEDIRI&year=2025&groupBy=SEGMENT',
    gql: `{ targetAttainment(branch: "KEDIRI", year: 2025, groupBy: SEGMENT) {
      key label metric unit status target targetWithData targetWithoutData keysWithTargets keysWithData realised attainmentPct gap
      asOf earliestAsOf branchesWithTargets reportingBranches projectedRealised projectedLow projectedHigh projectedAttainmentPct source } }`,
    rows: (d) => d.targetAttainment,
  },
  {
    query: 'effectiveness',
    url: 'branch=MADIUN&from=2016&to=2020',
    gql: `{ effectiveness(branch: "MADIUN", from: "2016", to: "2020") {
      socialisation { ${STATS} } promotion { ${STATS} }
      verdict { cheaperPerRegistration moreRegistrationsPerActivity costRatio costRatioLow costRatioHigh minimumActivities
        costPerRegistration { ${COMPARISON} } registrationsPerActivity { ${COMPARISON} } } } }`,
    rows: (d) => [{ ...prefix('socialisation', d.effectiveness.socialisation), ...prefix('promotion', d.effectiveness.promotion), ...prefix('verdict', d.effectiveness.verdict) }],
  },
];

const CHARTS: [string, string][] = [
  ['membership-trend', 'branch=MADIUN&segments=PU,BPU&from=2016&to=2020'],
  ['campaign-reach', 'branch=MADIUN&from=2020&to=2020'],
  ['target-attainment', 'branch=KEDIRI&year=2024&groupBy=SEGMENT'],
  ['effectiveness', 'branch=MADIUN&from=2020&to=2020'],
];

function prefix(name: string, object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object).flatMap(([k, v]) => (v && typeof v === 'object' ? Object.entries(prefix(`${name}.${k}`, v as Record<string, unknown>)) : [[`${name}.${k}`, v]])),
  );
}

/** A cell as Excel in id-ID reads it as a number: digits, an optional decimal comma, ASCII minus; nothing else. */
function excelNumber(cell: string): number | null {
  return /^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : null;
}

/** Rounded half away from zero at `digits` decimals, as the dashboard shows the figure. */
function shown(value: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

/** The decimals a field is shown with, read from the unit of its English (machine) header. */
function digitsOf(enHeader: string): number | null {
  const unit = /\(([^)]*)\)$/.exec(enHeader)?.[1] ?? '';
  const leaf = enHeader.replace(/ \([^)]*\)$/, '').split('.').at(-1)!;
  if (unit === '%' || unit === 'ratio' || unit === 'registrations per activity' || /^(ratio|low|high)$/.test(leaf)) return 2;
  if (unit === '') return null;
  return 0; // IDR and every count
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('sqlite');
});
afterAll(() => server?.close());

async function download(path: string): Promise<{ res: Response; bytes: Buffer; text: string }> {
  const res = await fetch(`${server.url}${path}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { res, bytes, text: bytes.toString('utf8') };
}

/** Parses the file exactly as an Indonesian Excel user's one would be: `;`, BOM, CRLF. */
function parseId(text: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
}

function expectExcelFile(bytes: Buffer): void {
  expect(bytes.subarray(0, 3).equals(BOM), 'UTF-8 BOM').toBe(true);
  const text = bytes.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  // Every line ends in CRLF: no bare LF anywhere (none of these cells hold a line break).
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(text).not.toContain('−'); // U+2212 is no minus to Excel
}

describe('/api/<query>.csv?lang=id', () => {
  it.each(API_CASES.map((c) => [c.query, c] as const))('%s opens in Indonesian Excel and parses back to the GraphQL answer at the shown precision', async (_name, c) => {
    const { res, bytes, text } = await download(`/api/${c.query}.csv?${c.url}&lang=id`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="pantau-${c.query}-[^"]*-id\\.csv"$`));
    expectExcelFile(bytes);

    const [header, ...records] = parseId(text);
    // The columns are those of the English file, in the same order: its headers name the fields.
    const en = await download(`/api/${c.query}.csv?${c.url}`);
    expect(en.res.headers.get('content-disposition')).toMatch(new RegExp(`-en\\.csv"$`));
    const [enHeader] = Papa.parse<string[]>(en.text, { delimiter: ',', skipEmptyLines: true }).data;
    expect(header.length).toBe(enHeader.length);
    const fields = enHeader.map((h) => h.replace(/ \([^)]*\)$/, ''));

    // Indonesian headers: none is a field path or an English header.
    header.forEach((h, j) => {
      expect(h, fields[j]).not.toBe(enHeader[j]);
      expect(h, fields[j]).not.toMatch(/[a-z][A-Z]|\./);
    });

    const answer = await server.graphql(c.gql);
    expect(answer.errors).toBeUndefined();
    const expected = c.rows(answer.data);
    expect(records.length).toBe(expected.length);
    records.forEach((record, i) => {
      fields.forEach((field, j) => {
        const want = expected[i][field];
        const cell = record[j];
        const where = `${header[j]} row ${i}: ${cell}`;
        if (want === null) expect(cell, where).toBe('');
        else if (typeof want === 'number') {
          const got = excelNumber(cell);
          expect(got, where).not.toBeNull();
          const digits = digitsOf(enHeader[j]);
          if (digits === null) expect(got, where).toBe(want);
          else {
            expect(got, where).toBeCloseTo(shown(want, digits), 9);
            // Written with exactly the decimals shown (2,40 as the dashboard's 2,40%).
            expect(cell.split(',')[1]?.length ?? 0, where).toBe(digits);
          }
        } else if (typeof want === 'boolean') expect(cell, where).toBe(want ? 'ya' : 'tidak');
        else expect(cell, where).toBe(String(want));
      });
    });
  });

  it('writes the study figures as Excel reads them: 46878, -2,42', async () => {
    const { text } = await download('/api/membershipTrend.csv?branch=MADIUN&segments=PU&from=2016&to=2020&lang=id');
    const [header, ...records] = parseId(text);
    const col = (label: string) => header.indexOf(label);
    expect(header.slice(0, 4)).toEqual([L.segment, L.program, L.unit, L.period]);
    const row2020 = records.find((r) => r[col(L.period)] === '2020')!;
    const row2019 = records.find((r) => r[col(L.period)] === '2019')!;
    expect(row2020[col(`${L.activeParticipants} (orang)`)]).toBe('46878');
    expect(row2019[col(L.changePct)]).toBe('-2,42');
    expect(row2019[col(`${L.change} (orang)`)]).toBe('-1058');
  });

  it('says the units in Indonesian: Rp, %, orang, kepesertaan program', async () => {
    const reach = parseId((await download('/api/campaignReach.csv?branch=MADIUN&lang=id')).text)[0];
    expect(reach).toEqual(expect.arrayContaining([`${L.costIdr} (Rp)`, `${L.costPerRegistration} (Rp)`, 'Konversi (pendaftaran/jangkauan, %)', `${L.registrations} (orang)`]));
    const targets = parseId((await download('/api/targetAttainment.csv?branch=KEDIRI&year=2025&lang=id')).text)[0];
    expect(targets).toEqual(expect.arrayContaining([`${L.realised} (kepesertaan program)`, `${L.attainment} (%)`]));
    const effectiveness = parseId((await download('/api/effectiveness.csv?branch=MADIUN&lang=id')).text)[0];
    expect(effectiveness).toEqual(expect.arrayContaining(['Sosialisasi: Biaya (Rp)', 'Promosi: Biaya per pendaftaran (Rp)', 'Kesimpulan: Biaya per pendaftaran: Rasio']));
  });

  it('takes lang like the other URLs (case-insensitive, named when wrong) and keeps the machine format by default', async () => {
    expect((await download('/api/targetAttainment.csv?branch=KEDIRI&year=2025&lang=ID')).bytes.subarray(0, 3).equals(BOM)).toBe(true);
    const bad = await download('/api/targetAttainment.csv?branch=KEDIRI&year=2025&lang=fr');
    expect(bad.res.status).toBe(400);
    expect(bad.text).toMatch(/^lang:/);
    const plain = await download('/api/membershipTrend.csv?branch=MADIUN&segments=PU&from=2016&to=2020');
    const explicit = await download('/api/membershipTrend.csv?branch=MADIUN&segments=PU&from=2016&to=2020&lang=en');
    expect(plain.text).toBe(explicit.text);
    expect(plain.bytes.subarray(0, 3).equals(BOM)).toBe(false);
    expect(plain.text).not.toContain('\r\n');
    expect(plain.text.split('\n')[0]).toContain('points.activeParticipants (persons),');
    expect(plain.text).toContain(',-2.42,');
  });
});

describe('/charts/<chart>.csv?lang=id', () => {
  it.each(CHARTS)('%s opens in Indonesian Excel with the table\'s Indonesian headers and the figures at the shown precision', async (chart, query) => {
    const { res, bytes, text } = await download(`/charts/${chart}.csv?${query}&lang=id`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="pantau-${chart}-[^"]*-id\\.csv"$`));
    expectExcelFile(bytes);
    const [header, ...records] = parseId(text);

    const en = await download(`/charts/${chart}.csv?${query}&lang=en`);
    expect(en.res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="pantau-${chart}-[^"]*-en\\.csv"$`));
    const [enHeader, ...enRecords] = Papa.parse<string[]>(en.text, { delimiter: ',', skipEmptyLines: true }).data;
    expect(records.length).toBe(enRecords.length);
    expect(records.length).toBeGreaterThan(0);
    header.forEach((h, j) => expect(h).not.toBe(enHeader[j]));

    // The English file holds the raw values (the same as GraphQL's: tests/charts/charts-http).
    const measureRows = enHeader[0] === 'measure';
    records.forEach((record, i) => {
      record.forEach((cell, j) => {
        const raw = enRecords[i][j];
        const where = `${header[j]} row ${i}: ${cell} vs ${raw}`;
        if (raw === '') return expect(cell, where).toBe('');
        const rawNumber = /^-?\d+(\.\d+)?(e-?\d+)?$/.test(raw) ? Number(raw) : null;
        if (rawNumber === null || (measureRows && j < 2) || (!measureRows && /^(period|as_of|key)$/.test(enHeader[j]))) {
          if (!(measureRows && j < 2)) expect(cell, where).toBe(raw);
          return;
        }
        const digits = digitsOf(measureRows ? `${enRecords[i][0]} (${enRecords[i][1]})` : enHeader[j]);
        const got = excelNumber(cell);
        expect(got, where).not.toBeNull();
        expect(got, where).toBeCloseTo(digits === null ? rawNumber : shown(rawNumber, digits), 9);
        if (digits !== null) expect(cell.split(',')[1]?.length ?? 0, where).toBe(digits);
      });
    });
  });

  it('uses the labels of the tables, with Rp and % where the label does not say them', async () => {
    const membership = parseId((await download('/charts/membership-trend.csv?branch=MADIUN&segments=PU&from=2016&to=2020&lang=id')).text);
    expect(membership[0].slice(0, 7)).toEqual([L.segment, L.program, L.unit, L.period, L.activeParticipants, L.change, L.changePct]);
    const row2020 = membership.find((r) => r[3] === '2020')!;
    expect(row2020[4]).toBe('46878');
    expect(membership.find((r) => r[3] === '2019')![6]).toBe('-2,42');

    const reach = parseId((await download('/charts/campaign-reach.csv?branch=MADIUN&from=2020&to=2020&lang=id')).text)[0];
    expect(reach).toEqual(expect.arrayContaining([`${L.costIdr} (Rp)`, 'Konversi (pendaftaran/jangkauan, %)', L.registrationsPerActivity]));

    const effectiveness = parseId((await download('/charts/effectiveness.csv?branch=MADIUN&from=2020&to=2020&lang=id')).text);
    expect(effectiveness[0]).toEqual([L.measure, L.unit, 'Sosialisasi', 'Promosi']);
    expect(effectiveness.find((r) => r[0] === L.costPerRegistration)?.[1]).toBe('Rp');
    expect(effectiveness.find((r) => r[0] === L.conversionShort)?.[1]).toBe('%');
    // Reach in its own unit per type: attendees for socialisation, impressions for promotion, the other side empty.
    expect(effectiveness.find((r) => r[0] === L.attendees)?.slice(1, 2)).toEqual(['orang']);
    expect(effectiveness.find((r) => r[0] === L.attendees)?.[3]).toBe('');
    expect(effectiveness.find((r) => r[0] === L.impressions)?.slice(1, 3)).toEqual(['tayangan', '']);
    const reachRows = new Set([L.attendees, L.impressions]);
    for (const r of effectiveness.slice(1)) for (const cell of r.slice(2)) if (!(reachRows.has(r[0]) && cell === '')) expect(excelNumber(cell), `${r[0]}: ${cell}`).not.toBeNull();
  });

  it('is Indonesian by default, as the dashboard is, and the same file as lang=id', async () => {
    const plain = await download('/charts/target-attainment.csv?branch=KEDIRI&year=2024&groupBy=SEGMENT');
    const id = await download('/charts/target-attainment.csv?branch=KEDIRI&year=2024&groupBy=SEGMENT&lang=id');
    expect(plain.bytes.equals(id.bytes)).toBe(true);
    expect(plain.res.headers.get('content-disposition')).toBe('attachment; filename="pantau-target-attainment-KEDIRI-2024-id.csv"');
    expect(parseId(plain.text)[0]).toEqual(expect.arrayContaining([`${L.attainment} (%)`, `${L.realised} (kepesertaan program)`]));
  });
});
