import type { MigrationFile } from '../../core/migrations/migration-file.ts';
import { findCheckRecord, type ParsedCheckRecord } from '../../github/check-record.ts';
import type { GitHubClient } from '../../github/github-client.ts';
import { commentAuthorTrust } from '../../github/sticky-comment.ts';
import { FAIL_ON_STRICTNESS, type RequiredFailOn } from '../inputs.ts';
import {
  introducingPullRequest,
  type MergedPullRequest,
  pullRequestApprovals,
} from '../../github/approvals.ts';

export interface GateRequest {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The commit being deployed. */
  head: string;
  migrationsDir: string;
  requiredApprovals: number;
  trustedCheckAuthors: readonly string[];
  /** The loosest `fail-on` a check may have run with for its record to count. */
  requiredFailOn: RequiredFailOn;
  log: (line: string) => void;
}

export interface GateOutcome {
  /** One line per migration that may not be deployed, and why; empty when all may. */
  problems: string[];
  /** The pull request each migration came from (when found). */
  pulls: Map<string, MergedPullRequest>;
}

/**
 * Every migration to deploy must come from a merged pull request that has enough approvals and
 * whose migration-guard check passed on exactly these checksums (the check record in its
 * report comment). Nothing is applied unless all pass.
 */
export async function checkApprovals(
  files: readonly MigrationFile[],
  request: GateRequest,
): Promise<GateOutcome> {
  const problems: string[] = [];
  const pulls = new Map<string, MergedPullRequest>();
  const verdicts = new Map<number, Promise<PullVerdict>>();
  const trusts = commentAuthorTrust(request.client, request.trustedCheckAuthors, request.log);
  for (const file of files) {
    const found = await introducingPullRequest(request.client, {
      owner: request.owner,
      repo: request.repo,
      path: file.path,
      head: request.head,
    });
    if (found.pull === undefined) {
      problems.push(`${file.fileName}: ${found.reason}`);
      continue;
    }
    const pull = found.pull;
    pulls.set(file.path, pull);
    let verdict = verdicts.get(pull.number);
    if (verdict === undefined) {
      verdict = pullVerdict(pull, request, trusts);
      verdicts.set(pull.number, verdict);
    }
    const { approvedBy, changesRequestedBy, notCounted, record } = await verdict;
    const where = `${file.fileName} (from #${pull.number})`;
    if (approvedBy.length < request.requiredApprovals) {
      problems.push(
        `${where}: ${approvedBy.length} approval(s), ${request.requiredApprovals} required${
          changesRequestedBy.length > 0
            ? `; changes requested by ${changesRequestedBy.join(', ')}`
            : ''
        }${notCounted.length > 0 ? `; not counted: ${notCounted.join('; ')}` : ''}`,
      );
    }
    if (record === undefined) {
      problems.push(
        `${where}: no migration-guard check result on the pull request (its report comment by ${request.trustedCheckAuthors.join(' or ')} is missing: was the check run with comment: true?)`,
      );
      continue;
    }
    const strictness = failOnProblem(record, request.requiredFailOn);
    if (strictness !== undefined) {
      problems.push(`${where}: ${strictness}`);
      continue;
    }
    const checkedSha = file.version !== null ? record.files[file.version] : undefined;
    if (checkedSha === undefined) {
      problems.push(`${where}: the pull request's last check did not cover this migration`);
    } else if (checkedSha !== file.sha256) {
      problems.push(
        `${where}: the file changed after the check (checked ${checkedSha.slice(0, 12)}, now ${file.sha256.slice(0, 12)})`,
      );
    } else if (!record.passed) {
      problems.push(
        `${where}: the pull request's migration-guard check did not pass (fail-on ${record.failOn ?? 'unknown'})`,
      );
    }
  }
  if (problems.length === 0) request.log(`all ${files.length} migration(s) approved and checked`);
  return { problems, pulls };
}

/** Why a record's `fail-on` is too lenient to stand for a check, or undefined when it is strict enough. */
function failOnProblem(record: ParsedCheckRecord, required: RequiredFailOn): string | undefined {
  const setting = `deploy-requires-fail-on is '${required}'`;
  if (record.failOn === undefined) {
    return `the pull request's check record states no fail-on (it was written by an older migration-guard), so it cannot show the check was strict enough (${setting}); re-run the check on the pull request`;
  }
  if (record.failOn === 'never') {
    return `the pull request's check ran with fail-on: never, which passes whatever it finds; ${setting}, so re-run the check with fail-on: ${required} or stricter`;
  }
  const rank = FAIL_ON_STRICTNESS[record.failOn as keyof typeof FAIL_ON_STRICTNESS];
  if (rank === undefined) {
    return `the pull request's check record states an unknown fail-on '${record.failOn}'; ${setting}`;
  }
  if (rank < FAIL_ON_STRICTNESS[required]) {
    return `the pull request's check ran with fail-on: ${record.failOn}, looser than required (${setting})`;
  }
  return undefined;
}

interface PullVerdict {
  approvedBy: string[];
  changesRequestedBy: string[];
  notCounted: string[];
  record: ParsedCheckRecord | undefined;
}

async function pullVerdict(
  pull: MergedPullRequest,
  request: GateRequest,
  trusts: (author: string | undefined) => Promise<boolean>,
): Promise<PullVerdict> {
  const ref = { owner: request.owner, repo: request.repo };
  const [approvals, record] = await Promise.all([
    pullRequestApprovals(request.client, { ...ref, pull }),
    findCheckRecord(request.client, {
      ...ref,
      pullNumber: pull.number,
      migrationsDir: request.migrationsDir,
      trusts,
    }),
  ]);
  for (const reason of approvals.notCounted)
    request.log(`#${pull.number}: approval not counted: ${reason}`);
  request.log(
    `#${pull.number} ${pull.title}: approved by ${approvals.approvedBy.join(', ') || 'nobody'}; check ${
      record === undefined ? 'not found' : record.passed ? 'passed' : 'failed'
    }`,
  );
  return { ...approvals, record };
}
