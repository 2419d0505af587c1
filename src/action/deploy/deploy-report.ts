import * as core from '@actions/core';
import type {
  DeploymentMigrationState,
  DeploymentMigrationStatus,
  DeploymentStatus,
} from '../../core/deploy/protocol.ts';
import type { MigrationFile } from '../../core/migrations/migration-file.ts';
import { cellText } from '../../core/report/markdown-text.ts';
import { formatDuration } from '../../core/report/report-wording.ts';
import type { MergedPullRequest } from '../../github/approvals.ts';
import { type GitHubClient, GitHubApiError } from '../../github/github-client.ts';
import { commentAuthorTrust, upsertStickyComment } from '../../github/sticky-comment.ts';

export interface DeployReportTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** Migration path → the pull request it came from. */
  pulls: ReadonlyMap<string, MergedPullRequest>;
  migrations: readonly MigrationFile[];
  migrationsDir: string;
  env: NodeJS.ProcessEnv;
  /** Logins besides the token's own user whose deployment comment may be edited. */
  trustedAuthors: readonly string[];
}

const ICONS: Record<DeploymentStatus['status'], string> = {
  succeeded: '🚀',
  running: '⏳',
  failed: '❌',
  refused: '⛔',
};

/** How the table shows a file's state, where the bare word would say too little. */
const MIGRATION_STATES: Partial<Record<DeploymentMigrationState, string>> = {
  refused: 'refused (not run)',
};

/** Job summary, one comment per merged pull request involved, outputs and the job's status. */
export async function reportDeployment(
  status: DeploymentStatus,
  target: DeployReportTarget,
): Promise<void> {
  const applied = status.migrations.filter((m) => m.status === 'applied').length;
  core.setOutput('deployment-status', status.status);
  core.setOutput('applied', String(applied));
  const runUrl =
    target.env['GITHUB_SERVER_URL'] && target.env['GITHUB_RUN_ID']
      ? `${target.env['GITHUB_SERVER_URL']}/${target.owner}/${target.repo}/actions/runs/${target.env['GITHUB_RUN_ID']}`
      : undefined;
  const markdown = renderDeployment(status, target, runUrl);
  await core.summary.addRaw(markdown).write();

  const byNumber = new Map<number, MergedPullRequest>();
  for (const pull of target.pulls.values()) byNumber.set(pull.number, pull);
  const trusts = commentAuthorTrust(target.client, target.trustedAuthors);
  for (const pull of byNumber.values()) {
    try {
      const result = await upsertStickyComment(target.client, {
        owner: target.owner,
        repo: target.repo,
        issueNumber: pull.number,
        migrationsDir: `deploy:${target.migrationsDir}`,
        body: markdown,
        trusts,
        ignored: (comment) =>
          core.warning(
            `comment ${comment.id} by ${comment.author ?? 'an unknown user'} carries migration-guard's deployment marker but was not written by migration-guard; it is left alone`,
          ),
      });
      core.info(`deployment comment ${result.action} on #${pull.number}: ${result.url}`);
    } catch (error) {
      if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
        core.warning(
          `could not comment on #${pull.number} (HTTP ${error.status}: the token needs pull-requests: write); the result is in the job summary`,
        );
        continue;
      }
      throw error;
    }
  }

  if (status.status === 'succeeded') {
    core.info(`deployment ${status.deploymentId} succeeded: ${applied} migration(s) applied`);
    return;
  }
  const failed = status.migrations.find((m) => m.error !== null);
  const reasons =
    status.reasons.length > 0
      ? status.reasons
      : failed?.error
        ? [`${failed.version}_${failed.name}: ${failed.error}`]
        : [];
  core.setFailed(
    `deployment ${status.deploymentId} ${status.status}${reasons.length > 0 ? `:\n${reasons.map((r) => `  - ${r}`).join('\n')}` : ''}`,
  );
}

export function renderDeployment(
  status: DeploymentStatus,
  target: Pick<DeployReportTarget, 'pulls' | 'migrations'>,
  runUrl: string | undefined,
): string {
  const applied = status.migrations.filter((m) => m.status === 'applied').length;
  const lines = [
    `### ${ICONS[status.status]} Production deployment ${status.status}: ${applied} of ${status.migrations.length} migration(s) applied`,
    '',
    `<sub>deployment \`${status.deploymentId}\` · commit ${status.commit.slice(0, 12)}${runUrl ? ` · [workflow run](${runUrl})` : ''}</sub>`,
    '',
  ];
  if (status.reasons.length > 0) {
    // Only a refused deployment applied nothing; a failed one may have applied earlier files.
    const heading = status.status === 'refused' ? '**Refused, nothing applied:**' : '**Reasons:**';
    lines.push(heading, '', ...status.reasons.map((r) => `- ${r}`), '');
  }
  lines.push('| Migration | Status | Time | Retries |', '| --- | --- | ---: | ---: |');
  const pullOf = (m: DeploymentMigrationStatus) =>
    target.migrations.find((f) => f.version === m.version && f.name === m.name);
  for (const m of status.migrations) {
    const file = pullOf(m);
    const pull = file ? target.pulls.get(file.path) : undefined;
    const name = `\`${m.version}_${cellText(m.name)}\`${pull ? ` (#${pull.number})` : ''}`;
    lines.push(
      `| ${name} | ${MIGRATION_STATES[m.status] ?? m.status} | ${formatDuration(m.durationMs)} | ${m.retries} |`,
    );
  }
  const failures = status.migrations.filter((m) => m.error !== null);
  if (failures.length > 0) {
    lines.push('', '**Errors:**', '');
    for (const m of failures) {
      const refused = m.status === 'refused' ? ' (refused, nothing of it ran)' : '';
      lines.push(`- \`${m.version}_${m.name}\`${refused}: ${m.error}`);
    }
  }
  const backfills = status.migrations.filter((m) => m.backfill !== null);
  if (backfills.length > 0) {
    lines.push('', '**Backfills:**', '');
    for (const m of backfills) {
      const b = m.backfill;
      if (b)
        lines.push(
          `- ${b.table} by ${b.key}: ${b.rowsUpdated} rows in ${b.batches} batches${b.done ? '' : ' (not finished)'}`,
        );
    }
  }
  return `${lines.join('\n')}\n`;
}
