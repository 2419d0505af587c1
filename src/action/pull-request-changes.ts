import { type MigrationFile, migrationFile } from '../core/migrations/migration-file.ts';
import { readFileAtRef } from '../github/file-at-ref.ts';
import type { GitHubClient } from '../github/github-client.ts';
import {
  listPullRequestMigrationFiles,
  type PullRequestMigrationFiles,
} from '../github/pull-request-files.ts';
import { commitExists, fileAtCommit } from '../workspace/git-base.ts';
import type { PullRequestEvent } from './pull-request-event.ts';

/**
 * How the check learns which migrations the pull request adds, edits, renames or deletes:
 * - `listing`: GitHub's list of the PR's files (exact, and needs no git history: the default
 *   shallow checkout has no base commit); base contents come from git when the checkout has
 *   the base commit, else from the contents API;
 * - `git`: the base commit's tree, when the listing stopped at GitHub's 3,000-file limit (or
 *   could not be read) and the checkout has the base commit;
 * - `all`: neither is possible; every migration is checked, and `reason` says why.
 */
export type ChangeSource =
  | {
      kind: 'listing';
      listing: PullRequestMigrationFiles;
      baseFiles: (current: MigrationFile[], dirFromRoot: string) => Promise<MigrationFile[]>;
    }
  | { kind: 'git'; base: string; reason: string }
  | { kind: 'all'; reason: string };

export interface ChangeSourceRequest {
  event: PullRequestEvent;
  client: GitHubClient | undefined;
  migrationsDir: string;
  cwd: string;
  log: (line: string) => void;
}

export async function resolveChangeSource(request: ChangeSourceRequest): Promise<ChangeSource> {
  const { event, client, cwd } = request;
  const baseInCheckout =
    event.baseSha !== undefined && (await commitExists(event.baseSha, cwd))
      ? event.baseSha
      : undefined;
  let listingProblem: string;
  if (client) {
    try {
      const listing = await listPullRequestMigrationFiles(client, {
        owner: event.owner,
        repo: event.repo,
        pullNumber: event.number,
        migrationsDir: request.migrationsDir,
        ...(event.changedFiles !== undefined ? { changedFiles: event.changedFiles } : {}),
      });
      request.log(
        `pull request #${event.number}: ${listing.listedCount} file(s) listed, ${listing.files.length} in ${request.migrationsDir}`,
      );
      if (listing.complete) {
        const readBase = baseReader(event, client, baseInCheckout, cwd);
        return {
          kind: 'listing',
          listing,
          baseFiles: (current) => baseFilesFromListing(current, listing, readBase),
        };
      }
      listingProblem = `GitHub lists at most ${listing.listedCount} of the pull request's ${event.changedFiles ?? 'many'} files`;
    } catch (error) {
      listingProblem = `the pull request's files could not be listed (${error instanceof Error ? error.message : String(error)})`;
    }
  } else {
    listingProblem = "the pull request's files cannot be listed without a github-token";
  }
  if (baseInCheckout) {
    return {
      kind: 'git',
      base: baseInCheckout,
      reason: `${listingProblem}, so the changes come from git against the base commit ${baseInCheckout.slice(0, 12)}`,
    };
  }
  return {
    kind: 'all',
    reason: `${listingProblem}, and the base commit${event.baseSha ? ` ${event.baseSha.slice(0, 12)}` : ''} is not in the checkout, so every migration is checked; use actions/checkout with fetch-depth: 0`,
  };
}

type BaseReader = (path: string) => Promise<string | undefined>;

function baseReader(
  event: PullRequestEvent,
  client: GitHubClient,
  baseInCheckout: string | undefined,
  cwd: string,
): BaseReader {
  if (baseInCheckout) return (path) => fileAtCommit(baseInCheckout, path, cwd);
  const ref = event.baseSha;
  if (ref === undefined) return async () => undefined;
  return (path) => readFileAtRef(client, { owner: event.owner, repo: event.repo, path, ref });
}

/**
 * The directory as it is on the base: the files the PR does not touch as they are now, the
 * edited, removed and renamed ones as the base has them, the added ones absent.
 */
async function baseFilesFromListing(
  current: MigrationFile[],
  listing: PullRequestMigrationFiles,
  readBase: BaseReader,
): Promise<MigrationFile[]> {
  const changes = new Map(listing.files.map((f) => [f.path, f]));
  const base: MigrationFile[] = [];
  const addFromBase = async (path: string) => {
    const sql = await readBase(path);
    if (sql !== undefined) base.push(await migrationFile(path, sql, 'unchanged'));
  };
  for (const file of current) {
    const change = changes.get(file.path);
    if (change === undefined) base.push({ ...file, status: 'unchanged' });
    else if (change.change === 'modified') await addFromBase(file.path);
  }
  for (const change of listing.files) {
    if (change.change === 'removed') await addFromBase(change.path);
    else if (change.change === 'renamed' && change.previousPath !== undefined)
      await addFromBase(change.previousPath);
  }
  return base.sort((a, b) => a.path.localeCompare(b.path));
}
