// What a user needs once the server is up: where each page is. On a terminal a few plain
// lines; in JSON logs one record whose fields carry the same URLs.
import { LOG_FORMAT, logger } from '../logger.ts';

export interface BannerInfo {
  port: number;
  database: string;
  importEnabled: boolean;
}

export function bannerUrls(port: number): Record<'dashboard' | 'playground' | 'report' | 'import', string> {
  const base = `http://localhost:${port}`;
  return { dashboard: `${base}/`, playground: `${base}/playground`, report: `${base}/report`, import: `${base}/import` };
}

export function bannerText(info: BannerInfo): string {
  const urls = bannerUrls(info.port);
  return [
    `Pantau is serving on http://localhost:${info.port} (database: ${info.database})`,
    `  dashboard    ${urls.dashboard}`,
    `  playground   ${urls.playground}   (GraphQL: POST /graphql)`,
    `  report       ${urls.report}`,
    `  import page  ${urls.import}${info.importEnabled ? '' : '   (off: set ADMIN_TOKEN to allow imports)'}`,
    `  probes       /healthz, /readyz`,
  ].join('\n');
}

export function printBanner(info: BannerInfo): void {
  if (LOG_FORMAT === 'pretty') process.stdout.write(`\n${bannerText(info)}\n\n`);
  else logger.info({ ...bannerUrls(info.port), database: info.database, importEnabled: info.importEnabled }, `Pantau is serving on http://localhost:${info.port}`);
}
