import { type GitHubClient, toGitHubApiError } from './github-client.ts';

/** GitHub lists at most this many files of a pull request, however many it changes. */
export const PULL_REQUEST_FILES_LIMIT = 3000;

type MigrationFileChange = 'added' | 'modified' | 'removed' | 'renamed';

interface PullRequestMigrationFile {
  /** Repository-relative path (for a removal, the path that was removed). */
  path: string;
  change: MigrationFileChange;
  /** For a rename within the migrations directory: the path before. */
  previousPath?: string;
}

export interface PullRequestMigrationFiles {
  files: PullRequestMigrationFile[];
  /**
   * False when the listing stopped at GitHub's file limit, so migrations may be missing:
   * the caller falls back to `git diff` between the base and head SHAs.
   */
  complete: boolean;
  /** How many files (of any directory) the API listed. */
  listedCount: number;
  /** Every path the listing names, in any directory (a rename's previous path included). */
  changedPaths: string[];
}

interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

export interface ListMigrationFilesOptions extends PullRequestRef {
  migrationsDir: string;
  /** The event payload's pull_request.changed_files, when known: decides completeness exactly. */
  changedFiles?: number;
}

/** The PR's changed files under the migrations directory, from the paginated files listing. */
export async function listPullRequestMigrationFiles(
  client: GitHubClient,
  options: ListMigrationFilesOptions,
): Promise<PullRequestMigrationFiles> {
  const { owner, repo, pullNumber } = options;
  const dirPrefix = `${normalizeDir(options.migrationsDir)}/`;
  // Direct children only: the Supabase CLI ignores subdirectories of the migrations directory.
  const inDir = (path: string | undefined): path is string =>
    path?.startsWith(dirPrefix) === true && !path.slice(dirPrefix.length).includes('/');

  const files: PullRequestMigrationFile[] = [];
  const changedPaths: string[] = [];
  let listedCount = 0;
  try {
    const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner,
      repo,
      pull_number: pullNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      listedCount += page.data.length;
      for (const entry of page.data) {
        changedPaths.push(entry.filename);
        if (entry.previous_filename !== undefined) changedPaths.push(entry.previous_filename);
        const file = migrationFileChange(entry, inDir);
        if (file !== undefined) files.push(file);
      }
    }
  } catch (error) {
    throw toGitHubApiError(error, `listing the files of ${owner}/${repo}#${pullNumber}`);
  }

  const complete =
    listedCount < PULL_REQUEST_FILES_LIMIT ||
    (options.changedFiles !== undefined && listedCount >= options.changedFiles);
  return { files, complete, listedCount, changedPaths };
}

interface ListedFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

function migrationFileChange(
  entry: ListedFile,
  inDir: (path: string | undefined) => path is string,
): PullRequestMigrationFile | undefined {
  const path = entry.filename;
  switch (entry.status) {
    case 'added':
    case 'copied':
      return inDir(path) ? { path, change: 'added' } : undefined;
    case 'modified':
    case 'changed':
      return inDir(path) ? { path, change: 'modified' } : undefined;
    case 'removed':
      return inDir(path) ? { path, change: 'removed' } : undefined;
    case 'renamed': {
      const previous = entry.previous_filename;
      if (inDir(path) && inDir(previous))
        return { path, change: 'renamed', previousPath: previous };
      // Moving a file across the directory's boundary adds or removes a migration.
      if (inDir(path)) return { path, change: 'added' };
      if (inDir(previous)) return { path: previous, change: 'removed' };
      return undefined;
    }
    default:
      // 'unchanged': listed without a content change; nothing for the history rules.
      return undefined;
  }
}

/** `./supabase/migrations/` -> `supabase/migrations`, the form the API's paths use. */
export function normalizeDir(dir: string): string {
  return dir
    .replaceAll('\\', '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
}
