// The planning page's GraphQL operations (schema/planning.graphql), typed by codegen
// (common/gql): the year's target plan and the branch's AR/ARK team, the planned activities of a
// range and plan against realisation, and the writes. After a write the page asks again for
// what it changed, since the server works out the totals.
import { graphql } from '../../../common/gql/index.ts';
import type { PlanPage_ActivityFragment, PlanPage_LineFragment } from '../../../common/gql/graphql.ts';

export const PlanLineFragment = graphql(`
  fragment PlanPage_line on TargetPlanLine {
    program
    segment
    branchTarget
    assigned
    unassigned
    source
    shares {
      staff
      name
      role
      target
      monthly
      phased
    }
  }
`);

export const PlanActivityFragment = graphql(`
  fragment PlanPage_activity on PlannedActivity {
    id
    date
    week
    channel
    location
    audience
    staff
    staffName
    segment
    status
    realised {
      date
      reach
      registrations
      costIdr
    }
  }
`);

export const TargetPlanQuery = graphql(`
  query PlanTargets($branch: ID!, $year: Int!) {
    targetPlan(branch: $branch, year: $year) {
      ...PlanPage_line
    }
    reviewStaff(branch: $branch) {
      code
      name
      role
    }
  }
`);

export const PlannedActivitiesQuery = graphql(`
  query PlanActivities($branch: ID!, $from: String, $to: String) {
    plannedActivities(branch: $branch, from: $from, to: $to) {
      ...PlanPage_activity
    }
  }
`);

export const PlanRealisationQuery = graphql(`
  query PlanRealisation($branch: ID!, $from: String, $to: String, $groupBy: PlanGroupBy) {
    planRealisation(branch: $branch, from: $from, to: $to, groupBy: $groupBy) {
      key
      planned
      done
      cancelled
      open
      donePct
      socialisations
      registrations
    }
  }
`);

export const SetTargetSplitMutation = graphql(`
  mutation SetTargetSplit($branch: ID!, $year: Int!, $program: Program!, $segment: Segment!, $shares: [TargetShareInput!]!) {
    setTargetSplit(branch: $branch, year: $year, program: $program, segment: $segment, shares: $shares) {
      ...PlanPage_line
    }
  }
`);

export const PlanActivityMutation = graphql(`
  mutation PlanActivity($branch: ID!, $date: String!, $channel: Channel!, $location: String!, $audience: String!, $staff: String, $segment: Segment) {
    planActivity(branch: $branch, date: $date, channel: $channel, location: $location, audience: $audience, staff: $staff, segment: $segment) {
      ...PlanPage_activity
    }
  }
`);

export const RealisePlannedMutation = graphql(`
  mutation RealisePlanned($id: ID!, $date: String, $reach: Int!, $registrations: Int!, $costIdr: Int, $leads: Int, $lang: ReportLanguage) {
    realisePlannedActivity(id: $id, date: $date, reach: $reach, registrations: $registrations, costIdr: $costIdr, leads: $leads, lang: $lang) {
      ...PlanPage_activity
    }
  }
`);

export const CancelPlannedMutation = graphql(`
  mutation CancelPlanned($id: ID!) {
    cancelPlannedActivity(id: $id) {
      ...PlanPage_activity
    }
  }
`);

export type PlanLine = PlanPage_LineFragment;
export type PlanActivity = PlanPage_ActivityFragment;
