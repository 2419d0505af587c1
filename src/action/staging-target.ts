import { readRecordedVersions } from '../core/apply/migration-history.ts';
import { DatabaseConnectionError } from '../core/db/connection-error.ts';
import { PgDatabase } from '../staging/pg-database.ts';
import { createManagementApi } from '../supabase/management-api.ts';
import { findPreviewBranch, type PreviewBranch } from '../supabase/preview-branch.ts';
import type { ActionInputs } from './inputs.ts';
import type { PullRequestEvent } from './pull-request-event.ts';

/** Where the PR check runs the migrations, and the words the report uses for it. */
export interface StagingTarget {
  /** A Postgres URL; undefined means the embedded database. */
  dbUrl?: string;
  /**
   * Names the target in the report, with why it was chosen, when that is not obvious (the
   * plain embedded default needs no words beyond the report's own target line).
   */
  name?: string;
}

export interface StagingTargetRequest {
  inputs: Pick<
    ActionInputs,
    'databaseUrl' | 'supabaseAccessToken' | 'supabaseProjectRef' | 'migrationsDir'
  >;
  event: PullRequestEvent | undefined;
  /** Versions of the migrations under check. */
  checkedVersions: readonly string[];
  /** Overrides https://api.supabase.com (tests point it at a local server). */
  managementApiUrl?: string;
  /** Longest wait for a preview branch that is still being created or migrated. */
  branchTimeoutMs?: number;
  log: (line: string) => void;
  /** Something the reader of the job log should notice; never fails the job. */
  notice: (line: string) => void;
}

const EMBEDDED = 'the embedded database (PGlite)';

/**
 * In order: `database-url`; else the pull request's Supabase preview branch (found through the
 * Management API); else the embedded database. A preview branch whose migrations Supabase's
 * integration has already run is not used: applying them again there would find them recorded
 * and trace nothing, so the trace runs on the embedded database and the report says why.
 * Problems with the branch (API errors, timeouts, no connection) fall back to the embedded
 * database with a notice: a missing or broken secret never fails the job.
 */
export async function chooseStagingTarget(request: StagingTargetRequest): Promise<StagingTarget> {
  const { inputs, event } = request;
  if (inputs.databaseUrl !== undefined) {
    return { dbUrl: inputs.databaseUrl, name: 'the staging database given as database-url' };
  }
  const token = inputs.supabaseAccessToken;
  const projectRef = inputs.supabaseProjectRef;
  if (token === undefined && projectRef === undefined) return {};
  if (token === undefined || projectRef === undefined) {
    const missing = token === undefined ? 'supabase-access-token' : 'supabase-project-ref';
    request.notice(
      `${missing} is not set (secrets are absent on pull requests from forks), so no Supabase preview branch is looked up; the migrations run on ${EMBEDDED}`,
    );
    return { name: `${EMBEDDED}: ${missing} is not set` };
  }
  const gitBranch = event?.headRef;
  if (gitBranch === undefined) {
    request.notice(
      `the event names no pull request head branch, so no Supabase preview branch is looked up; the migrations run on ${EMBEDDED}`,
    );
    return { name: `${EMBEDDED}: no pull request head branch to find a preview branch by` };
  }

  let branch: PreviewBranch;
  try {
    const api = createManagementApi({
      accessToken: token,
      ...(request.managementApiUrl !== undefined ? { baseUrl: request.managementApiUrl } : {}),
      warn: request.log,
    });
    const lookup = await findPreviewBranch({
      api,
      projectRef,
      gitBranch,
      log: request.log,
      ...(request.branchTimeoutMs !== undefined ? { timeoutMs: request.branchTimeoutMs } : {}),
    });
    if (lookup.branch === undefined) {
      request.notice(`${lookup.reason}; the migrations run on ${EMBEDDED}`);
      return { name: `${EMBEDDED}: ${lookup.reason}` };
    }
    branch = lookup.branch;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    request.notice(
      `Supabase preview branch lookup failed: ${reason}; the migrations run on ${EMBEDDED}`,
    );
    return { name: `${EMBEDDED}: the preview branch lookup failed` };
  }

  const branchName = `Supabase preview branch "${branch.name}" (${branch.projectRef})`;
  const connected = await firstReachable(branch, request.log);
  if (connected === undefined) {
    request.notice(
      `cannot connect to ${branchName} (pooler or direct); the migrations run on ${EMBEDDED}`,
    );
    return { name: `${EMBEDDED}: ${branchName} could not be reached` };
  }
  const missing = request.checkedVersions.filter((v) => !connected.recorded.has(v));
  if (request.checkedVersions.length > 0 && missing.length === 0) {
    request.log(
      `${branchName} has already recorded the pull request's migrations; tracing them on ${EMBEDDED} instead`,
    );
    return {
      name: `${EMBEDDED}, because ${branchName} has already applied the pull request's migrations (${branch.statusSummary}), and running them there again would trace nothing`,
    };
  }
  return { dbUrl: connected.url, name: `${branchName}: ${branch.statusSummary}` };
}

/** The session pooler first (reachable over IPv4), then the direct URL. */
async function firstReachable(
  branch: PreviewBranch,
  log: (line: string) => void,
): Promise<{ url: string; recorded: Set<string> } | undefined> {
  const urls = [branch.poolerDatabaseUrl, branch.databaseUrl].filter(
    (url): url is string => url !== undefined,
  );
  for (const url of urls) {
    let db: PgDatabase | undefined;
    try {
      db = await PgDatabase.connect({ url, applicationName: 'migration-guard' });
      return { url, recorded: await readRecordedVersions(db) };
    } catch (error) {
      const reason =
        error instanceof DatabaseConnectionError
          ? error.message
          : error instanceof Error
            ? error.message
            : String(error);
      log(`preview branch database: ${reason}`);
    } finally {
      await db?.close();
    }
  }
  return undefined;
}
