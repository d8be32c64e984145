// Boot data the server writes into index.html (see server/http/static-client.ts): facts the
// first render needs, so that no query has to wait for another, and the first view's answers.
// Absent under `npm run dev`.
import type { BootAnswer } from '../apollo/prime-cache.ts';
import type { AccountMeQuery } from '../../common/gql/graphql.ts';

interface BootData {
  latestYear?: Record<string, number>;
  answers?: BootAnswer[];
  /** The agency's time zone (PANTAU_TIME_ZONE), whose calendar says which day and week it is. */
  timeZone?: string;
  /** What `me` answers for this page's caller (null: anonymous); absent under `npm run dev`. */
  me?: AccountMeQuery['me'];
}

let cached: BootData | undefined;

/** The first view's answers, handed over once (the cache holds them from then on). */
export function takeBootAnswers(): BootAnswer[] | undefined {
  const data = bootData();
  const answers = data.answers;
  data.answers = undefined;
  return answers;
}

export function bootData(): BootData {
  if (cached) return cached;
  try {
    cached = JSON.parse(document.getElementById('pantau-boot')?.textContent || '{}') as BootData;
  } catch {
    cached = {};
  }
  return cached;
}
