/**
 * What a preview branch's workflow status (BranchResponse.status) says about the PR's
 * migrations. The statuses follow the order Supabase's GitHub integration runs them in:
 * the project is created, the migrations run, then the Edge Functions are deployed.
 */
export type BranchProgress =
  /** Still being created or migrated: wait and look again. */
  | 'pending'
  /** The integration ran the migrations (function deployment may have failed after). */
  | 'migrations-applied'
  /** The integration ran the migrations and one failed. */
  | 'migrations-failed'
  /** A status this version does not know: do not wait, do not assume the migrations ran. */
  | 'unknown';

const PROGRESS_BY_STATUS: Record<string, BranchProgress> = {
  CREATING_PROJECT: 'pending',
  RUNNING_MIGRATIONS: 'pending',
  MIGRATIONS_PASSED: 'migrations-applied',
  FUNCTIONS_DEPLOYED: 'migrations-applied',
  // Functions deploy only after the migrations passed.
  FUNCTIONS_FAILED: 'migrations-applied',
  MIGRATIONS_FAILED: 'migrations-failed',
};

export function branchProgress(status: string): BranchProgress {
  return PROGRESS_BY_STATUS[status] ?? 'unknown';
}
