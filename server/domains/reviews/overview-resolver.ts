// Query.reviewOverview: the branches of the scope asked (an office, or every branch) that the
// caller may read the reviews of, each passed through the reviews' own check (permissions.ts,
// readReviews), so the overview never shows a branch that `reviews` would refuse. Nobody
// anonymous and no researcher reads it, whatever AUTH_READ says: reviews name the team.
import type { QueryResolvers } from '../../graphql/generated/resolvers-types.ts';
import { decide, demand } from '../../auth/permissions.ts';
import { BadInputError } from '../../errors.ts';
import { listBranches } from '../branches/query.ts';
import { resolveRegion } from '../branches/scope.ts';
import { weekArgument, weekOfToday } from './input.ts';
import { OVERVIEW_BRANCHES_MAX, reviewOverview } from './overview.ts';

export const reviewOverviewResolver: QueryResolvers['reviewOverview'] = async (_parent, args, context) => {
  const { principal, db } = context;
  // Anonymous callers (401) and researchers (403) first, before anything is looked up.
  demand(principal, { do: 'readStaff' }, 'login');
  const region = await resolveRegion(db, args.region);
  const week = args.week ? weekArgument('week', args.week) : weekOfToday();
  const all = await listBranches(db);
  const inScope = region ? all.filter((b) => b.regionCode === region) : all;
  const reads = (b: { code: string; regionCode: string | null }) => decide(principal, { do: 'readReviews', branch: { code: b.code, region: b.regionCode } }, context.config.authRead).ok;
  const readable = inScope.filter(reads);
  // Nothing readable in the office asked: the reviews' own refusal names the caller's scope.
  if (!readable.length && inScope.length) demand(principal, { do: 'readReviews', branch: { code: inScope[0].code, region: inScope[0].regionCode } }, context.config.authRead);
  if (readable.length > OVERVIEW_BRANCHES_MAX) throw new BadInputError('region', `${readable.length} branches; one overview covers at most ${OVERVIEW_BRANCHES_MAX}: name a regional office`);
  const regions = new Set(readable.map((b) => b.regionCode));
  const oneRegion = regions.size === 1 ? [...regions][0] : null;
  const scope = readable.length === 1 ? { branch: readable[0].code } : oneRegion ? { region: oneRegion } : {};
  return reviewOverview(db, week, readable, scope);
};
