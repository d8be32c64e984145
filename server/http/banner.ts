// What a user needs once the server is up: where each page is. On a terminal a few plain
// lines; in JSON logs one record whose fields carry the same URLs. The URLs name the address
// the server actually listens on: `localhost` when it listens on every interface (localhost
// is one of them), else the one address HOST chose, since `localhost` would not reach a server
// bound to, say, 192.168.1.20.
import type { AddressInfo } from 'node:net';
import { LOG_FORMAT, logger } from '../logger.ts';

export interface BannerInfo {
  port: number;
  /** The host part of the URLs (urlHost of the listening address); `localhost` when left out. */
  host?: string;
  database: string;
  /** Accounts in the database: with none, nobody can log in to import yet. */
  accounts: number;
}

/** Every interface, as Node reports a server listening without a host (IPv6 or IPv4 only). */
const EVERY_INTERFACE = new Set(['::', '0.0.0.0']);

/** The host of a URL that reaches a server listening at `address` (server.address()): an IPv6 address in brackets. */
export function urlHost(address: Pick<AddressInfo, 'address' | 'family'>): string {
  if (EVERY_INTERFACE.has(address.address)) return 'localhost';
  return address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
}

export function bannerUrls(port: number, host = 'localhost'): Record<'base' | 'dashboard' | 'playground' | 'report' | 'import', string> {
  const base = `http://${host}:${port}`;
  return { base, dashboard: `${base}/`, playground: `${base}/playground`, report: `${base}/report`, import: `${base}/import` };
}

export function bannerText(info: BannerInfo): string {
  const urls = bannerUrls(info.port, info.host);
  return [
    `Pantau is serving on ${urls.base} (database: ${info.database})`,
    `  dashboard    ${urls.dashboard}`,
    `  playground   ${urls.playground}   (GraphQL: POST /graphql)`,
    `  report       ${urls.report}`,
    `  import page  ${urls.import}${info.accounts ? '   (log in first)' : '   (no accounts yet: npm run users -- add admin --role ADMIN)'}`,
    `  probes       /healthz, /readyz`,
  ].join('\n');
}

export function printBanner(info: BannerInfo): void {
  if (LOG_FORMAT === 'pretty') {
    process.stdout.write(`\n${bannerText(info)}\n\n`);
    return;
  }
  const { base, ...urls } = bannerUrls(info.port, info.host);
  logger.info({ ...urls, database: info.database, accounts: info.accounts }, `Pantau is serving on ${base}`);
}
