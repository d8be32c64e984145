// What a user needs once the server is up: where each page is. On a terminal a few plain
// lines; in JSON logs one record whose fields carry the same URLs.
import { LOG_FORMAT, logger } from '../logger.ts';

export interface BannerInfo {
  port: number;
  database: string;
  /** Accounts in the database: with none, nobody can log in to import yet. */
  accounts: number;
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
    `  import page  ${urls.import}${info.accounts ? '   (log in first)' : '   (no accounts yet: npm run users -- add admin --role ADMIN)'}`,
    `  probes       /healthz, /readyz`,
  ].join('\n');
}

export function printBanner(info: BannerInfo): void {
  if (LOG_FORMAT === 'pretty') process.stdout.write(`\n${bannerText(info)}\n\n`);
  else logger.info({ ...bannerUrls(info.port), database: info.database, accounts: info.accounts }, `Pantau is serving on http://localhost:${info.port}`);
}
