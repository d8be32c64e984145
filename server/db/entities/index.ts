import { BranchSchema } from './branch.ts';
import { CampaignActivitySchema } from './campaign-activity.ts';
import { ImportRunSchema } from './import-run.ts';
import { MembershipSnapshotSchema } from './membership-snapshot.ts';
import { StaffSchema } from './staff.ts';
import { TargetSchema } from './target.ts';

/** Every entity of the model, for the ORM configuration. */
export const entities = [
  BranchSchema,
  StaffSchema,
  MembershipSnapshotSchema,
  CampaignActivitySchema,
  TargetSchema,
  ImportRunSchema,
];
