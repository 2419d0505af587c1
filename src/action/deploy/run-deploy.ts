import { resolve } from 'node:path';
import * as core from '@actions/core';
import { actionGitHubClient } from '../action-github-client.ts';
import {
  type DeployWindow,
  insideWindow,
  nextWindowOpening,
  parseDeployWindow,
} from '../../core/deploy/deploy-window.ts';
import { contractGate } from '../../core/deploy/contract-gate.ts';
import {
  type ApplyRequest,
  type DeploymentStatus,
  MAX_BODY_BYTES,
} from '../../core/deploy/protocol.ts';
import {
  compareMigrations,
  type MigrationFile,
  mebibytes,
  oversizeWords,
} from '../../core/migrations/migration-file.ts';
import { loadParser } from '../../core/sql/parse-sql.ts';
import { InputError } from '../../workspace/input-error.ts';
import { readMigrationDir } from '../../workspace/migration-dir.ts';
import type { ActionInputs } from '../inputs.ts';
import { type GitHubContext, repoOf } from '../pull-request-event.ts';
import { checkApprovals } from './approval-gate.ts';
import { reportDeployment } from './deploy-report.ts';
import { DeployFunctionClient, type FunctionCredentials } from './function-client.ts';

const DEFAULT_POLL_MS = 5_000;
// The longest a deploy job may wait for its window: GitHub ends a job after 6 hours.
const MAX_WINDOW_WAIT_MS = 5 * 60 * 60 * 1000;

/**
 * Deploy mode: apply to production, through the edge function, the repository's migrations
 * that production lacks, once each is shown approved and checked. Nothing is applied when any
 * of them is not.
 */
export async function runDeploy(
  inputs: ActionInputs,
  context: GitHubContext,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<void> {
  const settings = inputs.deploy;
  const functionUrl = settings.functionUrl;
  if (functionUrl === undefined) {
    throw new InputError(
      'deploy mode needs the edge function: neither function-url nor supabase-project-ref is set',
      "set 'supabase-project-ref' (the function is then https://<ref>.supabase.co/functions/v1) or 'function-url'",
    );
  }
  const fn = new DeployFunctionClient(functionUrl, credentials(inputs));
  const head = context.sha ?? '';
  const { owner, repo } = repoOf(context) ?? {};
  if (!/^[0-9a-f]{40}$/.test(head) || !owner || !repo) {
    throw new InputError(
      'deploy mode needs GITHUB_SHA and GITHUB_REPOSITORY, which the runner sets',
      'run deploy mode inside a GitHub Actions job on push or workflow_dispatch',
    );
  }
  if (settings.deployWindow !== undefined)
    await awaitWindow(settings.deployWindow, settings.outsideWindow);

  const files = await readMigrationDir(resolve(cwd, inputs.migrationsDir), cwd);
  for (const file of files.filter((f) => f.version === null)) {
    core.warning(
      `${file.path}: not named <version>_<name>.sql; the Supabase CLI and deploy mode skip it`,
    );
  }
  const migrations = files.filter((f) => f.version !== null).sort(compareMigrations);

  core.info(`asking production for its migration history (${functionUrl})`);
  const history = (await fn.history(Date.now() + settings.timeoutMinutes * 60_000)).body.migrations;
  const production = new Map(history.map((entry) => [entry.version, entry]));
  const problems: string[] = [];
  for (const file of migrations) {
    const applied = production.get(file.version ?? '');
    if (applied?.sha256 != null && applied.sha256 !== file.sha256) {
      problems.push(
        `${file.fileName}: production applied version ${file.version} with checksum ${applied.sha256.slice(0, 12)}, the repository has ${file.sha256.slice(0, 12)}; applied migrations are never edited: restore the file and put the change in a new migration`,
      );
    }
  }
  const local = new Set(migrations.map((f) => f.version));
  const onlyInProduction = history.filter((entry) => !local.has(entry.version));
  if (onlyInProduction.length > 0) {
    core.warning(
      `production has ${onlyInProduction.length} version(s) the repository lacks: ${onlyInProduction
        .map((e) => e.version)
        .join(', ')}`,
    );
  }
  const lacking = migrations.filter((f) => !production.has(f.version ?? ''));
  // Contract steps wait for their date, and the files after them with them (order is kept).
  await loadParser();
  const contract = contractGate(
    lacking.map((f) => ({ version: f.version ?? '', name: f.name, sql: f.sql })),
    new Date(),
  );
  const missing = lacking.slice(0, contract.due);
  if (contract.reason !== undefined) {
    if (contract.waiting) {
      core.warning(
        `not deployed yet: ${contract.reason}; run the deploy again once this one is done, on or after ${contract.waiting.after}`,
      );
    } else {
      problems.push(contract.reason);
    }
  }
  const newest = history
    .map((e) => e.version)
    .sort()
    .at(-1);
  if (newest !== undefined && !settings.allowOutOfOrder) {
    for (const file of missing) {
      if ((file.version ?? '') < newest) {
        problems.push(
          `${file.fileName}: version ${file.version} is older than production's newest (${newest}); rename it to a newer version, or set allow-out-of-order: true`,
        );
      }
    }
  }
  for (const file of missing) {
    if (file.oversize) {
      problems.push(
        `${file.fileName}: ${oversizeWords(file.oversize)}, so it was not read and cannot be deployed; split it into migrations under the limit (see file-too-large)`,
      );
    }
  }
  core.setOutput('applied', '0');
  if (missing.length === 0 && problems.length === 0) {
    const waiting = contract.waiting
      ? `\n\n${lacking.length} migration(s) wait for a contract step's date: ${contract.reason}.\n`
      : '\n';
    core.info(
      contract.waiting
        ? 'nothing is due: the next migration is a contract step waiting for its date'
        : 'production has every migration of the repository: nothing to deploy',
    );
    core.setOutput('deployment-status', 'up-to-date');
    await core.summary
      .addRaw(`### ✅ Production is up to date\n\nNo migration to deploy now.${waiting}`)
      .write();
    return;
  }
  core.info(
    `${missing.length} migration(s) to deploy: ${missing.map((f) => f.fileName).join(', ')}`,
  );

  const client = actionGitHubClient(inputs.githubToken, env);
  if (client === undefined) {
    throw new InputError(
      'deploy mode needs github-token to confirm each migration was approved and checked',
      "keep the default github-token (with 'pull-requests: read'), or pass one",
    );
  }
  const gate = await checkApprovals(missing, {
    client,
    owner,
    repo,
    head,
    migrationsDir: inputs.migrationsDir,
    requiredApprovals: settings.requiredApprovals,
    trustedCheckAuthors: settings.trustedCheckAuthors,
    requiredFailOn: settings.requiresFailOn,
    log: (line) => core.info(line),
  });
  problems.push(...gate.problems);
  const request: ApplyRequest = {
    deploymentId: deploymentId(context, head),
    repository: `${owner}/${repo}`,
    commit: head,
    allowOutOfOrder: settings.allowOutOfOrder,
    migrations: missing.map(toApplyMigration),
  };
  if (problems.length === 0) problems.push(...requestSizeProblems(request));
  if (problems.length > 0) {
    core.setOutput('deployment-status', 'blocked');
    await core.summary
      .addRaw(
        `### ⛔ Deployment stopped: nothing was applied\n\n${problems.map((p) => `- ${p}`).join('\n')}\n`,
      )
      .write();
    core.setFailed(
      `deployment stopped, nothing applied:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    return;
  }

  core.setOutput('deployment-id', request.deploymentId);
  const pollMs = Number(env['MIGRATION_GUARD_DEPLOY_POLL_MS'] ?? DEFAULT_POLL_MS);
  const status = await applyUntilDone(fn, request, settings.timeoutMinutes * 60_000, pollMs);
  await reportDeployment(status, {
    client,
    owner,
    repo,
    pulls: gate.pulls,
    migrations: missing,
    migrationsDir: inputs.migrationsDir,
    env,
    trustedAuthors: settings.trustedCheckAuthors,
  });
}

function credentials(inputs: ActionInputs): FunctionCredentials {
  const { deploySecret, oidcAudience } = inputs.deploy;
  if (deploySecret !== undefined) return { kind: 'hmac', secret: deploySecret };
  if (oidcAudience !== undefined)
    return { kind: 'oidc', token: () => core.getIDToken(oidcAudience) };
  throw new InputError(
    'deploy mode needs a way to authenticate to the edge function: neither deploy-secret nor oidc-audience is set',
    "pass the function's MIGRATION_GUARD_SECRET as deploy-secret (from a repository secret), or set oidc-audience and give the job 'id-token: write'",
  );
}

/**
 * The edge function refuses a request body over MAX_BODY_BYTES (413) before reading it; say so
 * here, naming the largest files, rather than send it.
 */
function requestSizeProblems(request: ApplyRequest): string[] {
  const bytes = Buffer.byteLength(JSON.stringify(request), 'utf8');
  if (bytes <= MAX_BODY_BYTES) return [];
  const largest = [...request.migrations]
    .sort((a, b) => b.sql.length - a.sql.length)
    .slice(0, 3)
    .map((m) => `${m.version}_${m.name}.sql (${mebibytes(Buffer.byteLength(m.sql, 'utf8'))})`);
  return [
    `the ${request.migrations.length} migration(s) to deploy make a ${mebibytes(bytes)} request, over the edge function's ${mebibytes(MAX_BODY_BYTES)} limit on a request body (largest: ${largest.join(', ')}); split large files into smaller migrations, or deploy in steps (merge fewer migrations at a time)`,
  ];
}

function toApplyMigration(file: MigrationFile): ApplyRequest['migrations'][number] {
  return { version: file.version ?? '', name: file.name, sha256: file.sha256, sql: file.sql };
}

/** Stable across re-sends within one run attempt; a re-run of the job is a new deployment. */
function deploymentId(context: GitHubContext, head: string): string {
  const run = context.runId;
  const attempt = Number.isInteger(context.runAttempt) ? context.runAttempt : 1;
  return Number.isInteger(run) && run > 0
    ? `gh-${run}-${attempt}`
    : `gh-${head.slice(0, 12)}-${Date.now()}`;
}

/**
 * Send the deployment and keep it going until it ends: the function answers 202 while work
 * remains (continuing in the background where its runtime allows, else on the next call);
 * re-sending the same deployment resumes it, and `busy` with our own id means it is running.
 * A call that fails in a way that can heal (a 5xx, a 429, no answer) is sent again by `fn`,
 * with backoff, within the same deadline.
 */
async function applyUntilDone(
  fn: DeployFunctionClient,
  request: ApplyRequest,
  timeoutMs: number,
  pollMs: number,
): Promise<DeploymentStatus> {
  const deadline = Date.now() + timeoutMs;
  let lastProgress = '';
  for (let call = 1; ; call++) {
    // A failure that can heal (5xx, 429, no answer) is sent again inside fn until the deadline.
    const answer = await fn.apply(request, deadline);
    let status: DeploymentStatus | undefined;
    const body = answer.body as DeploymentStatus & { error?: string; runningDeploymentId?: string };
    if (answer.status === 409 && body.error === 'busy') {
      if (body.runningDeploymentId === request.deploymentId) {
        status = (await fn.status(request.deploymentId, deadline)).body;
      } else {
        core.info(`another deployment (${body.runningDeploymentId}) is running; waiting for it`);
      }
    } else if (answer.status === 409 && body.error !== undefined) {
      throw new InputError(
        `the edge function refused deployment ${request.deploymentId}: ${body.error}`,
        'a deployment id is used for one set of migrations; re-run the workflow',
      );
    } else {
      status = answer.body;
    }
    if (status !== undefined) {
      const progress = describeProgress(status);
      if (progress !== lastProgress) core.info(`deployment ${request.deploymentId}: ${progress}`);
      lastProgress = progress;
      if (status.status !== 'running') return status;
    }
    if (Date.now() + pollMs > deadline) {
      throw new Error(
        `deployment ${request.deploymentId} still running after ${Math.round(timeoutMs / 60_000)} min (call ${call}); it continues where it stopped when this workflow is re-run, or raise deploy-timeout-minutes`,
      );
    }
    await new Promise((done) => setTimeout(done, pollMs));
  }
}

function describeProgress(status: DeploymentStatus): string {
  const done = status.migrations.filter((m) =>
    ['applied', 'skipped-already-applied'].includes(m.status),
  ).length;
  const backfills = status.migrations
    .filter((m) => m.backfill !== null && !m.backfill.done)
    .map(
      (m) =>
        `backfill of ${m.backfill?.table}: ${m.backfill?.rowsUpdated} rows in ${m.backfill?.batches} batches`,
    );
  return [
    `${status.status}, ${done}/${status.migrations.length} migration(s) done`,
    ...backfills,
  ].join('; ');
}

async function awaitWindow(text: string, outside: 'wait' | 'refuse'): Promise<void> {
  const parsed = parseDeployWindow(text);
  if (!parsed.ok) throw new InputError(parsed.error, "fix the 'deploy-window' input");
  const window: DeployWindow = parsed.window;
  const now = new Date();
  if (insideWindow(window, now)) return;
  const opening = nextWindowOpening(window, now);
  const waitMs = opening.getTime() - now.getTime();
  if (outside === 'refuse') {
    throw new InputError(
      `outside the deploy window ${window.text} (now ${now.toISOString()}, next opening ${opening.toISOString()}); nothing applied`,
      "run the workflow again inside the window, or set 'outside-window: wait'",
    );
  }
  if (waitMs > MAX_WINDOW_WAIT_MS) {
    throw new InputError(
      `the deploy window ${window.text} opens at ${opening.toISOString()}, more than 5 hours away; a job cannot wait that long`,
      'run the workflow closer to the window (e.g. on a schedule)',
    );
  }
  core.info(`waiting ${Math.round(waitMs / 60_000)} min for the deploy window ${window.text}`);
  await new Promise((done) => setTimeout(done, waitMs));
}
