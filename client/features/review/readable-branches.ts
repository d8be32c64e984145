// The branches the review page offers an account, as the server decides who reads a branch's
// reviews. Apart from review-model.ts so that the dashboard's shell, which composes the page,
// loads no date code for it before the page is opened.

/**
 * The branches whose reviews the account reads, as the server decides it (readReviews: the
 * branches of its scope): its own branch, its regional office's branches, or every branch.
 */
export function readableBranches<B extends { code: string; regionCode?: string | null }>(account: { branch?: string | null; region?: string | null } | null | undefined, branches: readonly B[]): B[] {
  if (account?.branch) return branches.filter((b) => b.code === account.branch);
  if (account?.region) return branches.filter((b) => b.regionCode === account.region);
  return [...branches];
}
