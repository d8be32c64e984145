// The raw facts for researchers: stored rows, filtered and paged by keyset. Their nodes are
// built from database rows typed loosely (query.ts), hence the one cast to the schema's types.
import type { Database } from '../../db/orm.ts';
import type { CampaignFilterArgs } from '../campaigns/query.ts';
import type { CampaignFactConnection, MembershipFactConnection, TargetFactConnection } from '../../graphql/generated/resolvers-types.ts';
import { campaignEstimate } from '../campaigns/question.ts';
import { branchesIn, chosen, defineQuestion, estimateRows, monthsIn } from '../question.ts';
import { type CampaignFactsArgs, campaignFacts, type MembershipFactsArgs, membershipFacts, type TargetFactsArgs, targetFacts } from './query.ts';

type Answer<Args, Data> = (db: Database, args: Args) => Promise<Data>;

export const membershipFactsQuestion = defineQuestion({
  field: 'membershipFacts',
  answer: membershipFacts as Answer<MembershipFactsArgs, MembershipFactConnection>,
  // totalCount counts every matching row, whatever the page's size; rows of persons (program
  // '') match when no programs are named.
  estimate: (args, facts) =>
    estimateRows({
      months: monthsIn(args.from, args.to, facts.membership),
      series: chosen(args.segments, facts.membership.segments) * chosen(args.programs, facts.membership.programs + 1),
      branches: branchesIn(args, facts),
    }),
});

export const campaignFactsQuestion = defineQuestion({
  field: 'campaignFacts',
  answer: campaignFacts as Answer<CampaignFactsArgs, CampaignFactConnection>,
  estimate: (args, facts) => campaignEstimate({ ...args, activity: args.activity as CampaignFilterArgs['activity'] }, facts),
});

export const targetFactsQuestion = defineQuestion({
  field: 'targetFacts',
  answer: targetFacts as Answer<TargetFactsArgs, TargetFactConnection>,
  // Targets are stored per year: the years in range × the targets of a year on average × branches' share.
  estimate: (args, facts) => {
    const t = facts.targets;
    if (t.firstYear === null || t.lastYear === null) return estimateRows({ years: 0 });
    const stored = { firstMonth: t.firstYear * 12, lastMonth: t.lastYear * 12 + 11 };
    const years = Math.ceil(monthsIn(args.from, args.to, stored) / 12);
    const perYear = Math.ceil(t.rows / (t.lastYear - t.firstYear + 1));
    return estimateRows({ years, 'targets per year': args.branch ? Math.ceil(perYear / Math.max(1, facts.branches)) : perYear });
  },
});
