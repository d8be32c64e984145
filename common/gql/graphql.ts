/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an action stands. */
export type ActionStatus =
  /** Done. */
  | 'DONE'
  /** Given up (no longer to do). */
  | 'DROPPED'
  /** To do: carried over to the next reviews. */
  | 'OPEN';

/** The two kinds of marketing effort the membership department runs. */
export type ActivityType =
  /** Promosi: advertising in print, web, social media and broadcast. Reach counts impressions or views. */
  | 'PROMOTION'
  /** Sosialisasi: sessions for new companies and workers, face to face (tatap muka) or online. Reach counts attendees. */
  | 'SOCIALISATION';

/** Whether a row's realisation has data behind it yet. */
export type AttainmentStatus =
  /** Every branch and key with a target has reported December: the realisation is final. */
  | 'COMPLETE'
  /** Every key with a target has data, but at least one has not reported December yet. */
  | 'IN_PROGRESS'
  /** No branch with a target in this row has data for the year yet: `realised` and `attainmentPct` are 0 only because nothing is reported; show "no data yet", not 0 %. */
  | 'NO_DATA'
  /**
   * Some of the row's target keys have data for the year and some have none (`keysWithData` of
   * `keysWithTargets`): `realised`, `attainmentPct` and `gap` are over the keys with data only
   * (against `targetWithData`), `targetWithoutData` is the target nobody has reported on, and
   * there is no projection. Show "incomplete data" ("data belum lengkap") with the counts, not
   * the attainment alone. Takes precedence over IN_PROGRESS.
   */
  | 'PARTIAL_DATA';

/** Why a membership point has no change. */
export type ChangeUnavailable =
  /** The previous period has no stored data (the first data of the series, or a gap). */
  | 'PREVIOUS_PERIOD_MISSING'
  /** Not the same branches report in the two periods (one stopped or started): the difference would only be missing data. */
  | 'REPORTING_BRANCHES_DIFFER';

/** Channel (kanal) of a campaign activity. Which channels belong to which activity type is fixed by the import contract. */
export type Channel =
  /** Promotion: banners. */
  | 'BANNER'
  /** Promotion: brochures (brosur). */
  | 'BROCHURE'
  /** Promotion: Facebook. */
  | 'FACEBOOK'
  /** Socialisation face to face (tatap muka). */
  | 'FACE_TO_FACE'
  /** Socialisation over Google Meet. */
  | 'GOOGLE_MEET'
  /** Promotion: Instagram. */
  | 'INSTAGRAM'
  /** Promotion: magazines (majalah). */
  | 'MAGAZINE'
  /** Promotion: newspapers (koran). */
  | 'NEWSPAPER'
  /** Promotion: radio. */
  | 'RADIO'
  /** Promotion: spanduk (street cloth banners). */
  | 'SPANDUK'
  /** Promotion: television. */
  | 'TELEVISION'
  /** Promotion: TikTok. */
  | 'TIKTOK'
  /** Promotion: Twitter / X. */
  | 'TWITTER'
  /** Socialisation by video call. */
  | 'VIDEO_CALL'
  /** Promotion: the website. */
  | 'WEBSITE'
  /** Socialisation (live) or promotion (videos) on YouTube. */
  | 'YOUTUBE'
  /** Socialisation over Zoom. */
  | 'ZOOM';

/**
 * What a count of participants counts. PERSONS: one per participant (program-less rows, as the
 * study's tables count). ENROLMENTS: one per participant and program, so a person in JKK, JKM
 * and JHT counts three times; any figure that sums programs is ENROLMENTS.
 */
export type CountUnit =
  /** Program enrolments (kepesertaan program): each participant once per program. */
  | 'ENROLMENTS'
  /** Persons (orang): each participant once. */
  | 'PERSONS';

/** Where a figure came from, so that real and generated numbers are never confused. */
export type DataSource =
  /** The branch's own: imported from its files (CSV/XLSX), or a target split written in Pantau. */
  | 'IMPORTED'
  /** An aggregate that combines rows of more than one source. */
  | 'MIXED'
  /** The source study (Madiun branch, Tabel 1–2, 2016–2020): real published figures. */
  | 'STUDY'
  /** Generated demo data (deterministic, plausible, NOT real). Shown as synthetic in the UI. */
  | 'SYNTHETIC';

/** Time bucket of a series. */
export type Granularity =
  /** Calendar month (bulan), labelled `YYYY-MM`. */
  | 'MONTH'
  /** Calendar quarter (triwulan), labelled `YYYY-Qn`. */
  | 'QUARTER'
  /** Calendar year (tahun); the reporting year is the calendar year. */
  | 'YEAR';

/** The format a file was read as. */
export type ImportFormat =
  /** Comma-, semicolon- or tab-separated text. */
  | 'CSV'
  /** An Excel workbook. */
  | 'XLSX';

/** What an imported file contains; the columns of each kind are fixed by the import contract. */
export type ImportKind =
  /** Branch offices: `code`, `name` (required), `region` (province, free text), `region_code` (a regional office's code). */
  | 'branches'
  /** Socialisation sessions and promotion placements: `branch`, `date`, `activity`, `channel`, `reach`, `registrations` (required), `name`, `cost_idr`, `leads`, `segment`, `staff`. */
  | 'campaigns'
  /** Active participants at a period end: `branch`, `period` (YYYY or YYYY-MM), `segment`, `active_participants` (required), `program`, `new_participants`, `lapsed_participants`. */
  | 'membership'
  /** Regional offices (kantor wilayah): `code`, `name` (required). Import them before the branches that name them. */
  | 'regions'
  /** Yearly targets: `branch`, `year`, `program`, `segment`, `target` (required), `metric`, `staff`. */
  | 'targets';

/** What became of an import. */
export type ImportOutcome =
  /** Checked only (dry run): every row was valid, nothing was stored. */
  | 'DRY_RUN'
  /** At least one problem was found: nothing of the file was stored. */
  | 'REJECTED'
  /** Every row was valid and the file was stored. */
  | 'STORED';

/** What a row of planRealisation is. */
export type PlanGroupBy =
  /** Calendar month, `YYYY-MM`, of the planned (or realised) day. */
  | 'MONTH'
  /** The AR/ARK who runs it; `(none)` when nobody was named. */
  | 'STAFF'
  /** ISO week of the planned (or realised) day. */
  | 'WEEK';

/** What became of a planned activity. */
export type PlannedStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Done: its results are imported. */
  | 'DONE'
  /** Planned, not done yet. */
  | 'PLANNED';

/** Social-security program (program jaminan). */
export type Program =
  /** Jaminan Hari Tua: old-age savings. */
  | 'JHT'
  /** Jaminan Kecelakaan Kerja: work-accident insurance (compulsory, with JKM). */
  | 'JKK'
  /** Jaminan Kematian: death benefit (compulsory, with JKK). */
  | 'JKM'
  /** Jaminan Kehilangan Pekerjaan: job-loss insurance, added nationally in 2021. */
  | 'JKP'
  /** Jaminan Pensiun: pension. */
  | 'JP';

/** Dimension that `campaignReach` groups by. */
export type ReachGroupBy =
  /** Activity type: SOCIALISATION or PROMOTION. */
  | 'ACTIVITY'
  /** Branch office (its code). */
  | 'BRANCH'
  /** Channel (kanal), e.g. FACE_TO_FACE, INSTAGRAM; one row per channel and activity type (YOUTUBE twice). */
  | 'CHANNEL'
  /** Medium: OFFLINE, ONLINE, PRINT, WEB, SOCIAL_MEDIA, BROADCAST. */
  | 'MEDIUM'
  /** Calendar month, `YYYY-MM`. */
  | 'MONTH'
  /** Calendar quarter, `YYYY-Qn`. */
  | 'QUARTER'
  /** Regional office (its code) of the activity's branch; `(none)` for a branch not assigned to one. */
  | 'REGION'
  /** Target segment of the activity; `(none)` when the activity names none. */
  | 'SEGMENT'
  /** Staff member code (AR/ARK) who ran the activity; `(none)` for activities without staff. */
  | 'STAFF'
  /** ISO week, `YYYY-Www` (Monday to Sunday; week 1 holds the year's first Thursday), by the activity's date. */
  | 'WEEK'
  /** Calendar year, `YYYY`. */
  | 'YEAR';

/** What the reach of a group counts. */
export type ReachUnit =
  /** People who attended (socialisation only). */
  | 'ATTENDEES'
  /** Impressions or views (promotion only); not persons. */
  | 'IMPRESSIONS'
  /** Both: the group holds socialisation and promotion, so `reach` adds attendees to impressions and there is no conversion rate. */
  | 'MIXED';

/** Language of a report. */
export type ReportLanguage =
  /** English. */
  | 'EN'
  /** Bahasa Indonesia. */
  | 'ID';

/**
 * Who a person is in Pantau, and over which offices. Branch roles (KABID, AR, ARK, PAP) act on
 * their own branch; VIEWER reads a branch, a regional office or the nation; RESEARCHER reads
 * aggregates only (no staff names); ADMIN does everything, everywhere.
 */
export type Role =
  /** Administrator: accounts, imports of every branch and the branch list, the audit log. */
  | 'ADMIN'
  /** Account Representative of a branch; imports and shares its data. */
  | 'AR'
  /** Account Representative Khusus of a branch; imports and shares its data. */
  | 'ARK'
  /** Kepala Bidang Kepesertaan: head of membership of a branch; imports and shares its data. */
  | 'KABID'
  /** Petugas Administrasi Peserta of a branch: records participant data; imports its branch's files. */
  | 'PAP'
  /** Reads aggregates of the whole nation for research; no staff names, changes nothing. */
  | 'RESEARCHER'
  /** Reads the figures of its branch, regional office or the nation; changes nothing. */
  | 'VIEWER';

/** Membership segment (segmen kepesertaan). */
export type Segment =
  /** Bukan Penerima Upah: non-wage earners (traders, farmers, ojek drivers, fishermen, entrepreneurs). */
  | 'BPU'
  /** Jasa Konstruksi: workers on construction projects. */
  | 'JAKON'
  /** Pekerja Migran Indonesia: Indonesian migrant workers. */
  | 'PMI'
  /** Penerima Upah: wage earners, enrolled by their employer (perusahaan / pemberi kerja). */
  | 'PU';

/** Dimension that `targetAttainment` groups by. */
export type TargetGroupBy =
  /** Branch office (its code); branch-level targets only. */
  | 'BRANCH'
  /** Program (JKK, JKM, JHT, JP, JKP); branch-level targets only. */
  | 'PROGRAM'
  /** Regional office (its code) of each branch; `(none)` for branches not assigned to one. Branch-level targets only. */
  | 'REGION'
  /** Segment (PU, BPU, JAKON, PMI); branch-level targets only. */
  | 'SEGMENT'
  /** Staff member (AR/ARK) to whom the Kabid split the targets. Their target counts persons: a registered person joins every program of their segment, so per segment the largest of the staff member's program shares counts (a JKK·PU share of 487 and a JKM·PU share of 6,000 make 6,000), and the segments add up. */
  | 'STAFF';

/** What a target counts. */
export type TargetMetric =
  /** Active participants (peserta aktif) at the end of the year: a stock. */
  | 'ACTIVE_PARTICIPANTS'
  /** New participants (peserta baru) during the year: a flow. */
  | 'NEW_PARTICIPANTS';

/** One staff member's share of a branch target. */
export type TargetShareInput = {
  /**
   * Twelve whole numbers, January to December, adding up to `target`: how the share is phased
   * over the year. When omitted, the share is spread evenly (the remainder to the first months).
   */
  monthly?: Array<number> | null | undefined;
  /** The staff code of an AR or ARK of the branch. */
  staff: string | number;
  /** New participants they are to register in the year (0 or more). */
  target: number;
};

/** Outcome of a comparison between socialisation and promotion. */
export type VerdictOutcome =
  /** No verdict: too few activities, none, or an undefined cost per registration (see the reason). */
  | 'INSUFFICIENT_DATA'
  /** The data cannot tell the two apart at 95 % confidence (see the reason). */
  | 'NOT_DISTINGUISHABLE'
  /** Promotion does better on this measure. */
  | 'PROMOTION'
  /** Socialisation does better on this measure. */
  | 'SOCIALISATION';

/** Why a verdict came out as it did. */
export type VerdictReason =
  /** Both types cost Rp0: neither is cheaper. */
  | 'BOTH_FREE'
  /** A type cost Rp0 and brought no registration: its cost per registration is undefined (0/0). */
  | 'FREE_WITHOUT_REGISTRATIONS'
  /** The 95 % interval of the ratio lies entirely on one side of 1: a difference the data show. */
  | 'INTERVAL_EXCLUDES_ONE'
  /** The 95 % interval of the ratio contains 1: the data cannot tell the two apart. */
  | 'INTERVAL_INCLUDES_ONE'
  /** A type has no activity in the period. */
  | 'NO_ACTIVITIES'
  /** Neither type has a registration in the period. */
  | 'NO_REGISTRATIONS'
  /** One type brought registrations for Rp0 while the other cost money: it is cheaper, exactly. */
  | 'ONE_SIDE_FREE'
  /** One type has no registration; compared all the same (its rate is 0). */
  | 'ONE_SIDE_NO_REGISTRATIONS'
  /** A type has fewer activities than `minimumActivities`: no verdict yet (the ratio is still shown). */
  | 'TOO_FEW_ACTIVITIES';

export type App_BranchFragment = { code: string, name: string, region: string | null, regionCode: string | null, source: DataSource };

export type AppQueryVariables = Exact<{ [key: string]: never; }>;


export type AppQuery = { branches: Array<{ code: string, name: string, region: string | null, regionCode: string | null, source: DataSource }>, regions: Array<{ code: string, name: string, source: DataSource }> };

export type AppYearsQueryVariables = Exact<{
  branch?: string | number | null | undefined;
  region?: string | number | null | undefined;
}>;


export type AppYearsQuery = { years: Array<number> };

export type CampaignReachPanel_RowFragment = { key: string, activity: ActivityType | null, reachUnit: ReachUnit, activities: number, reach: number, attendees: number, impressions: number, leads: number, registrations: number, costIdr: number, conversionRate: number | null, conversionLow: number | null, conversionHigh: number | null, costPerRegistration: number | null, costPerRegistrationLow: number | null, costPerRegistrationHigh: number | null, registrationsPerActivity: number | null, source: DataSource };

export type CampaignReachPanelQueryVariables = Exact<{
  branch?: string | number | null | undefined;
  region?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  groupBy?: ReachGroupBy | null | undefined;
}>;


export type CampaignReachPanelQuery = { campaignReach: Array<{ key: string, activity: ActivityType | null, reachUnit: ReachUnit, activities: number, reach: number, attendees: number, impressions: number, leads: number, registrations: number, costIdr: number, conversionRate: number | null, conversionLow: number | null, conversionHigh: number | null, costPerRegistration: number | null, costPerRegistrationLow: number | null, costPerRegistrationHigh: number | null, registrationsPerActivity: number | null, source: DataSource }> };

export type EffectivenessPanel_EffectivenessFragment = { socialisation: { activities: number, reach: number, registrations: number, costIdr: number, conversionRate: number | null, conversionLow: number | null, conversionHigh: number | null, costPerRegistration: number | null, registrationsPerActivity: number | null }, promotion: { activities: number, reach: number, registrations: number, costIdr: number, conversionRate: number | null, conversionLow: number | null, conversionHigh: number | null, costPerRegistration: number | null, registrationsPerActivity: number | null }, verdict: { cheaperPerRegistration: VerdictOutcome, moreRegistrationsPerActivity: VerdictOutcome, costRatio: number | null, costRatioLow: number | null, costRatioHigh: number | null, minimumActivities: number, costPerRegistration: { outcome: VerdictOutcome, reason: VerdictReason, ratio: number | null, low: number | null, high: number | null, socialisationActivities: number, promotionActivities: number }, registrationsPerActivity: { outcome: VerdictOutcome, reason: VerdictReason, ratio: number | null, low: number | null, high: number | null, socialisationActivities: number, promotionActivities: number } } };

export type EffectivenessPanel_ComparisonFragment = { outcome: VerdictOutcome, reason: VerdictReason, ratio: number | null, low: number | null, high: number | null, socialisationActivities: number, promotionActivities: number };

export type EffectivenessPanel_StatsFragment = { activities: number, reach: number, registrations: number, costIdr: number, conversionRate: number | null, conversionLow: number | null, conversionHigh: number | null, costPerRegistration: number | null, registrationsPerActivity: number | null };

export type EffectivenessPanelQueryVariables = Exact<{
  branch?: string | number | null | undefined;
  region?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type EffectivenessPanelQuery = { effectiveness: { socialisation: { activities: number, reach: number, registrations: number, costIdr: number, conversionRate: number | null, conversionLow: number | null, conversionHigh: number | null, costPerRegistration: number | null, registrationsPerActivity: number | null }, promotion: { activities: number, reach: number, registrations: number, costIdr: number, conversionRate: number | null, conversionLow: number | null, conversionHigh: number | null, costPerRegistration: number | null, registrationsPerActivity: number | null }, verdict: { cheaperPerRegistration: VerdictOutcome, moreRegistrationsPerActivity: VerdictOutcome, costRatio: number | null, costRatioLow: number | null, costRatioHigh: number | null, minimumActivities: number, costPerRegistration: { outcome: VerdictOutcome, reason: VerdictReason, ratio: number | null, low: number | null, high: number | null, socialisationActivities: number, promotionActivities: number }, registrationsPerActivity: { outcome: VerdictOutcome, reason: VerdictReason, ratio: number | null, low: number | null, high: number | null, socialisationActivities: number, promotionActivities: number } } } };

export type FreshnessNoticeQueryVariables = Exact<{
  branch?: string | number | null | undefined;
  region?: string | number | null | undefined;
}>;


export type FreshnessNoticeQuery = { dataFreshness: { latestMonth: string | null, monthsBehind: number | null, latestCampaignMonth: string | null, campaignMonthsBehind: number | null, campaignsStale: boolean, staleAfterMonths: number, stale: boolean, staleBranches: Array<string>, latestMonths: Array<{ month: string, branches: number }> } };

export type MembershipTrendPanel_SeriesFragment = { segment: Segment, program: Program | null, unit: CountUnit, points: Array<{ period: string, activeParticipants: number, change: number | null, changePct: number | null, changeUnavailable: ChangeUnavailable | null, newParticipants: number | null, lapsedParticipants: number | null, flowsIncomplete: boolean, reportingBranches: number, asOf: string, source: DataSource, flowSource: DataSource | null }> };

export type MembershipTrendPanelQueryVariables = Exact<{
  branch?: string | number | null | undefined;
  region?: string | number | null | undefined;
  segments?: Array<Segment> | Segment | null | undefined;
  programs?: Array<Program> | Program | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  granularity?: Granularity | null | undefined;
}>;


export type MembershipTrendPanelQuery = { membershipTrend: Array<{ segment: Segment, program: Program | null, unit: CountUnit, points: Array<{ period: string, activeParticipants: number, change: number | null, changePct: number | null, changeUnavailable: ChangeUnavailable | null, newParticipants: number | null, lapsedParticipants: number | null, flowsIncomplete: boolean, reportingBranches: number, asOf: string, source: DataSource, flowSource: DataSource | null }> }> };

export type ScopeRankingQueryVariables = Exact<{
  region?: string | number | null | undefined;
  year: number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  targetsBy: TargetGroupBy;
  reachBy: ReachGroupBy;
}>;


export type ScopeRankingQuery = { targets: Array<{ key: string, attainmentPct: number, status: AttainmentStatus, source: DataSource }>, reach: Array<{ key: string, registrations: number, costPerRegistration: number | null, source: DataSource }> };

export type TargetAttainmentPanel_RowFragment = { key: string, label: string, metric: TargetMetric, target: number, targetWithData: number, targetWithoutData: number, keysWithTargets: number, keysWithData: number, realised: number, attainmentPct: number, gap: number, unit: CountUnit, status: AttainmentStatus, asOf: string | null, earliestAsOf: string | null, branchesWithTargets: number, reportingBranches: number, projectedRealised: number | null, projectedLow: number | null, projectedHigh: number | null, projectedAttainmentPct: number | null, source: DataSource };

export type TargetAttainmentPanelQueryVariables = Exact<{
  branch?: string | number | null | undefined;
  region?: string | number | null | undefined;
  year: number;
  groupBy?: TargetGroupBy | null | undefined;
}>;


export type TargetAttainmentPanelQuery = { targetAttainment: Array<{ key: string, label: string, metric: TargetMetric, target: number, targetWithData: number, targetWithoutData: number, keysWithTargets: number, keysWithData: number, realised: number, attainmentPct: number, gap: number, unit: CountUnit, status: AttainmentStatus, asOf: string | null, earliestAsOf: string | null, branchesWithTargets: number, reportingBranches: number, projectedRealised: number | null, projectedLow: number | null, projectedHigh: number | null, projectedAttainmentPct: number | null, source: DataSource }> };

export type ImportPageKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportPageKindsQuery = { importKinds: Array<{ kind: ImportKind, columns: Array<{ name: string, required: boolean }> }> };

export type ImportPageHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportPageHistoryQuery = { importHistory: Array<{ id: string, kind: string, fileName: string, outcome: ImportOutcome, rows: number, rejectedRows: number, actor: string, startedAt: string, sha256: string }> };

export type ImportPageDataMutationVariables = Exact<{
  kind: ImportKind;
  fileName: string;
  content: string;
  dryRun?: boolean | null | undefined;
  sheet?: string | null | undefined;
  lang?: ReportLanguage | null | undefined;
}>;


export type ImportPageDataMutation = { importData: { runId: string | null, outcome: ImportOutcome, rows: number, rejectedRows: number, problemCount: number, problemsTruncated: boolean, storedRows: number, format: ImportFormat | null, delimiter: string | null, sheet: string | null, columns: Array<string>, problems: Array<{ line: number | null, column: string | null, value: string | null, code: string, reason: string }>, notes: Array<{ code: string, count: number, line: number | null, column: string | null, text: string }> } };

export type PlanPage_LineFragment = { program: Program, segment: Segment, branchTarget: number | null, assigned: number, unassigned: number | null, source: DataSource, shares: Array<{ staff: string, name: string | null, role: string | null, target: number, monthly: Array<number>, phased: boolean }> };

export type PlanPage_ActivityFragment = { id: string, date: string, week: string, channel: Channel, location: string, audience: string, staff: string | null, staffName: string | null, segment: Segment | null, status: PlannedStatus, realised: { date: string, reach: number, registrations: number, costIdr: number } | null };

export type PlanTargetsQueryVariables = Exact<{
  branch: string | number;
  year: number;
}>;


export type PlanTargetsQuery = { targetPlan: Array<{ program: Program, segment: Segment, branchTarget: number | null, assigned: number, unassigned: number | null, source: DataSource, shares: Array<{ staff: string, name: string | null, role: string | null, target: number, monthly: Array<number>, phased: boolean }> }>, reviewStaff: Array<{ code: string, name: string, role: Role }> };

export type PlanActivitiesQueryVariables = Exact<{
  branch: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type PlanActivitiesQuery = { plannedActivities: Array<{ id: string, date: string, week: string, channel: Channel, location: string, audience: string, staff: string | null, staffName: string | null, segment: Segment | null, status: PlannedStatus, realised: { date: string, reach: number, registrations: number, costIdr: number } | null }> };

export type PlanRealisationQueryVariables = Exact<{
  branch: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  groupBy?: PlanGroupBy | null | undefined;
}>;


export type PlanRealisationQuery = { planRealisation: Array<{ key: string, planned: number, done: number, cancelled: number, open: number, donePct: number | null, socialisations: number, registrations: number }> };

export type SetTargetSplitMutationVariables = Exact<{
  branch: string | number;
  year: number;
  program: Program;
  segment: Segment;
  shares: Array<TargetShareInput> | TargetShareInput;
}>;


export type SetTargetSplitMutation = { setTargetSplit: { program: Program, segment: Segment, branchTarget: number | null, assigned: number, unassigned: number | null, source: DataSource, shares: Array<{ staff: string, name: string | null, role: string | null, target: number, monthly: Array<number>, phased: boolean }> } };

export type PlanActivityMutationVariables = Exact<{
  branch: string | number;
  date: string;
  channel: Channel;
  location: string;
  audience: string;
  staff?: string | null | undefined;
  segment?: Segment | null | undefined;
}>;


export type PlanActivityMutation = { planActivity: { id: string, date: string, week: string, channel: Channel, location: string, audience: string, staff: string | null, staffName: string | null, segment: Segment | null, status: PlannedStatus, realised: { date: string, reach: number, registrations: number, costIdr: number } | null } };

export type RealisePlannedMutationVariables = Exact<{
  id: string | number;
  date?: string | null | undefined;
  reach: number;
  registrations: number;
  costIdr?: number | null | undefined;
  leads?: number | null | undefined;
  lang?: ReportLanguage | null | undefined;
}>;


export type RealisePlannedMutation = { realisePlannedActivity: { id: string, date: string, week: string, channel: Channel, location: string, audience: string, staff: string | null, staffName: string | null, segment: Segment | null, status: PlannedStatus, realised: { date: string, reach: number, registrations: number, costIdr: number } | null } };

export type CancelPlannedMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelPlannedMutation = { cancelPlannedActivity: { id: string, date: string, week: string, channel: Channel, location: string, audience: string, staff: string | null, staffName: string | null, segment: Segment | null, status: PlannedStatus, realised: { date: string, reach: number, registrations: number, costIdr: number } | null } };

export type ReviewPage_ActionFragment = { id: string, title: string, owner: string | null, ownerName: string | null, due: string | null, status: ActionStatus, week: string, closedWeek: string | null };

export type ReviewPage_ReviewFragment = { id: string, branch: string, week: string, weekStart: string, weekEnd: string, notes: string | null, createdBy: string, createdAt: string, updatedAt: string, actions: Array<{ id: string, title: string, owner: string | null, ownerName: string | null, due: string | null, status: ActionStatus, week: string, closedWeek: string | null }>, carriedOver: Array<{ id: string, title: string, owner: string | null, ownerName: string | null, due: string | null, status: ActionStatus, week: string, closedWeek: string | null }> };

export type ReviewPageQueryVariables = Exact<{
  branch: string | number;
  last: number;
}>;


export type ReviewPageQuery = { reviews: Array<{ id: string, branch: string, week: string, weekStart: string, weekEnd: string, notes: string | null, createdBy: string, createdAt: string, updatedAt: string, actions: Array<{ id: string, title: string, owner: string | null, ownerName: string | null, due: string | null, status: ActionStatus, week: string, closedWeek: string | null }>, carriedOver: Array<{ id: string, title: string, owner: string | null, ownerName: string | null, due: string | null, status: ActionStatus, week: string, closedWeek: string | null }> }> };

export type ReviewWeekQueryVariables = Exact<{
  branch: string | number;
  week: string;
}>;


export type ReviewWeekQuery = { reviews: Array<{ id: string, branch: string, week: string, weekStart: string, weekEnd: string, notes: string | null, createdBy: string, createdAt: string, updatedAt: string, actions: Array<{ id: string, title: string, owner: string | null, ownerName: string | null, due: string | null, status: ActionStatus, week: string, closedWeek: string | null }>, carriedOver: Array<{ id: string, title: string, owner: string | null, ownerName: string | null, due: string | null, status: ActionStatus, week: string, closedWeek: string | null }> }> };

export type ReviewStaffQueryVariables = Exact<{
  branch: string | number;
}>;


export type ReviewStaffQuery = { reviewStaff: Array<{ code: string, name: string, role: Role }> };

export type CreateReviewMutationVariables = Exact<{
  branch: string | number;
  week: string;
  notes?: string | null | undefined;
}>;


export type CreateReviewMutation = { createReview: { id: string, branch: string, week: string, weekStart: string, weekEnd: string, notes: string | null, createdBy: string, createdAt: string, updatedAt: string, actions: Array<{ id: string, title: string, owner: string | null, ownerName: string | null, due: string | null, status: ActionStatus, week: string, closedWeek: string | null }>, carriedOver: Array<{ id: string, title: string, owner: string | null, ownerName: string | null, due: string | null, status: ActionStatus, week: string, closedWeek: string | null }> } };

export type UpdateReviewMutationVariables = Exact<{
  id: string | number;
  notes?: string | null | undefined;
}>;


export type UpdateReviewMutation = { updateReview: { id: string, notes: string | null, updatedAt: string } };

export type AddActionMutationVariables = Exact<{
  review: string | number;
  title: string;
  owner?: string | null | undefined;
  due?: string | null | undefined;
}>;


export type AddActionMutation = { addAction: { id: string, title: string, owner: string | null, ownerName: string | null, due: string | null, status: ActionStatus, week: string, closedWeek: string | null } };

export type SetActionStatusMutationVariables = Exact<{
  id: string | number;
  status: ActionStatus;
}>;


export type SetActionStatusMutation = { setActionStatus: { id: string, status: ActionStatus, closedWeek: string | null } };

export type ReviewAssessmentQueryVariables = Exact<{
  branch: string | number;
  week: string;
}>;


export type ReviewAssessmentQuery = { reviews: Array<{ id: string, assessment: { week: string, through: string, targetsMet: number, targetsNotMet: number, targetsWithoutData: number, league: Array<{ staff: string, name: string | null, expectedToDate: number | null, attainmentToDatePct: number | null, onTrack: boolean | null, attainment: { status: AttainmentStatus, target: number, realised: number, attainmentPct: number } | null }> } }> };

export type ReviewOverviewQueryVariables = Exact<{
  week: string;
}>;


export type ReviewOverviewQuery = { reviewOverview: Array<{ branch: string, name: string, week: string, latestWeek: string | null, reviewedThisWeek: boolean, openActions: number, overdueActions: number, expectedToDate: number | null, realisedToDate: number | null, attainmentToDatePct: number | null, onTrack: boolean | null }> };

export type AccountMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountMeQuery = { me: { username: string, role: Role, branch: string | null, region: string | null, readsOwnScopeOnly: boolean } | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type CreateApiTokenMutation = { createApiToken: { id: string, name: string, secret: string | null, prefix: string, createdAt: string } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export const App_BranchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"App_branch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<App_BranchFragment, unknown>;
export const CampaignReachPanel_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignReachPanel_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReachRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"reachUnit"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"costIdr"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionLow"}},{"kind":"Field","name":{"kind":"Name","value":"conversionHigh"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistrationLow"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistrationHigh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationsPerActivity"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<CampaignReachPanel_RowFragment, unknown>;
export const EffectivenessPanel_StatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectivenessPanel_stats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectivenessStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"costIdr"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionLow"}},{"kind":"Field","name":{"kind":"Name","value":"conversionHigh"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"registrationsPerActivity"}}]}}]} as unknown as DocumentNode<EffectivenessPanel_StatsFragment, unknown>;
export const EffectivenessPanel_ComparisonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectivenessPanel_comparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectivenessComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"socialisationActivities"}},{"kind":"Field","name":{"kind":"Name","value":"promotionActivities"}}]}}]} as unknown as DocumentNode<EffectivenessPanel_ComparisonFragment, unknown>;
export const EffectivenessPanel_EffectivenessFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectivenessPanel_effectiveness"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Effectiveness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectivenessPanel_stats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectivenessPanel_stats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cheaperPerRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"moreRegistrationsPerActivity"}},{"kind":"Field","name":{"kind":"Name","value":"costRatio"}},{"kind":"Field","name":{"kind":"Name","value":"costRatioLow"}},{"kind":"Field","name":{"kind":"Name","value":"costRatioHigh"}},{"kind":"Field","name":{"kind":"Name","value":"minimumActivities"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectivenessPanel_comparison"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationsPerActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectivenessPanel_comparison"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectivenessPanel_stats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectivenessStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"costIdr"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionLow"}},{"kind":"Field","name":{"kind":"Name","value":"conversionHigh"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"registrationsPerActivity"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectivenessPanel_comparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectivenessComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"socialisationActivities"}},{"kind":"Field","name":{"kind":"Name","value":"promotionActivities"}}]}}]} as unknown as DocumentNode<EffectivenessPanel_EffectivenessFragment, unknown>;
export const MembershipTrendPanel_SeriesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTrendPanel_series"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"activeParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"changePct"}},{"kind":"Field","name":{"kind":"Name","value":"changeUnavailable"}},{"kind":"Field","name":{"kind":"Name","value":"newParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"flowsIncomplete"}},{"kind":"Field","name":{"kind":"Name","value":"reportingBranches"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"flowSource"}}]}}]}}]} as unknown as DocumentNode<MembershipTrendPanel_SeriesFragment, unknown>;
export const TargetAttainmentPanel_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetAttainmentPanel_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttainmentRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetWithData"}},{"kind":"Field","name":{"kind":"Name","value":"targetWithoutData"}},{"kind":"Field","name":{"kind":"Name","value":"keysWithTargets"}},{"kind":"Field","name":{"kind":"Name","value":"keysWithData"}},{"kind":"Field","name":{"kind":"Name","value":"realised"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentPct"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"earliestAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"branchesWithTargets"}},{"kind":"Field","name":{"kind":"Name","value":"reportingBranches"}},{"kind":"Field","name":{"kind":"Name","value":"projectedRealised"}},{"kind":"Field","name":{"kind":"Name","value":"projectedLow"}},{"kind":"Field","name":{"kind":"Name","value":"projectedHigh"}},{"kind":"Field","name":{"kind":"Name","value":"projectedAttainmentPct"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<TargetAttainmentPanel_RowFragment, unknown>;
export const PlanPage_LineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPage_line"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetPlanLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"branchTarget"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"phased"}}]}}]}}]} as unknown as DocumentNode<PlanPage_LineFragment, unknown>;
export const PlanPage_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPage_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"costIdr"}}]}}]}}]} as unknown as DocumentNode<PlanPage_ActivityFragment, unknown>;
export const ReviewPage_ActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPage_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"closedWeek"}}]}}]} as unknown as DocumentNode<ReviewPage_ActionFragment, unknown>;
export const ReviewPage_ReviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPage_review"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_action"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPage_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"closedWeek"}}]}}]} as unknown as DocumentNode<ReviewPage_ReviewFragment, unknown>;
export const AppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"App"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"App_branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"App_branch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<AppQuery, AppQueryVariables>;
export const AppYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"years"},"name":{"kind":"Name","value":"membershipYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}]}]}}]} as unknown as DocumentNode<AppYearsQuery, AppYearsQueryVariables>;
export const CampaignReachPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignReachPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReachGroupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignReach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignReachPanel_row"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignReachPanel_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReachRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"reachUnit"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"costIdr"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionLow"}},{"kind":"Field","name":{"kind":"Name","value":"conversionHigh"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistrationLow"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistrationHigh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationsPerActivity"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<CampaignReachPanelQuery, CampaignReachPanelQueryVariables>;
export const EffectivenessPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectivenessPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectivenessPanel_effectiveness"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectivenessPanel_stats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectivenessStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"costIdr"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionLow"}},{"kind":"Field","name":{"kind":"Name","value":"conversionHigh"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"registrationsPerActivity"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectivenessPanel_comparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectivenessComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"socialisationActivities"}},{"kind":"Field","name":{"kind":"Name","value":"promotionActivities"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectivenessPanel_effectiveness"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Effectiveness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectivenessPanel_stats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectivenessPanel_stats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cheaperPerRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"moreRegistrationsPerActivity"}},{"kind":"Field","name":{"kind":"Name","value":"costRatio"}},{"kind":"Field","name":{"kind":"Name","value":"costRatioLow"}},{"kind":"Field","name":{"kind":"Name","value":"costRatioHigh"}},{"kind":"Field","name":{"kind":"Name","value":"minimumActivities"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectivenessPanel_comparison"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationsPerActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectivenessPanel_comparison"}}]}}]}}]}}]} as unknown as DocumentNode<EffectivenessPanelQuery, EffectivenessPanelQueryVariables>;
export const FreshnessNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreshnessNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataFreshness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestMonth"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBehind"}},{"kind":"Field","name":{"kind":"Name","value":"latestCampaignMonth"}},{"kind":"Field","name":{"kind":"Name","value":"campaignMonthsBehind"}},{"kind":"Field","name":{"kind":"Name","value":"campaignsStale"}},{"kind":"Field","name":{"kind":"Name","value":"staleAfterMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"staleBranches"}},{"kind":"Field","name":{"kind":"Name","value":"latestMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"branches"}}]}}]}}]}}]} as unknown as DocumentNode<FreshnessNoticeQuery, FreshnessNoticeQueryVariables>;
export const MembershipTrendPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipTrendPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segments"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programs"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"segments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segments"}}},{"kind":"Argument","name":{"kind":"Name","value":"programs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programs"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTrendPanel_series"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTrendPanel_series"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"activeParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"changePct"}},{"kind":"Field","name":{"kind":"Name","value":"changeUnavailable"}},{"kind":"Field","name":{"kind":"Name","value":"newParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"flowsIncomplete"}},{"kind":"Field","name":{"kind":"Name","value":"reportingBranches"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"flowSource"}}]}}]}}]} as unknown as DocumentNode<MembershipTrendPanelQuery, MembershipTrendPanelQueryVariables>;
export const ScopeRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetsBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reachBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReachGroupBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"targets"},"name":{"kind":"Name","value":"targetAttainment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetsBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentPct"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"reach"},"name":{"kind":"Name","value":"campaignReach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reachBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"KEY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"costPerRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<ScopeRankingQuery, ScopeRankingQueryVariables>;
export const TargetAttainmentPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetAttainmentPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetAttainment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetAttainmentPanel_row"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetAttainmentPanel_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttainmentRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetWithData"}},{"kind":"Field","name":{"kind":"Name","value":"targetWithoutData"}},{"kind":"Field","name":{"kind":"Name","value":"keysWithTargets"}},{"kind":"Field","name":{"kind":"Name","value":"keysWithData"}},{"kind":"Field","name":{"kind":"Name","value":"realised"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentPct"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"earliestAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"branchesWithTargets"}},{"kind":"Field","name":{"kind":"Name","value":"reportingBranches"}},{"kind":"Field","name":{"kind":"Name","value":"projectedRealised"}},{"kind":"Field","name":{"kind":"Name","value":"projectedLow"}},{"kind":"Field","name":{"kind":"Name","value":"projectedHigh"}},{"kind":"Field","name":{"kind":"Name","value":"projectedAttainmentPct"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<TargetAttainmentPanelQuery, TargetAttainmentPanelQueryVariables>;
export const ImportPageKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPageKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPageKindsQuery, ImportPageKindsQueryVariables>;
export const ImportPageHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPageHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedRows"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<ImportPageHistoryQuery, ImportPageHistoryQueryVariables>;
export const ImportPageDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPageData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheet"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentEncoding"},"value":{"kind":"EnumValue","value":"BASE64"}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"sheet"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheet"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedRows"}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"problemsTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"storedRows"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPageDataMutation, ImportPageDataMutationVariables>;
export const PlanTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPage_line"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPage_line"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetPlanLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"branchTarget"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"phased"}}]}}]}}]} as unknown as DocumentNode<PlanTargetsQuery, PlanTargetsQueryVariables>;
export const PlanActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPage_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPage_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"costIdr"}}]}}]}}]} as unknown as DocumentNode<PlanActivitiesQuery, PlanActivitiesQueryVariables>;
export const PlanRealisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanRealisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanGroupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planRealisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"donePct"}},{"kind":"Field","name":{"kind":"Name","value":"socialisations"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}}]}}]}}]} as unknown as DocumentNode<PlanRealisationQuery, PlanRealisationQueryVariables>;
export const SetTargetSplitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTargetSplit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"program"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shares"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetShareInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTargetSplit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"program"},"value":{"kind":"Variable","name":{"kind":"Name","value":"program"}}},{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}},{"kind":"Argument","name":{"kind":"Name","value":"shares"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shares"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPage_line"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPage_line"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetPlanLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"branchTarget"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"phased"}}]}}]}}]} as unknown as DocumentNode<SetTargetSplitMutation, SetTargetSplitMutationVariables>;
export const PlanActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staff"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}},{"kind":"Argument","name":{"kind":"Name","value":"staff"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staff"}}},{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPage_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPage_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"costIdr"}}]}}]}}]} as unknown as DocumentNode<PlanActivityMutation, PlanActivityMutationVariables>;
export const RealisePlannedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealisePlanned"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reach"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrations"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"costIdr"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leads"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realisePlannedActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"reach"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reach"}}},{"kind":"Argument","name":{"kind":"Name","value":"registrations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrations"}}},{"kind":"Argument","name":{"kind":"Name","value":"costIdr"},"value":{"kind":"Variable","name":{"kind":"Name","value":"costIdr"}}},{"kind":"Argument","name":{"kind":"Name","value":"leads"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leads"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPage_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPage_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"costIdr"}}]}}]}}]} as unknown as DocumentNode<RealisePlannedMutation, RealisePlannedMutationVariables>;
export const CancelPlannedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPlanned"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPlannedActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPage_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPage_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"costIdr"}}]}}]}}]} as unknown as DocumentNode<CancelPlannedMutation, CancelPlannedMutationVariables>;
export const ReviewPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_review"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPage_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"closedWeek"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPage_review"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_action"}}]}}]}}]} as unknown as DocumentNode<ReviewPageQuery, ReviewPageQueryVariables>;
export const ReviewWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_review"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPage_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"closedWeek"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPage_review"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_action"}}]}}]}}]} as unknown as DocumentNode<ReviewWeekQuery, ReviewWeekQueryVariables>;
export const ReviewStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ReviewStaffQuery, ReviewStaffQueryVariables>;
export const CreateReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_review"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPage_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"closedWeek"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPage_review"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_action"}}]}}]}}]} as unknown as DocumentNode<CreateReviewMutation, CreateReviewMutationVariables>;
export const UpdateReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateReviewMutation, UpdateReviewMutationVariables>;
export const AddActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"review"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"owner"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"due"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"review"},"value":{"kind":"Variable","name":{"kind":"Name","value":"review"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"owner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"owner"}}},{"kind":"Argument","name":{"kind":"Name","value":"due"},"value":{"kind":"Variable","name":{"kind":"Name","value":"due"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPage_action"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPage_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"closedWeek"}}]}}]} as unknown as DocumentNode<AddActionMutation, AddActionMutationVariables>;
export const SetActionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedWeek"}}]}}]}}]} as unknown as DocumentNode<SetActionStatusMutation, SetActionStatusMutationVariables>;
export const ReviewAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"targetsMet"}},{"kind":"Field","name":{"kind":"Name","value":"targetsNotMet"}},{"kind":"Field","name":{"kind":"Name","value":"targetsWithoutData"}},{"kind":"Field","name":{"kind":"Name","value":"league"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"realised"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentPct"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedToDate"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentToDatePct"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewAssessmentQuery, ReviewAssessmentQueryVariables>;
export const ReviewOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"latestWeek"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedToDate"}},{"kind":"Field","name":{"kind":"Name","value":"realisedToDate"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentToDatePct"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}}]}}]}}]} as unknown as DocumentNode<ReviewOverviewQuery, ReviewOverviewQueryVariables>;
export const AccountMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"readsOwnScopeOnly"}}]}}]}}]} as unknown as DocumentNode<AccountMeQuery, AccountMeQueryVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;