// The share menu's links: built from a view's arguments exactly as the server parses them, so
// every link it offers opens; the component renders its closed state on the server.
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShareMenu } from '../../client/features/share/share-menu.tsx';
import { clampSize, iframeSnippet, requestLinks, shareParams, unsignedLinks } from '../../client/features/share/share-links.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe('share links', () => {
  it('turns view arguments into URL parameters', () => {
    expect(shareParams({ branch: 'MADIUN', segments: ['PU', 'BPU'], programs: [], from: '2016', to: null, granularity: undefined }, 'en')).toEqual({
      branch: 'MADIUN',
      segments: 'PU,BPU',
      from: '2016',
      lang: 'en',
    });
  });

  it('keeps sizes within what the server accepts', () => {
    expect(clampSize({ width: 120.4, height: 9000 })).toEqual({ width: 200, height: 2400 });
    expect(clampSize({ width: Number.NaN, height: 300.6 })).toEqual({ width: 640, height: 301 });
  });

  it('writes an iframe snippet with escaped attributes', () => {
    const s = iframeSnippet('http://x/embed/effectiveness?branch=MADIUN&lang=id', { width: 500, height: 300 }, 'A "chart"');
    expect(s).toBe('<iframe src="http://x/embed/effectiveness?branch=MADIUN&amp;lang=id" width="500" height="300" title="A &quot;chart&quot;" loading="lazy" style="border:0;max-width:100%"></iframe>');
  });

  it('renders its closed state', () => {
    const html = renderToStaticMarkup(createElement(ShareMenu, { chart: 'membership-trend', params: { branch: 'MADIUN' }, locale: 'id', width: 600, height: 360 }));
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('Bagikan');
  });
});

describe('share links against a server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(() => server?.close());

  it('every locally built link and every link the server returns opens', async () => {
    const params = shareParams({ branch: 'MADIUN', segments: ['PU', 'BPU'], from: '2016', to: '2020', granularity: 'YEAR' }, 'id');
    const local = unsignedLinks('membership-trend', params, { width: 150, height: 300 });
    const fetchAt: typeof fetch = (input, init) => fetch(`${server.url}${input}`, init);
    const answer = await requestLinks('membership-trend', params, { width: 150, height: 300 }, fetchAt);
    expect(answer.signed).toBe(false);
    for (const link of [...Object.values(local), ...Object.values(answer.links)]) {
      expect((await fetch(`${server.url}${link}`)).status, link).toBe(200);
    }
    expect(answer.links).toEqual(local);
  });

  it('shares the reach panel focus on one channel of one type: the chart and the embed highlight that bar alone', async () => {
    const params = shareParams({ branch: 'MADIUN', measure: 'registrations', highlight: 'PROMOTION:YOUTUBE' }, 'en');
    const local = unsignedLinks('campaign-reach', params, { width: 640, height: 400 });
    const fetchAt: typeof fetch = (input, init) => fetch(`${server.url}${input}`, init);
    const answer = await requestLinks('campaign-reach', params, { width: 640, height: 400 }, fetchAt);
    expect(answer.links).toEqual(local);
    for (const link of Object.values(local)) expect((await fetch(`${server.url}${link}`)).status, link).toBe(200);
    for (const link of [local.svg, local.embed]) {
      const text = await (await fetch(`${server.url}${link}`)).text();
      expect(text, link).toContain('data-key="SOCIALISATION:YOUTUBE"');
      const highlighted = [...text.matchAll(/<g data-key="([^"]+)"[^>]*data-highlighted="true"/g)].map((match) => match[1]);
      expect(highlighted, link).toEqual(['PROMOTION:YOUTUBE']);
    }
    // An older link's bare channel highlights both of its rows.
    const bare = await (await fetch(`${server.url}${unsignedLinks('campaign-reach', { ...params, highlight: 'YOUTUBE' }, { width: 640, height: 400 }).svg}`)).text();
    expect([...bare.matchAll(/<g data-key="([^"]+)"[^>]*data-highlighted="true"/g)].map((match) => match[1]).sort()).toEqual(['PROMOTION:YOUTUBE', 'SOCIALISATION:YOUTUBE']);
  });
});
