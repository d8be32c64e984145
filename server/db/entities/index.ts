import { AccountSchema } from './account.ts';
import { ApiTokenSchema } from './api-token.ts';
import { AuditEntrySchema } from './audit-entry.ts';
import { AuthSessionSchema } from './auth-session.ts';
import { BranchSchema } from './branch.ts';
import { CampaignActivitySchema } from './campaign-activity.ts';
import { CampaignBranchDayRollupSchema, CampaignBranchTotalRollupSchema, CampaignNationalDayRollupSchema, CampaignNationalRollupSchema, CampaignRollupSchema, CampaignStaffRollupSchema, CampaignStaffYearRollupSchema, CampaignYearRollupSchema } from './campaign-rollup.ts';
import { ImportRunSchema } from './import-run.ts';
import { LoginFailureSchema } from './login-failure.ts';
import { MembershipMonthRollupSchema, MembershipYearRollupSchema } from './membership-rollup.ts';
import { MembershipSnapshotSchema } from './membership-snapshot.ts';
import { PlannedActivitySchema } from './planned-activity.ts';
import { RegionSchema } from './region.ts';
import { ReportMailingSchema } from './report-mailing.ts';
import { ReviewActionSchema, ReviewSchema } from './review.ts';
import { StaffSchema } from './staff.ts';
import { TargetPhasingSchema } from './target-phasing.ts';
import { TargetAttainmentKeySchema } from './target-attainment-key.ts';
import { TargetRealisationRollupSchema } from './target-realisation-rollup.ts';
import { TargetSchema } from './target.ts';

/** Every entity of the model, for the ORM configuration. */
export const entities = [
  RegionSchema,
  BranchSchema,
  StaffSchema,
  MembershipSnapshotSchema,
  MembershipYearRollupSchema,
  MembershipMonthRollupSchema,
  CampaignActivitySchema,
  CampaignRollupSchema,
  CampaignNationalRollupSchema,
  CampaignNationalDayRollupSchema,
  CampaignYearRollupSchema,
  CampaignBranchTotalRollupSchema,
  CampaignStaffRollupSchema,
  CampaignStaffYearRollupSchema,
  CampaignBranchDayRollupSchema,
  TargetSchema,
  TargetRealisationRollupSchema,
  TargetAttainmentKeySchema,
  TargetPhasingSchema,
  PlannedActivitySchema,
  ImportRunSchema,
  AccountSchema,
  AuthSessionSchema,
  ApiTokenSchema,
  AuditEntrySchema,
  LoginFailureSchema,
  ReviewSchema,
  ReviewActionSchema,
  ReportMailingSchema,
];
