import { basename } from 'node:path';
import type { Report } from '../core/report/report.ts';
import { changedPathsSince } from '../workspace/git-base.ts';
import type { ChangeSource } from './pull-request-changes.ts';

const CONFIG_NAMES = new Set(['migration-guard.config.json', 'migration-guard.config.jsonc']);

export interface PolicyChange {
  /** For the log, the job's failure and the PR comment. */
  message: string;
  /** False when the change is unknown rather than seen: the record does not count, the job passes. */
  failsJob: boolean;
}

/**
 * Whether the pull request changes the config its own check runs under (any
 * `migration-guard.config.json(c)`, or the file the check used): a pull request must not be
 * judged by a policy it rewrites, so such a check's record never counts for deploy. Undefined
 * when the check has no migration to judge (a config change on its own is how policy changes).
 */
export async function policyChange(
  source: ChangeSource | undefined,
  report: Report,
  cwd: string,
): Promise<PolicyChange | undefined> {
  if (source === undefined || report.migrations.length === 0) return undefined;
  let changed: string[];
  if (source.kind === 'listing') changed = source.listing.changedPaths;
  else if (source.kind === 'git') changed = await changedPathsSince(source.base, cwd);
  else {
    return {
      message:
        "the pull request's changed files are unknown, so this check cannot show that it leaves the migration-guard config it runs under unchanged: its record does not count for deploy (check out with fetch-depth: 0)",
      failsJob: false,
    };
  }
  const used = report.config?.file ?? undefined;
  const touched = [
    ...new Set(changed.filter((path) => CONFIG_NAMES.has(basename(path)) || path === used)),
  ].sort();
  if (touched.length === 0) return undefined;
  return {
    message: `this pull request changes ${touched.join(', ')}, the migration-guard config its check runs under: a pull request cannot change the policy it is judged by, so this check does not count for deploy (its record says not passed); merge the config change in a pull request of its own, with no migration, and this one is then checked under it`,
    failsJob: true,
  };
}
