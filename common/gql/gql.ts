/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment App_branch on Branch {\n    code\n    name\n    region\n    regionCode\n    source\n  }\n": typeof types.App_BranchFragmentDoc,
    "\n  query App {\n    branches {\n      ...App_branch\n    }\n    regions {\n      code\n      name\n      source\n    }\n  }\n": typeof types.AppDocument,
    "\n  query AppYears($branch: ID, $region: ID) {\n    years: membershipYears(branch: $branch, region: $region)\n  }\n": typeof types.AppYearsDocument,
    "\n  fragment CampaignReachPanel_row on ReachRow {\n    key\n    activity\n    reachUnit\n    activities\n    reach\n    attendees\n    impressions\n    leads\n    registrations\n    costIdr\n    conversionRate\n    conversionLow\n    conversionHigh\n    costPerRegistration\n    costPerRegistrationLow\n    costPerRegistrationHigh\n    registrationsPerActivity\n    source\n  }\n": typeof types.CampaignReachPanel_RowFragmentDoc,
    "\n  query CampaignReachPanel($branch: ID, $region: ID, $from: String, $to: String, $groupBy: ReachGroupBy) {\n    campaignReach(branch: $branch, region: $region, from: $from, to: $to, groupBy: $groupBy) {\n      ...CampaignReachPanel_row\n    }\n  }\n": typeof types.CampaignReachPanelDocument,
    "\n  fragment EffectivenessPanel_effectiveness on Effectiveness {\n    socialisation {\n      ...EffectivenessPanel_stats\n    }\n    promotion {\n      ...EffectivenessPanel_stats\n    }\n    verdict {\n      cheaperPerRegistration\n      moreRegistrationsPerActivity\n      costRatio\n      costRatioLow\n      costRatioHigh\n      minimumActivities\n      costPerRegistration {\n        ...EffectivenessPanel_comparison\n      }\n      registrationsPerActivity {\n        ...EffectivenessPanel_comparison\n      }\n    }\n  }\n  fragment EffectivenessPanel_comparison on EffectivenessComparison {\n    outcome\n    reason\n    ratio\n    low\n    high\n    socialisationActivities\n    promotionActivities\n  }\n  fragment EffectivenessPanel_stats on EffectivenessStats {\n    activities\n    reach\n    registrations\n    costIdr\n    conversionRate\n    conversionLow\n    conversionHigh\n    costPerRegistration\n    registrationsPerActivity\n  }\n": typeof types.EffectivenessPanel_EffectivenessFragmentDoc,
    "\n  query EffectivenessPanel($branch: ID, $region: ID, $from: String, $to: String) {\n    effectiveness(branch: $branch, region: $region, from: $from, to: $to) {\n      ...EffectivenessPanel_effectiveness\n    }\n  }\n": typeof types.EffectivenessPanelDocument,
    "\n  query FreshnessNotice($branch: ID, $region: ID) {\n    dataFreshness(branch: $branch, region: $region) {\n      latestMonth\n      monthsBehind\n      latestCampaignMonth\n      campaignMonthsBehind\n      campaignsStale\n      staleAfterMonths\n      stale\n      staleBranches\n      latestMonths {\n        month\n        branches\n      }\n    }\n  }\n": typeof types.FreshnessNoticeDocument,
    "\n  fragment MembershipTrendPanel_series on MembershipSeries {\n    segment\n    program\n    unit\n    points {\n      period\n      activeParticipants\n      change\n      changePct\n      changeUnavailable\n      newParticipants\n      lapsedParticipants\n      flowsIncomplete\n      reportingBranches\n      asOf\n      source\n      flowSource\n    }\n  }\n": typeof types.MembershipTrendPanel_SeriesFragmentDoc,
    "\n  query MembershipTrendPanel(\n    $branch: ID\n    $region: ID\n    $segments: [Segment!]\n    $programs: [Program!]\n    $from: String\n    $to: String\n    $granularity: Granularity\n  ) {\n    membershipTrend(branch: $branch, region: $region, segments: $segments, programs: $programs, from: $from, to: $to, granularity: $granularity) {\n      ...MembershipTrendPanel_series\n    }\n  }\n": typeof types.MembershipTrendPanelDocument,
    "\n  query ScopeRanking($region: ID, $year: Int!, $from: String, $to: String, $targetsBy: TargetGroupBy!, $reachBy: ReachGroupBy!) {\n    targets: targetAttainment(region: $region, year: $year, groupBy: $targetsBy) {\n      key\n      attainmentPct\n      status\n      source\n    }\n    reach: campaignReach(region: $region, from: $from, to: $to, groupBy: $reachBy, orderBy: KEY) {\n      key\n      registrations\n      costPerRegistration\n      source\n    }\n  }\n": typeof types.ScopeRankingDocument,
    "\n  fragment TargetAttainmentPanel_row on AttainmentRow {\n    key\n    label\n    metric\n    target\n    targetWithData\n    targetWithoutData\n    keysWithTargets\n    keysWithData\n    realised\n    attainmentPct\n    gap\n    unit\n    status\n    asOf\n    earliestAsOf\n    branchesWithTargets\n    reportingBranches\n    projectedRealised\n    projectedLow\n    projectedHigh\n    projectedAttainmentPct\n    source\n  }\n": typeof types.TargetAttainmentPanel_RowFragmentDoc,
    "\n  query TargetAttainmentPanel($branch: ID, $region: ID, $year: Int!, $groupBy: TargetGroupBy) {\n    targetAttainment(branch: $branch, region: $region, year: $year, groupBy: $groupBy) {\n      ...TargetAttainmentPanel_row\n    }\n  }\n": typeof types.TargetAttainmentPanelDocument,
    "\n  query ImportPageKinds {\n    importKinds {\n      kind\n      columns {\n        name\n        required\n      }\n    }\n  }\n": typeof types.ImportPageKindsDocument,
    "\n  query ImportPageHistory {\n    importHistory(limit: 20) {\n      id\n      kind\n      fileName\n      outcome\n      rows\n      rejectedRows\n      actor\n      startedAt\n      sha256\n    }\n  }\n": typeof types.ImportPageHistoryDocument,
    "\n  mutation ImportPageData($kind: ImportKind!, $fileName: String!, $content: String!, $dryRun: Boolean, $sheet: String, $lang: ReportLanguage) {\n    importData(kind: $kind, fileName: $fileName, content: $content, contentEncoding: BASE64, dryRun: $dryRun, sheet: $sheet, lang: $lang) {\n      runId\n      outcome\n      rows\n      rejectedRows\n      problemCount\n      problemsTruncated\n      storedRows\n      format\n      delimiter\n      sheet\n      columns\n      problems {\n        line\n        column\n        value\n        code\n        reason\n      }\n      notes {\n        code\n        count\n        line\n        column\n        text\n      }\n    }\n  }\n": typeof types.ImportPageDataDocument,
    "\n  fragment PlanPage_line on TargetPlanLine {\n    program\n    segment\n    branchTarget\n    assigned\n    unassigned\n    source\n    shares {\n      staff\n      name\n      role\n      target\n      monthly\n      phased\n    }\n  }\n": typeof types.PlanPage_LineFragmentDoc,
    "\n  fragment PlanPage_activity on PlannedActivity {\n    id\n    date\n    week\n    channel\n    location\n    audience\n    staff\n    staffName\n    segment\n    status\n    realised {\n      date\n      reach\n      registrations\n      costIdr\n    }\n  }\n": typeof types.PlanPage_ActivityFragmentDoc,
    "\n  query PlanTargets($branch: ID!, $year: Int!) {\n    targetPlan(branch: $branch, year: $year) {\n      ...PlanPage_line\n    }\n    reviewStaff(branch: $branch) {\n      code\n      name\n      role\n    }\n  }\n": typeof types.PlanTargetsDocument,
    "\n  query PlanActivities($branch: ID!, $from: String, $to: String) {\n    plannedActivities(branch: $branch, from: $from, to: $to) {\n      ...PlanPage_activity\n    }\n  }\n": typeof types.PlanActivitiesDocument,
    "\n  query PlanRealisation($branch: ID!, $from: String, $to: String, $groupBy: PlanGroupBy) {\n    planRealisation(branch: $branch, from: $from, to: $to, groupBy: $groupBy) {\n      key\n      planned\n      done\n      cancelled\n      open\n      donePct\n      socialisations\n      registrations\n    }\n  }\n": typeof types.PlanRealisationDocument,
    "\n  mutation SetTargetSplit($branch: ID!, $year: Int!, $program: Program!, $segment: Segment!, $shares: [TargetShareInput!]!) {\n    setTargetSplit(branch: $branch, year: $year, program: $program, segment: $segment, shares: $shares) {\n      ...PlanPage_line\n    }\n  }\n": typeof types.SetTargetSplitDocument,
    "\n  mutation PlanActivity($branch: ID!, $date: String!, $channel: Channel!, $location: String!, $audience: String!, $staff: String, $segment: Segment) {\n    planActivity(branch: $branch, date: $date, channel: $channel, location: $location, audience: $audience, staff: $staff, segment: $segment) {\n      ...PlanPage_activity\n    }\n  }\n": typeof types.PlanActivityDocument,
    "\n  mutation RealisePlanned($id: ID!, $date: String, $reach: Int!, $registrations: Int!, $costIdr: Int, $leads: Int, $lang: ReportLanguage) {\n    realisePlannedActivity(id: $id, date: $date, reach: $reach, registrations: $registrations, costIdr: $costIdr, leads: $leads, lang: $lang) {\n      ...PlanPage_activity\n    }\n  }\n": typeof types.RealisePlannedDocument,
    "\n  mutation CancelPlanned($id: ID!) {\n    cancelPlannedActivity(id: $id) {\n      ...PlanPage_activity\n    }\n  }\n": typeof types.CancelPlannedDocument,
    "\n  fragment ReviewPage_action on Action {\n    id\n    title\n    owner\n    ownerName\n    due\n    status\n    week\n    closedWeek\n  }\n": typeof types.ReviewPage_ActionFragmentDoc,
    "\n  fragment ReviewPage_review on Review {\n    id\n    branch\n    week\n    weekStart\n    weekEnd\n    notes\n    createdBy\n    createdAt\n    updatedAt\n    actions {\n      ...ReviewPage_action\n    }\n    carriedOver {\n      ...ReviewPage_action\n    }\n  }\n": typeof types.ReviewPage_ReviewFragmentDoc,
    "\n  query ReviewPage($branch: ID!, $last: Int!) {\n    reviews(branch: $branch, last: $last) {\n      ...ReviewPage_review\n    }\n  }\n": typeof types.ReviewPageDocument,
    "\n  query ReviewWeek($branch: ID!, $week: String!) {\n    reviews(branch: $branch, from: $week, to: $week) {\n      ...ReviewPage_review\n    }\n  }\n": typeof types.ReviewWeekDocument,
    "\n  query ReviewStaff($branch: ID!) {\n    reviewStaff(branch: $branch) {\n      code\n      name\n      role\n    }\n  }\n": typeof types.ReviewStaffDocument,
    "\n  mutation CreateReview($branch: ID!, $week: String!, $notes: String) {\n    createReview(branch: $branch, week: $week, notes: $notes) {\n      ...ReviewPage_review\n    }\n  }\n": typeof types.CreateReviewDocument,
    "\n  mutation UpdateReview($id: ID!, $notes: String) {\n    updateReview(id: $id, notes: $notes) {\n      id\n      notes\n      updatedAt\n    }\n  }\n": typeof types.UpdateReviewDocument,
    "\n  mutation AddAction($review: ID!, $title: String!, $owner: String, $due: String) {\n    addAction(review: $review, title: $title, owner: $owner, due: $due) {\n      ...ReviewPage_action\n    }\n  }\n": typeof types.AddActionDocument,
    "\n  mutation SetActionStatus($id: ID!, $status: ActionStatus!) {\n    setActionStatus(id: $id, status: $status) {\n      id\n      status\n      closedWeek\n    }\n  }\n": typeof types.SetActionStatusDocument,
    "\n  query ReviewAssessment($branch: ID!, $week: String!) {\n    reviews(branch: $branch, from: $week, to: $week) {\n      id\n      assessment {\n        week\n        through\n        targetsMet\n        targetsNotMet\n        targetsWithoutData\n        league {\n          staff\n          name\n          attainment {\n            status\n            target\n            realised\n            attainmentPct\n          }\n          expectedToDate\n          attainmentToDatePct\n          onTrack\n        }\n      }\n    }\n  }\n": typeof types.ReviewAssessmentDocument,
    "\n  query ReviewOverview($week: String!) {\n    reviewOverview(week: $week) {\n      branch\n      name\n      week\n      latestWeek\n      reviewedThisWeek\n      openActions\n      overdueActions\n      expectedToDate\n      realisedToDate\n      attainmentToDatePct\n      onTrack\n    }\n  }\n": typeof types.ReviewOverviewDocument,
    "\n  query AccountMe {\n    me {\n      username\n      role\n      branch\n      region\n      readsOwnScopeOnly\n    }\n  }\n": typeof types.AccountMeDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      id\n      name\n      secret\n      prefix\n      createdAt\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
};
const documents: Documents = {
    "\n  fragment App_branch on Branch {\n    code\n    name\n    region\n    regionCode\n    source\n  }\n": types.App_BranchFragmentDoc,
    "\n  query App {\n    branches {\n      ...App_branch\n    }\n    regions {\n      code\n      name\n      source\n    }\n  }\n": types.AppDocument,
    "\n  query AppYears($branch: ID, $region: ID) {\n    years: membershipYears(branch: $branch, region: $region)\n  }\n": types.AppYearsDocument,
    "\n  fragment CampaignReachPanel_row on ReachRow {\n    key\n    activity\n    reachUnit\n    activities\n    reach\n    attendees\n    impressions\n    leads\n    registrations\n    costIdr\n    conversionRate\n    conversionLow\n    conversionHigh\n    costPerRegistration\n    costPerRegistrationLow\n    costPerRegistrationHigh\n    registrationsPerActivity\n    source\n  }\n": types.CampaignReachPanel_RowFragmentDoc,
    "\n  query CampaignReachPanel($branch: ID, $region: ID, $from: String, $to: String, $groupBy: ReachGroupBy) {\n    campaignReach(branch: $branch, region: $region, from: $from, to: $to, groupBy: $groupBy) {\n      ...CampaignReachPanel_row\n    }\n  }\n": types.CampaignReachPanelDocument,
    "\n  fragment EffectivenessPanel_effectiveness on Effectiveness {\n    socialisation {\n      ...EffectivenessPanel_stats\n    }\n    promotion {\n      ...EffectivenessPanel_stats\n    }\n    verdict {\n      cheaperPerRegistration\n      moreRegistrationsPerActivity\n      costRatio\n      costRatioLow\n      costRatioHigh\n      minimumActivities\n      costPerRegistration {\n        ...EffectivenessPanel_comparison\n      }\n      registrationsPerActivity {\n        ...EffectivenessPanel_comparison\n      }\n    }\n  }\n  fragment EffectivenessPanel_comparison on EffectivenessComparison {\n    outcome\n    reason\n    ratio\n    low\n    high\n    socialisationActivities\n    promotionActivities\n  }\n  fragment EffectivenessPanel_stats on EffectivenessStats {\n    activities\n    reach\n    registrations\n    costIdr\n    conversionRate\n    conversionLow\n    conversionHigh\n    costPerRegistration\n    registrationsPerActivity\n  }\n": types.EffectivenessPanel_EffectivenessFragmentDoc,
    "\n  query EffectivenessPanel($branch: ID, $region: ID, $from: String, $to: String) {\n    effectiveness(branch: $branch, region: $region, from: $from, to: $to) {\n      ...EffectivenessPanel_effectiveness\n    }\n  }\n": types.EffectivenessPanelDocument,
    "\n  query FreshnessNotice($branch: ID, $region: ID) {\n    dataFreshness(branch: $branch, region: $region) {\n      latestMonth\n      monthsBehind\n      latestCampaignMonth\n      campaignMonthsBehind\n      campaignsStale\n      staleAfterMonths\n      stale\n      staleBranches\n      latestMonths {\n        month\n        branches\n      }\n    }\n  }\n": types.FreshnessNoticeDocument,
    "\n  fragment MembershipTrendPanel_series on MembershipSeries {\n    segment\n    program\n    unit\n    points {\n      period\n      activeParticipants\n      change\n      changePct\n      changeUnavailable\n      newParticipants\n      lapsedParticipants\n      flowsIncomplete\n      reportingBranches\n      asOf\n      source\n      flowSource\n    }\n  }\n": types.MembershipTrendPanel_SeriesFragmentDoc,
    "\n  query MembershipTrendPanel(\n    $branch: ID\n    $region: ID\n    $segments: [Segment!]\n    $programs: [Program!]\n    $from: String\n    $to: String\n    $granularity: Granularity\n  ) {\n    membershipTrend(branch: $branch, region: $region, segments: $segments, programs: $programs, from: $from, to: $to, granularity: $granularity) {\n      ...MembershipTrendPanel_series\n    }\n  }\n": types.MembershipTrendPanelDocument,
    "\n  query ScopeRanking($region: ID, $year: Int!, $from: String, $to: String, $targetsBy: TargetGroupBy!, $reachBy: ReachGroupBy!) {\n    targets: targetAttainment(region: $region, year: $year, groupBy: $targetsBy) {\n      key\n      attainmentPct\n      status\n      source\n    }\n    reach: campaignReach(region: $region, from: $from, to: $to, groupBy: $reachBy, orderBy: KEY) {\n      key\n      registrations\n      costPerRegistration\n      source\n    }\n  }\n": types.ScopeRankingDocument,
    "\n  fragment TargetAttainmentPanel_row on AttainmentRow {\n    key\n    label\n    metric\n    target\n    targetWithData\n    targetWithoutData\n    keysWithTargets\n    keysWithData\n    realised\n    attainmentPct\n    gap\n    unit\n    status\n    asOf\n    earliestAsOf\n    branchesWithTargets\n    reportingBranches\n    projectedRealised\n    projectedLow\n    projectedHigh\n    projectedAttainmentPct\n    source\n  }\n": types.TargetAttainmentPanel_RowFragmentDoc,
    "\n  query TargetAttainmentPanel($branch: ID, $region: ID, $year: Int!, $groupBy: TargetGroupBy) {\n    targetAttainment(branch: $branch, region: $region, year: $year, groupBy: $groupBy) {\n      ...TargetAttainmentPanel_row\n    }\n  }\n": types.TargetAttainmentPanelDocument,
    "\n  query ImportPageKinds {\n    importKinds {\n      kind\n      columns {\n        name\n        required\n      }\n    }\n  }\n": types.ImportPageKindsDocument,
    "\n  query ImportPageHistory {\n    importHistory(limit: 20) {\n      id\n      kind\n      fileName\n      outcome\n      rows\n      rejectedRows\n      actor\n      startedAt\n      sha256\n    }\n  }\n": types.ImportPageHistoryDocument,
    "\n  mutation ImportPageData($kind: ImportKind!, $fileName: String!, $content: String!, $dryRun: Boolean, $sheet: String, $lang: ReportLanguage) {\n    importData(kind: $kind, fileName: $fileName, content: $content, contentEncoding: BASE64, dryRun: $dryRun, sheet: $sheet, lang: $lang) {\n      runId\n      outcome\n      rows\n      rejectedRows\n      problemCount\n      problemsTruncated\n      storedRows\n      format\n      delimiter\n      sheet\n      columns\n      problems {\n        line\n        column\n        value\n        code\n        reason\n      }\n      notes {\n        code\n        count\n        line\n        column\n        text\n      }\n    }\n  }\n": types.ImportPageDataDocument,
    "\n  fragment PlanPage_line on TargetPlanLine {\n    program\n    segment\n    branchTarget\n    assigned\n    unassigned\n    source\n    shares {\n      staff\n      name\n      role\n      target\n      monthly\n      phased\n    }\n  }\n": types.PlanPage_LineFragmentDoc,
    "\n  fragment PlanPage_activity on PlannedActivity {\n    id\n    date\n    week\n    channel\n    location\n    audience\n    staff\n    staffName\n    segment\n    status\n    realised {\n      date\n      reach\n      registrations\n      costIdr\n    }\n  }\n": types.PlanPage_ActivityFragmentDoc,
    "\n  query PlanTargets($branch: ID!, $year: Int!) {\n    targetPlan(branch: $branch, year: $year) {\n      ...PlanPage_line\n    }\n    reviewStaff(branch: $branch) {\n      code\n      name\n      role\n    }\n  }\n": types.PlanTargetsDocument,
    "\n  query PlanActivities($branch: ID!, $from: String, $to: String) {\n    plannedActivities(branch: $branch, from: $from, to: $to) {\n      ...PlanPage_activity\n    }\n  }\n": types.PlanActivitiesDocument,
    "\n  query PlanRealisation($branch: ID!, $from: String, $to: String, $groupBy: PlanGroupBy) {\n    planRealisation(branch: $branch, from: $from, to: $to, groupBy: $groupBy) {\n      key\n      planned\n      done\n      cancelled\n      open\n      donePct\n      socialisations\n      registrations\n    }\n  }\n": types.PlanRealisationDocument,
    "\n  mutation SetTargetSplit($branch: ID!, $year: Int!, $program: Program!, $segment: Segment!, $shares: [TargetShareInput!]!) {\n    setTargetSplit(branch: $branch, year: $year, program: $program, segment: $segment, shares: $shares) {\n      ...PlanPage_line\n    }\n  }\n": types.SetTargetSplitDocument,
    "\n  mutation PlanActivity($branch: ID!, $date: String!, $channel: Channel!, $location: String!, $audience: String!, $staff: String, $segment: Segment) {\n    planActivity(branch: $branch, date: $date, channel: $channel, location: $location, audience: $audience, staff: $staff, segment: $segment) {\n      ...PlanPage_activity\n    }\n  }\n": types.PlanActivityDocument,
    "\n  mutation RealisePlanned($id: ID!, $date: String, $reach: Int!, $registrations: Int!, $costIdr: Int, $leads: Int, $lang: ReportLanguage) {\n    realisePlannedActivity(id: $id, date: $date, reach: $reach, registrations: $registrations, costIdr: $costIdr, leads: $leads, lang: $lang) {\n      ...PlanPage_activity\n    }\n  }\n": types.RealisePlannedDocument,
    "\n  mutation CancelPlanned($id: ID!) {\n    cancelPlannedActivity(id: $id) {\n      ...PlanPage_activity\n    }\n  }\n": types.CancelPlannedDocument,
    "\n  fragment ReviewPage_action on Action {\n    id\n    title\n    owner\n    ownerName\n    due\n    status\n    week\n    closedWeek\n  }\n": types.ReviewPage_ActionFragmentDoc,
    "\n  fragment ReviewPage_review on Review {\n    id\n    branch\n    week\n    weekStart\n    weekEnd\n    notes\n    createdBy\n    createdAt\n    updatedAt\n    actions {\n      ...ReviewPage_action\n    }\n    carriedOver {\n      ...ReviewPage_action\n    }\n  }\n": types.ReviewPage_ReviewFragmentDoc,
    "\n  query ReviewPage($branch: ID!, $last: Int!) {\n    reviews(branch: $branch, last: $last) {\n      ...ReviewPage_review\n    }\n  }\n": types.ReviewPageDocument,
    "\n  query ReviewWeek($branch: ID!, $week: String!) {\n    reviews(branch: $branch, from: $week, to: $week) {\n      ...ReviewPage_review\n    }\n  }\n": types.ReviewWeekDocument,
    "\n  query ReviewStaff($branch: ID!) {\n    reviewStaff(branch: $branch) {\n      code\n      name\n      role\n    }\n  }\n": types.ReviewStaffDocument,
    "\n  mutation CreateReview($branch: ID!, $week: String!, $notes: String) {\n    createReview(branch: $branch, week: $week, notes: $notes) {\n      ...ReviewPage_review\n    }\n  }\n": types.CreateReviewDocument,
    "\n  mutation UpdateReview($id: ID!, $notes: String) {\n    updateReview(id: $id, notes: $notes) {\n      id\n      notes\n      updatedAt\n    }\n  }\n": types.UpdateReviewDocument,
    "\n  mutation AddAction($review: ID!, $title: String!, $owner: String, $due: String) {\n    addAction(review: $review, title: $title, owner: $owner, due: $due) {\n      ...ReviewPage_action\n    }\n  }\n": types.AddActionDocument,
    "\n  mutation SetActionStatus($id: ID!, $status: ActionStatus!) {\n    setActionStatus(id: $id, status: $status) {\n      id\n      status\n      closedWeek\n    }\n  }\n": types.SetActionStatusDocument,
    "\n  query ReviewAssessment($branch: ID!, $week: String!) {\n    reviews(branch: $branch, from: $week, to: $week) {\n      id\n      assessment {\n        week\n        through\n        targetsMet\n        targetsNotMet\n        targetsWithoutData\n        league {\n          staff\n          name\n          attainment {\n            status\n            target\n            realised\n            attainmentPct\n          }\n          expectedToDate\n          attainmentToDatePct\n          onTrack\n        }\n      }\n    }\n  }\n": types.ReviewAssessmentDocument,
    "\n  query ReviewOverview($week: String!) {\n    reviewOverview(week: $week) {\n      branch\n      name\n      week\n      latestWeek\n      reviewedThisWeek\n      openActions\n      overdueActions\n      expectedToDate\n      realisedToDate\n      attainmentToDatePct\n      onTrack\n    }\n  }\n": types.ReviewOverviewDocument,
    "\n  query AccountMe {\n    me {\n      username\n      role\n      branch\n      region\n      readsOwnScopeOnly\n    }\n  }\n": types.AccountMeDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      id\n      name\n      secret\n      prefix\n      createdAt\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment App_branch on Branch {\n    code\n    name\n    region\n    regionCode\n    source\n  }\n"): (typeof documents)["\n  fragment App_branch on Branch {\n    code\n    name\n    region\n    regionCode\n    source\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query App {\n    branches {\n      ...App_branch\n    }\n    regions {\n      code\n      name\n      source\n    }\n  }\n"): (typeof documents)["\n  query App {\n    branches {\n      ...App_branch\n    }\n    regions {\n      code\n      name\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppYears($branch: ID, $region: ID) {\n    years: membershipYears(branch: $branch, region: $region)\n  }\n"): (typeof documents)["\n  query AppYears($branch: ID, $region: ID) {\n    years: membershipYears(branch: $branch, region: $region)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignReachPanel_row on ReachRow {\n    key\n    activity\n    reachUnit\n    activities\n    reach\n    attendees\n    impressions\n    leads\n    registrations\n    costIdr\n    conversionRate\n    conversionLow\n    conversionHigh\n    costPerRegistration\n    costPerRegistrationLow\n    costPerRegistrationHigh\n    registrationsPerActivity\n    source\n  }\n"): (typeof documents)["\n  fragment CampaignReachPanel_row on ReachRow {\n    key\n    activity\n    reachUnit\n    activities\n    reach\n    attendees\n    impressions\n    leads\n    registrations\n    costIdr\n    conversionRate\n    conversionLow\n    conversionHigh\n    costPerRegistration\n    costPerRegistrationLow\n    costPerRegistrationHigh\n    registrationsPerActivity\n    source\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignReachPanel($branch: ID, $region: ID, $from: String, $to: String, $groupBy: ReachGroupBy) {\n    campaignReach(branch: $branch, region: $region, from: $from, to: $to, groupBy: $groupBy) {\n      ...CampaignReachPanel_row\n    }\n  }\n"): (typeof documents)["\n  query CampaignReachPanel($branch: ID, $region: ID, $from: String, $to: String, $groupBy: ReachGroupBy) {\n    campaignReach(branch: $branch, region: $region, from: $from, to: $to, groupBy: $groupBy) {\n      ...CampaignReachPanel_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EffectivenessPanel_effectiveness on Effectiveness {\n    socialisation {\n      ...EffectivenessPanel_stats\n    }\n    promotion {\n      ...EffectivenessPanel_stats\n    }\n    verdict {\n      cheaperPerRegistration\n      moreRegistrationsPerActivity\n      costRatio\n      costRatioLow\n      costRatioHigh\n      minimumActivities\n      costPerRegistration {\n        ...EffectivenessPanel_comparison\n      }\n      registrationsPerActivity {\n        ...EffectivenessPanel_comparison\n      }\n    }\n  }\n  fragment EffectivenessPanel_comparison on EffectivenessComparison {\n    outcome\n    reason\n    ratio\n    low\n    high\n    socialisationActivities\n    promotionActivities\n  }\n  fragment EffectivenessPanel_stats on EffectivenessStats {\n    activities\n    reach\n    registrations\n    costIdr\n    conversionRate\n    conversionLow\n    conversionHigh\n    costPerRegistration\n    registrationsPerActivity\n  }\n"): (typeof documents)["\n  fragment EffectivenessPanel_effectiveness on Effectiveness {\n    socialisation {\n      ...EffectivenessPanel_stats\n    }\n    promotion {\n      ...EffectivenessPanel_stats\n    }\n    verdict {\n      cheaperPerRegistration\n      moreRegistrationsPerActivity\n      costRatio\n      costRatioLow\n      costRatioHigh\n      minimumActivities\n      costPerRegistration {\n        ...EffectivenessPanel_comparison\n      }\n      registrationsPerActivity {\n        ...EffectivenessPanel_comparison\n      }\n    }\n  }\n  fragment EffectivenessPanel_comparison on EffectivenessComparison {\n    outcome\n    reason\n    ratio\n    low\n    high\n    socialisationActivities\n    promotionActivities\n  }\n  fragment EffectivenessPanel_stats on EffectivenessStats {\n    activities\n    reach\n    registrations\n    costIdr\n    conversionRate\n    conversionLow\n    conversionHigh\n    costPerRegistration\n    registrationsPerActivity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectivenessPanel($branch: ID, $region: ID, $from: String, $to: String) {\n    effectiveness(branch: $branch, region: $region, from: $from, to: $to) {\n      ...EffectivenessPanel_effectiveness\n    }\n  }\n"): (typeof documents)["\n  query EffectivenessPanel($branch: ID, $region: ID, $from: String, $to: String) {\n    effectiveness(branch: $branch, region: $region, from: $from, to: $to) {\n      ...EffectivenessPanel_effectiveness\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreshnessNotice($branch: ID, $region: ID) {\n    dataFreshness(branch: $branch, region: $region) {\n      latestMonth\n      monthsBehind\n      latestCampaignMonth\n      campaignMonthsBehind\n      campaignsStale\n      staleAfterMonths\n      stale\n      staleBranches\n      latestMonths {\n        month\n        branches\n      }\n    }\n  }\n"): (typeof documents)["\n  query FreshnessNotice($branch: ID, $region: ID) {\n    dataFreshness(branch: $branch, region: $region) {\n      latestMonth\n      monthsBehind\n      latestCampaignMonth\n      campaignMonthsBehind\n      campaignsStale\n      staleAfterMonths\n      stale\n      staleBranches\n      latestMonths {\n        month\n        branches\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipTrendPanel_series on MembershipSeries {\n    segment\n    program\n    unit\n    points {\n      period\n      activeParticipants\n      change\n      changePct\n      changeUnavailable\n      newParticipants\n      lapsedParticipants\n      flowsIncomplete\n      reportingBranches\n      asOf\n      source\n      flowSource\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipTrendPanel_series on MembershipSeries {\n    segment\n    program\n    unit\n    points {\n      period\n      activeParticipants\n      change\n      changePct\n      changeUnavailable\n      newParticipants\n      lapsedParticipants\n      flowsIncomplete\n      reportingBranches\n      asOf\n      source\n      flowSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipTrendPanel(\n    $branch: ID\n    $region: ID\n    $segments: [Segment!]\n    $programs: [Program!]\n    $from: String\n    $to: String\n    $granularity: Granularity\n  ) {\n    membershipTrend(branch: $branch, region: $region, segments: $segments, programs: $programs, from: $from, to: $to, granularity: $granularity) {\n      ...MembershipTrendPanel_series\n    }\n  }\n"): (typeof documents)["\n  query MembershipTrendPanel(\n    $branch: ID\n    $region: ID\n    $segments: [Segment!]\n    $programs: [Program!]\n    $from: String\n    $to: String\n    $granularity: Granularity\n  ) {\n    membershipTrend(branch: $branch, region: $region, segments: $segments, programs: $programs, from: $from, to: $to, granularity: $granularity) {\n      ...MembershipTrendPanel_series\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeRanking($region: ID, $year: Int!, $from: String, $to: String, $targetsBy: TargetGroupBy!, $reachBy: ReachGroupBy!) {\n    targets: targetAttainment(region: $region, year: $year, groupBy: $targetsBy) {\n      key\n      attainmentPct\n      status\n      source\n    }\n    reach: campaignReach(region: $region, from: $from, to: $to, groupBy: $reachBy, orderBy: KEY) {\n      key\n      registrations\n      costPerRegistration\n      source\n    }\n  }\n"): (typeof documents)["\n  query ScopeRanking($region: ID, $year: Int!, $from: String, $to: String, $targetsBy: TargetGroupBy!, $reachBy: ReachGroupBy!) {\n    targets: targetAttainment(region: $region, year: $year, groupBy: $targetsBy) {\n      key\n      attainmentPct\n      status\n      source\n    }\n    reach: campaignReach(region: $region, from: $from, to: $to, groupBy: $reachBy, orderBy: KEY) {\n      key\n      registrations\n      costPerRegistration\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetAttainmentPanel_row on AttainmentRow {\n    key\n    label\n    metric\n    target\n    targetWithData\n    targetWithoutData\n    keysWithTargets\n    keysWithData\n    realised\n    attainmentPct\n    gap\n    unit\n    status\n    asOf\n    earliestAsOf\n    branchesWithTargets\n    reportingBranches\n    projectedRealised\n    projectedLow\n    projectedHigh\n    projectedAttainmentPct\n    source\n  }\n"): (typeof documents)["\n  fragment TargetAttainmentPanel_row on AttainmentRow {\n    key\n    label\n    metric\n    target\n    targetWithData\n    targetWithoutData\n    keysWithTargets\n    keysWithData\n    realised\n    attainmentPct\n    gap\n    unit\n    status\n    asOf\n    earliestAsOf\n    branchesWithTargets\n    reportingBranches\n    projectedRealised\n    projectedLow\n    projectedHigh\n    projectedAttainmentPct\n    source\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetAttainmentPanel($branch: ID, $region: ID, $year: Int!, $groupBy: TargetGroupBy) {\n    targetAttainment(branch: $branch, region: $region, year: $year, groupBy: $groupBy) {\n      ...TargetAttainmentPanel_row\n    }\n  }\n"): (typeof documents)["\n  query TargetAttainmentPanel($branch: ID, $region: ID, $year: Int!, $groupBy: TargetGroupBy) {\n    targetAttainment(branch: $branch, region: $region, year: $year, groupBy: $groupBy) {\n      ...TargetAttainmentPanel_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPageKinds {\n    importKinds {\n      kind\n      columns {\n        name\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportPageKinds {\n    importKinds {\n      kind\n      columns {\n        name\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPageHistory {\n    importHistory(limit: 20) {\n      id\n      kind\n      fileName\n      outcome\n      rows\n      rejectedRows\n      actor\n      startedAt\n      sha256\n    }\n  }\n"): (typeof documents)["\n  query ImportPageHistory {\n    importHistory(limit: 20) {\n      id\n      kind\n      fileName\n      outcome\n      rows\n      rejectedRows\n      actor\n      startedAt\n      sha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPageData($kind: ImportKind!, $fileName: String!, $content: String!, $dryRun: Boolean, $sheet: String, $lang: ReportLanguage) {\n    importData(kind: $kind, fileName: $fileName, content: $content, contentEncoding: BASE64, dryRun: $dryRun, sheet: $sheet, lang: $lang) {\n      runId\n      outcome\n      rows\n      rejectedRows\n      problemCount\n      problemsTruncated\n      storedRows\n      format\n      delimiter\n      sheet\n      columns\n      problems {\n        line\n        column\n        value\n        code\n        reason\n      }\n      notes {\n        code\n        count\n        line\n        column\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPageData($kind: ImportKind!, $fileName: String!, $content: String!, $dryRun: Boolean, $sheet: String, $lang: ReportLanguage) {\n    importData(kind: $kind, fileName: $fileName, content: $content, contentEncoding: BASE64, dryRun: $dryRun, sheet: $sheet, lang: $lang) {\n      runId\n      outcome\n      rows\n      rejectedRows\n      problemCount\n      problemsTruncated\n      storedRows\n      format\n      delimiter\n      sheet\n      columns\n      problems {\n        line\n        column\n        value\n        code\n        reason\n      }\n      notes {\n        code\n        count\n        line\n        column\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanPage_line on TargetPlanLine {\n    program\n    segment\n    branchTarget\n    assigned\n    unassigned\n    source\n    shares {\n      staff\n      name\n      role\n      target\n      monthly\n      phased\n    }\n  }\n"): (typeof documents)["\n  fragment PlanPage_line on TargetPlanLine {\n    program\n    segment\n    branchTarget\n    assigned\n    unassigned\n    source\n    shares {\n      staff\n      name\n      role\n      target\n      monthly\n      phased\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanPage_activity on PlannedActivity {\n    id\n    date\n    week\n    channel\n    location\n    audience\n    staff\n    staffName\n    segment\n    status\n    realised {\n      date\n      reach\n      registrations\n      costIdr\n    }\n  }\n"): (typeof documents)["\n  fragment PlanPage_activity on PlannedActivity {\n    id\n    date\n    week\n    channel\n    location\n    audience\n    staff\n    staffName\n    segment\n    status\n    realised {\n      date\n      reach\n      registrations\n      costIdr\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTargets($branch: ID!, $year: Int!) {\n    targetPlan(branch: $branch, year: $year) {\n      ...PlanPage_line\n    }\n    reviewStaff(branch: $branch) {\n      code\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query PlanTargets($branch: ID!, $year: Int!) {\n    targetPlan(branch: $branch, year: $year) {\n      ...PlanPage_line\n    }\n    reviewStaff(branch: $branch) {\n      code\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanActivities($branch: ID!, $from: String, $to: String) {\n    plannedActivities(branch: $branch, from: $from, to: $to) {\n      ...PlanPage_activity\n    }\n  }\n"): (typeof documents)["\n  query PlanActivities($branch: ID!, $from: String, $to: String) {\n    plannedActivities(branch: $branch, from: $from, to: $to) {\n      ...PlanPage_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanRealisation($branch: ID!, $from: String, $to: String, $groupBy: PlanGroupBy) {\n    planRealisation(branch: $branch, from: $from, to: $to, groupBy: $groupBy) {\n      key\n      planned\n      done\n      cancelled\n      open\n      donePct\n      socialisations\n      registrations\n    }\n  }\n"): (typeof documents)["\n  query PlanRealisation($branch: ID!, $from: String, $to: String, $groupBy: PlanGroupBy) {\n    planRealisation(branch: $branch, from: $from, to: $to, groupBy: $groupBy) {\n      key\n      planned\n      done\n      cancelled\n      open\n      donePct\n      socialisations\n      registrations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTargetSplit($branch: ID!, $year: Int!, $program: Program!, $segment: Segment!, $shares: [TargetShareInput!]!) {\n    setTargetSplit(branch: $branch, year: $year, program: $program, segment: $segment, shares: $shares) {\n      ...PlanPage_line\n    }\n  }\n"): (typeof documents)["\n  mutation SetTargetSplit($branch: ID!, $year: Int!, $program: Program!, $segment: Segment!, $shares: [TargetShareInput!]!) {\n    setTargetSplit(branch: $branch, year: $year, program: $program, segment: $segment, shares: $shares) {\n      ...PlanPage_line\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanActivity($branch: ID!, $date: String!, $channel: Channel!, $location: String!, $audience: String!, $staff: String, $segment: Segment) {\n    planActivity(branch: $branch, date: $date, channel: $channel, location: $location, audience: $audience, staff: $staff, segment: $segment) {\n      ...PlanPage_activity\n    }\n  }\n"): (typeof documents)["\n  mutation PlanActivity($branch: ID!, $date: String!, $channel: Channel!, $location: String!, $audience: String!, $staff: String, $segment: Segment) {\n    planActivity(branch: $branch, date: $date, channel: $channel, location: $location, audience: $audience, staff: $staff, segment: $segment) {\n      ...PlanPage_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealisePlanned($id: ID!, $date: String, $reach: Int!, $registrations: Int!, $costIdr: Int, $leads: Int, $lang: ReportLanguage) {\n    realisePlannedActivity(id: $id, date: $date, reach: $reach, registrations: $registrations, costIdr: $costIdr, leads: $leads, lang: $lang) {\n      ...PlanPage_activity\n    }\n  }\n"): (typeof documents)["\n  mutation RealisePlanned($id: ID!, $date: String, $reach: Int!, $registrations: Int!, $costIdr: Int, $leads: Int, $lang: ReportLanguage) {\n    realisePlannedActivity(id: $id, date: $date, reach: $reach, registrations: $registrations, costIdr: $costIdr, leads: $leads, lang: $lang) {\n      ...PlanPage_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPlanned($id: ID!) {\n    cancelPlannedActivity(id: $id) {\n      ...PlanPage_activity\n    }\n  }\n"): (typeof documents)["\n  mutation CancelPlanned($id: ID!) {\n    cancelPlannedActivity(id: $id) {\n      ...PlanPage_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewPage_action on Action {\n    id\n    title\n    owner\n    ownerName\n    due\n    status\n    week\n    closedWeek\n  }\n"): (typeof documents)["\n  fragment ReviewPage_action on Action {\n    id\n    title\n    owner\n    ownerName\n    due\n    status\n    week\n    closedWeek\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewPage_review on Review {\n    id\n    branch\n    week\n    weekStart\n    weekEnd\n    notes\n    createdBy\n    createdAt\n    updatedAt\n    actions {\n      ...ReviewPage_action\n    }\n    carriedOver {\n      ...ReviewPage_action\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewPage_review on Review {\n    id\n    branch\n    week\n    weekStart\n    weekEnd\n    notes\n    createdBy\n    createdAt\n    updatedAt\n    actions {\n      ...ReviewPage_action\n    }\n    carriedOver {\n      ...ReviewPage_action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewPage($branch: ID!, $last: Int!) {\n    reviews(branch: $branch, last: $last) {\n      ...ReviewPage_review\n    }\n  }\n"): (typeof documents)["\n  query ReviewPage($branch: ID!, $last: Int!) {\n    reviews(branch: $branch, last: $last) {\n      ...ReviewPage_review\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewWeek($branch: ID!, $week: String!) {\n    reviews(branch: $branch, from: $week, to: $week) {\n      ...ReviewPage_review\n    }\n  }\n"): (typeof documents)["\n  query ReviewWeek($branch: ID!, $week: String!) {\n    reviews(branch: $branch, from: $week, to: $week) {\n      ...ReviewPage_review\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewStaff($branch: ID!) {\n    reviewStaff(branch: $branch) {\n      code\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query ReviewStaff($branch: ID!) {\n    reviewStaff(branch: $branch) {\n      code\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReview($branch: ID!, $week: String!, $notes: String) {\n    createReview(branch: $branch, week: $week, notes: $notes) {\n      ...ReviewPage_review\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReview($branch: ID!, $week: String!, $notes: String) {\n    createReview(branch: $branch, week: $week, notes: $notes) {\n      ...ReviewPage_review\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReview($id: ID!, $notes: String) {\n    updateReview(id: $id, notes: $notes) {\n      id\n      notes\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReview($id: ID!, $notes: String) {\n    updateReview(id: $id, notes: $notes) {\n      id\n      notes\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAction($review: ID!, $title: String!, $owner: String, $due: String) {\n    addAction(review: $review, title: $title, owner: $owner, due: $due) {\n      ...ReviewPage_action\n    }\n  }\n"): (typeof documents)["\n  mutation AddAction($review: ID!, $title: String!, $owner: String, $due: String) {\n    addAction(review: $review, title: $title, owner: $owner, due: $due) {\n      ...ReviewPage_action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActionStatus($id: ID!, $status: ActionStatus!) {\n    setActionStatus(id: $id, status: $status) {\n      id\n      status\n      closedWeek\n    }\n  }\n"): (typeof documents)["\n  mutation SetActionStatus($id: ID!, $status: ActionStatus!) {\n    setActionStatus(id: $id, status: $status) {\n      id\n      status\n      closedWeek\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAssessment($branch: ID!, $week: String!) {\n    reviews(branch: $branch, from: $week, to: $week) {\n      id\n      assessment {\n        week\n        through\n        targetsMet\n        targetsNotMet\n        targetsWithoutData\n        league {\n          staff\n          name\n          attainment {\n            status\n            target\n            realised\n            attainmentPct\n          }\n          expectedToDate\n          attainmentToDatePct\n          onTrack\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewAssessment($branch: ID!, $week: String!) {\n    reviews(branch: $branch, from: $week, to: $week) {\n      id\n      assessment {\n        week\n        through\n        targetsMet\n        targetsNotMet\n        targetsWithoutData\n        league {\n          staff\n          name\n          attainment {\n            status\n            target\n            realised\n            attainmentPct\n          }\n          expectedToDate\n          attainmentToDatePct\n          onTrack\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewOverview($week: String!) {\n    reviewOverview(week: $week) {\n      branch\n      name\n      week\n      latestWeek\n      reviewedThisWeek\n      openActions\n      overdueActions\n      expectedToDate\n      realisedToDate\n      attainmentToDatePct\n      onTrack\n    }\n  }\n"): (typeof documents)["\n  query ReviewOverview($week: String!) {\n    reviewOverview(week: $week) {\n      branch\n      name\n      week\n      latestWeek\n      reviewedThisWeek\n      openActions\n      overdueActions\n      expectedToDate\n      realisedToDate\n      attainmentToDatePct\n      onTrack\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMe {\n    me {\n      username\n      role\n      branch\n      region\n      readsOwnScopeOnly\n    }\n  }\n"): (typeof documents)["\n  query AccountMe {\n    me {\n      username\n      role\n      branch\n      region\n      readsOwnScopeOnly\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      id\n      name\n      secret\n      prefix\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      id\n      name\n      secret\n      prefix\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;