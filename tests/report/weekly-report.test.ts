// The weekly report at /report/week (print page) and /report/week.pdf, on both databases: a
// review with its actions and one carried over, the assessment and the four charts, in either
// language; the PDF read back with pdftotext (poppler-utils). Who may read it is the reviews
// query's rule: anonymous callers and researchers are refused, the branch's team reads it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInteger, formatPercent } from '../../common/i18n/format.ts';
import { readIsoWeek, shiftIsoWeek } from '../../common/time/iso-week.ts';
import { sessionOf } from '../support/accounts.ts';
import { pdfText } from '../support/pdf-text.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const WEEK = '2025-W40';

describe.each(availableDialects())('the weekly report on %s', (dialect) => {
  let server: TestServer;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    as.kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    as.ar = await sessionOf(server, 'ar.madiun', 'AR', { branch: 'MADIUN' });
    as.researcher = await sessionOf(server, 'peneliti', 'RESEARCHER');
    as.kediri = await sessionOf(server, 'ar.kediri', 'AR', { branch: 'KEDIRI' });
    const ask = (q: string, v: Record<string, unknown>) => server.graphql(q, v, { cookie: as.kabid });
    const staff = (await server.db.knex('staff').where('branch_code', 'MADIUN').orderBy('code').first('code', 'name'))!;
    const w = readIsoWeek(WEEK);
    if (!w.ok) throw new Error(w.problem);
    const before = (await ask('mutation($w: String!) { createReview(branch: "MADIUN", week: $w) { id } }', { w: shiftIsoWeek(w.week, -1).key })).data.createReview;
    await ask('mutation($r: ID!) { addAction(review: $r, title: "Pasang spanduk di pasar besar") { id } }', { r: before.id });
    const review = (await ask('mutation($w: String!, $n: String) { createReview(branch: "MADIUN", week: $w, notes: $n) { id } }', { w: WEEK, n: 'JKK tertinggal; sosialisasi kawasan industri.' })).data.createReview;
    const added = await ask('mutation($r: ID!, $o: String) { addAction(review: $r, title: "Kunjungi 10 perusahaan baru", owner: $o, due: "2025-10-10") { id } }', { r: review.id, o: staff.code });
    expect(added.errors).toBeUndefined();
  });
  afterAll(() => server?.close());

  const get = (p: string, who?: string) => fetch(`${server.url}${p}`, { headers: who ? { cookie: as[who] } : {} });

  it('prints the review, its actions, the assessment and the four charts, labelled SYNTHETIC', async () => {
    const res = await get(`/report/week?branch=MADIUN&week=${WEEK}`, 'ar');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/private/);
    const html = await res.text();
    expect(html).toContain(`<html lang="id">`);
    expect(html).toContain(`Laporan Mingguan Kantor Cabang Madiun · Minggu ${WEEK}`);
    expect(html).toContain('SYNTHETIC');
    expect(html).toContain('JKK tertinggal; sosialisasi kawasan industri.');
    expect(html).toContain('Kunjungi 10 perusahaan baru');
    expect(html).toContain('10 Oktober 2025');
    expect(html).toContain('Pasang spanduk di pasar besar');
    expect(html).toContain('Klasemen AR/ARK');
    for (const chart of ['membership-trend', 'campaign-reach', 'target-attainment', 'effectiveness']) expect(html).toContain(`data-chart="${chart}"`);
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(4);

    const en = await (await get(`/report/week?branch=madiun&week=${WEEK}&lang=en`, 'kabid')).text();
    expect(en).toContain(`Weekly Report Kantor Cabang Madiun · Week ${WEEK}`);
    expect(en).toContain('10 October 2025');
    expect(en).toContain('AR/ARK league table');
  });

  it('shows each AR/ARK against the phasing to date, as the assessment has it', async () => {
    const league = (await server.graphql(`query { reviews(branch: "MADIUN", from: "${WEEK}", to: "${WEEK}") { assessment { league { staff name expectedToDate attainmentToDatePct onTrack } } } }`, {}, { cookie: as.kabid }))
      .data.reviews[0].assessment.league as { staff: string; name: string; expectedToDate: number | null; attainmentToDatePct: number | null; onTrack: boolean | null }[];
    const phased = league.filter((s) => s.onTrack !== null);
    expect(phased.length).toBeGreaterThan(0);
    for (const [lang, words] of [['id', ['Target s.d. minggu ini', 'sesuai jalur', 'tertinggal']], ['en', ['Target to date', 'on track', 'behind']]] as const) {
      const html = await (await get(`/report/week?branch=MADIUN&week=${WEEK}&lang=${lang}`, 'kabid')).text();
      expect(html).toContain(`<th scope="col" class="num">${words[0]}</th>`);
      for (const s of phased) {
        const row = html.split('<tr>').find((r) => r.startsWith(`<td>${s.name} (${s.staff})</td>`))!;
        const cells = [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
        expect(cells[4]).toBe(formatInteger(s.expectedToDate!, lang));
        expect(cells[5]).toBe(`${formatPercent(s.attainmentToDatePct!, lang, 1)} · ${s.onTrack ? words[1] : words[2]}`);
      }
    }
  });

  it('renders the same as a PDF whose text is text', async () => {
    const res = await get(`/report/week.pdf?branch=MADIUN&week=${WEEK}&lang=en`, 'kabid');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = pdfText(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Kantor Cabang Madiun');
    expect(text).toContain(WEEK);
    expect(text).toContain('Kunjungi 10 perusahaan baru');
    expect(text).toContain('SYNTHETIC');
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('is refused as the reviews are: anonymously, to researchers and to another branch', async () => {
    for (const p of [`/report/week?branch=MADIUN&week=${WEEK}`, `/report/week.pdf?branch=MADIUN&week=${WEEK}`]) {
      const anonymous = await get(p);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).not.toContain('Kunjungi');
      const researcher = await get(p, 'researcher');
      expect(researcher.status).toBe(403);
      expect(await researcher.text()).toMatch(/researcher accounts read aggregates only/);
      expect((await get(p, 'kediri')).status).toBe(403);
    }
    const bad = await get('/report/week?branch=MADIUN&week=2025-W60', 'kabid');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/week/);
  });
});
