// The raw facts for researchers: stored rows, filtered and paged by keyset. Their nodes are
// built from database rows typed loosely (query.ts), hence the one cast to the schema's types.
import type { Database } from '../../db/orm.ts';
import type { CampaignFactConnection, MembershipFactConnection, TargetFactConnection } from '../../graphql/generated/resolvers-types.ts';
import { defineQuestion } from '../question.ts';
import { type CampaignFactsArgs, campaignFacts, type MembershipFactsArgs, membershipFacts, type TargetFactsArgs, targetFacts } from './query.ts';

type Answer<Args, Data> = (db: Database, args: Args) => Promise<Data>;

export const membershipFactsQuestion = defineQuestion({
  field: 'membershipFacts',
  answer: membershipFacts as Answer<MembershipFactsArgs, MembershipFactConnection>,
});

export const campaignFactsQuestion = defineQuestion({
  field: 'campaignFacts',
  answer: campaignFacts as Answer<CampaignFactsArgs, CampaignFactConnection>,
});

export const targetFactsQuestion = defineQuestion({
  field: 'targetFacts',
  answer: targetFacts as Answer<TargetFactsArgs, TargetFactConnection>,
});
