import { type BranchProgress, branchProgress } from './branch-status.ts';
import type { ManagementApi, SupabaseBranch, SupabasePoolerConfig } from './management-api.ts';

/** Time as the poll sees it; tests pass a fake one so waiting takes no real time. */
export interface PreviewBranchClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const systemClock: PreviewBranchClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface FindPreviewBranchOptions {
  api: ManagementApi;
  /** The main project's ref (the parent of its preview branches). */
  projectRef: string;
  /** The pull request's head branch. */
  gitBranch: string;
  /** Between two looks at a branch that is still being created or migrated. Default 10 s. */
  pollIntervalMs?: number;
  /** Longest wait for such a branch. Default 5 min. */
  timeoutMs?: number;
  clock?: PreviewBranchClock;
  /** Progress lines (the Action passes core.info). */
  log?: (line: string) => void;
}

/** A preview branch that is no longer being created or migrated, with its database URL. */
export interface PreviewBranch {
  branchId: string;
  name: string;
  /** The branch's own project ref. */
  projectRef: string;
  gitBranch: string;
  /** Supabase's workflow status, as the API spells it (MIGRATIONS_PASSED, ...). */
  status: string;
  progress: Exclude<BranchProgress, 'pending'>;
  /** Supabase's integration already ran the PR's migrations: do not apply them twice. */
  migrationsApplied: boolean;
  /** One sentence for the report on what Supabase did with the PR's migrations. */
  statusSummary: string;
  /** Direct connection, `postgres://user:pass@db.<ref>.supabase.co:5432/postgres?sslmode=require`.
   * Supabase serves it over IPv6 only, unless the project has the IPv4 add-on. */
  databaseUrl: string;
  /** Supavisor in session mode, reachable over IPv4 (GitHub-hosted runners have no IPv6);
   * undefined when the pooler configuration could not be read. */
  poolerDatabaseUrl: string | undefined;
  /** The branch project's health (ACTIVE_HEALTHY, COMING_UP, INACTIVE, ...). */
  databaseStatus: string;
}

/** The branch, or why there is none to use. */
export type PreviewBranchLookup =
  | { branch: PreviewBranch; reason?: undefined }
  | { branch: undefined; reason: string };

/** The branch was still being created or migrated when the wait ran out. */
export class PreviewBranchTimeoutError extends Error {
  constructor(
    readonly branchName: string,
    readonly gitBranch: string,
    readonly lastStatus: string,
    readonly waitedMs: number,
  ) {
    super(
      `Supabase preview branch "${branchName}" (git branch ${gitBranch}) was still ${lastStatus} after ${formatDuration(waitedMs)}; ` +
        'look at the branch in the Supabase dashboard, or raise the wait, or pass database-url to trace elsewhere',
    );
    this.name = 'PreviewBranchTimeoutError';
  }
}

const DEFAULT_POLL_INTERVAL_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 5 * 60_000;
// Supavisor's shared pooler serves session mode on 5432 and transaction mode on 6543.
const SESSION_POOLER_PORT = 5432;

/**
 * Finds the preview branch Supabase created for `gitBranch`, waits (bounded) while it is being
 * created or migrated, and reads how to connect to its database. The default (production)
 * branch is never chosen.
 */
export async function findPreviewBranch(
  options: FindPreviewBranchOptions,
): Promise<PreviewBranchLookup> {
  const { api, projectRef, gitBranch } = options;
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = clock.now();

  let branch: SupabaseBranch;
  for (let look = 0; ; look++) {
    const chosen = choosePreviewBranch(await api.listBranches(projectRef), gitBranch);
    if (chosen.branch === undefined) {
      return {
        branch: undefined,
        reason:
          look === 0
            ? `${chosen.reason} in Supabase project ${projectRef}`
            : `the preview branch for git branch ${gitBranch} disappeared from project ${projectRef} while waiting for it`,
      };
    }
    branch = chosen.branch;
    if (chosen.others > 0) {
      log(
        `Supabase: ${chosen.others + 1} preview branches follow git branch ${gitBranch}; using "${branch.name}", the most recently updated`,
      );
    }
    if (branchProgress(branch.status) !== 'pending') break;
    const waited = clock.now() - started;
    if (waited >= timeoutMs) {
      throw new PreviewBranchTimeoutError(branch.name, gitBranch, branch.status, waited);
    }
    log(
      `Supabase preview branch "${branch.name}" is ${branch.status}; waiting for it (${formatDuration(waited)} of at most ${formatDuration(timeoutMs)})`,
    );
    await clock.sleep(Math.min(pollIntervalMs, timeoutMs - waited));
  }

  const progress = branchProgress(branch.status);
  if (progress === 'pending') throw new Error('unreachable: the poll ends on a settled status');
  const connection = await api.getBranchConnection(branch.id);
  if (connection.dbUser === undefined || connection.dbPass === undefined) {
    return {
      branch: undefined,
      reason: `the Management API withheld the database credentials of preview branch "${branch.name}"; the access token's role may not read project secrets`,
    };
  }
  if (connection.status !== 'ACTIVE_HEALTHY') {
    log(`Supabase preview branch "${branch.name}": its database reports ${connection.status}`);
  }
  const credentials = { user: connection.dbUser, password: connection.dbPass };
  const pooler = await readSessionPooler(api, branch, log);
  const result: PreviewBranch = {
    branchId: branch.id,
    name: branch.name,
    projectRef: branch.projectRef,
    gitBranch,
    status: branch.status,
    progress,
    migrationsApplied: progress === 'migrations-applied',
    statusSummary: summarize(progress, branch.status),
    databaseUrl: postgresUrl({
      host: connection.dbHost,
      port: connection.dbPort,
      database: 'postgres',
      ...credentials,
    }),
    poolerDatabaseUrl:
      pooler === undefined
        ? undefined
        : postgresUrl({
            host: pooler.dbHost,
            port: pooler.poolMode === 'session' ? pooler.dbPort : SESSION_POOLER_PORT,
            database: pooler.dbName,
            user: pooler.dbUser,
            password: credentials.password,
          }),
    databaseStatus: connection.status,
  };
  log(`Supabase preview branch "${branch.name}" found: ${result.statusSummary}`);
  return { branch: result };
}

type BranchChoice =
  | { branch: SupabaseBranch; others: number; reason?: undefined }
  | { branch: undefined; reason: string };

/** The non-default branch that follows `gitBranch`; the most recently updated if several do. */
function choosePreviewBranch(branches: SupabaseBranch[], gitBranch: string): BranchChoice {
  const following = branches.filter((branch) => branch.gitBranch === gitBranch);
  const previews = following.filter((branch) => !branch.isDefault);
  if (previews.length === 0) {
    return {
      branch: undefined,
      reason:
        following.length > 0
          ? `git branch ${gitBranch} is followed only by the default (production) branch, which is never used as staging`
          : `no preview branch follows git branch ${gitBranch}`,
    };
  }
  const [latest] = [...previews].sort((a, b) =>
    (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''),
  );
  if (latest === undefined) throw new Error('unreachable: previews is not empty');
  return { branch: latest, others: previews.length - 1 };
}

/** `postgres://user:pass@host:port/db?sslmode=require`, with user and password URL-encoded. */
export function postgresUrl(parts: {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
}): string {
  const host = parts.host.includes(':') ? `[${parts.host}]` : parts.host;
  const user = encodeURIComponent(parts.user);
  const password = encodeURIComponent(parts.password);
  return `postgres://${user}:${password}@${host}:${parts.port}/${encodeURIComponent(parts.database)}?sslmode=require`;
}

async function readSessionPooler(
  api: ManagementApi,
  branch: SupabaseBranch,
  log: (line: string) => void,
): Promise<SupabasePoolerConfig | undefined> {
  try {
    const configs = await api.getPoolerConfigs(branch.projectRef);
    const primary = configs.find((config) => config.databaseType === 'PRIMARY');
    if (primary === undefined) log(`Supabase preview branch "${branch.name}" lists no pooler`);
    return primary;
  } catch (error) {
    // The direct URL still works where IPv6 does; the pooler is a convenience.
    log(
      `Supabase preview branch "${branch.name}": no pooler URL (${error instanceof Error ? error.message : String(error)})`,
    );
    return undefined;
  }
}

function summarize(progress: Exclude<BranchProgress, 'pending'>, status: string): string {
  switch (progress) {
    case 'migrations-applied':
      return `Supabase's GitHub integration already ran the pull request's migrations on it (${status})`;
    case 'migrations-failed':
      return `Supabase's GitHub integration failed to run the pull request's migrations on it (${status}); its logs are on the branch's page in the Supabase dashboard`;
    case 'unknown':
      return `it reports status ${status}, which migration-guard does not know; its migrations are not assumed to have run`;
  }
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 6) / 10} min`;
}
