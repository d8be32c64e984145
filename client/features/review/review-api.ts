// The review page's GraphQL operations (schema/reviews.graphql), typed by codegen (common/gql):
// the branch's latest reviews with their actions and carried-over actions, the branch's team for the
// owner picker, and the Kabid's four writes. After a write the page asks for the reviews again,
// since what a review carries over is worked out by the server.
import { graphql } from '../../../common/gql/index.ts';
import type { ReviewPage_ActionFragment, ReviewPage_ReviewFragment } from '../../../common/gql/graphql.ts';

export const ReviewActionFragment = graphql(`
  fragment ReviewPage_action on Action {
    id
    title
    owner
    ownerName
    due
    status
    week
    closedWeek
  }
`);

export const ReviewFragment = graphql(`
  fragment ReviewPage_review on Review {
    id
    branch
    week
    weekStart
    weekEnd
    notes
    createdBy
    createdAt
    updatedAt
    actions {
      ...ReviewPage_action
    }
    carriedOver {
      ...ReviewPage_action
    }
  }
`);

/**
 * The latest `last` reviews of the branch: the page lists a window, widened a page at a time,
 * since a branch's whole history is more than one answer lists.
 */
export const ReviewPageQuery = graphql(`
  query ReviewPage($branch: ID!, $last: Int!) {
    reviews(branch: $branch, last: $last) {
      ...ReviewPage_review
    }
  }
`);

/** The review of one week, for a week shown that lies before the window listed. */
export const ReviewWeekQuery = graphql(`
  query ReviewWeek($branch: ID!, $week: String!) {
    reviews(branch: $branch, from: $week, to: $week) {
      ...ReviewPage_review
    }
  }
`);

export const ReviewStaffQuery = graphql(`
  query ReviewStaff($branch: ID!) {
    reviewStaff(branch: $branch) {
      code
      name
      role
    }
  }
`);

export const CreateReviewMutation = graphql(`
  mutation CreateReview($branch: ID!, $week: String!, $notes: String) {
    createReview(branch: $branch, week: $week, notes: $notes) {
      ...ReviewPage_review
    }
  }
`);

export const UpdateReviewMutation = graphql(`
  mutation UpdateReview($id: ID!, $notes: String) {
    updateReview(id: $id, notes: $notes) {
      id
      notes
      updatedAt
    }
  }
`);

export const AddActionMutation = graphql(`
  mutation AddAction($review: ID!, $title: String!, $owner: String, $due: String) {
    addAction(review: $review, title: $title, owner: $owner, due: $due) {
      ...ReviewPage_action
    }
  }
`);

export const SetActionStatusMutation = graphql(`
  mutation SetActionStatus($id: ID!, $status: ActionStatus!) {
    setActionStatus(id: $id, status: $status) {
      id
      status
      closedWeek
    }
  }
`);

export type ReviewData = ReviewPage_ReviewFragment;
export type ActionData = ReviewPage_ActionFragment;

/**
 * One week's assessment, asked apart from the list (each is seven questions for the server):
 * the targets met and the AR/ARK league against the year's split and its phasing to date.
 */
export const ReviewAssessmentQuery = graphql(`
  query ReviewAssessment($branch: ID!, $week: String!) {
    reviews(branch: $branch, from: $week, to: $week) {
      id
      assessment {
        week
        through
        targetsMet
        targetsNotMet
        targetsWithoutData
        league {
          staff
          name
          attainment {
            status
            target
            realised
            attainmentPct
          }
          expectedToDate
          attainmentToDatePct
          onTrack
        }
      }
    }
  }
`);

/** The reviews across the branches the account reads (reviewOverview), for the week shown. */
export const ReviewOverviewQuery = graphql(`
  query ReviewOverview($week: String!) {
    reviewOverview(week: $week) {
      branch
      name
      week
      latestWeek
      reviewedThisWeek
      openActions
      overdueActions
      expectedToDate
      realisedToDate
      attainmentToDatePct
      onTrack
    }
  }
`);
