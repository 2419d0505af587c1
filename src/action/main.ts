import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { actionGitHubClient } from './action-github-client.ts';
import { renderJson } from '../core/report/render-json.ts';
import { renderMarkdown } from '../core/report/render-markdown.ts';
import { renderSarif } from '../core/report/render-sarif.ts';
import { reachesThreshold, type Report } from '../core/report/report.ts';
import { RULES } from '../core/rules/registry.ts';
import type { FixOffer } from '../core/report/fix-offer.ts';
import { GitHubApiError, type GitHubClient } from '../github/github-client.ts';
import { postSuggestions } from '../github/review-suggestions.ts';
import { commentAuthorTrust } from '../github/sticky-comment.ts';
import { fixOffers } from '../pipeline/fix-offers.ts';
import { type CheckOutcome, hasMigrationsToStage, runCheck } from '../pipeline/run-check.ts';
import { runStaging } from '../pipeline/run-staging.ts';
import { defaultCacheDir } from '../staging/embedded-cache.ts';
import { InputError } from '../workspace/input-error.ts';
import { type ActionInputs, readInputs } from './inputs.ts';
import { FunctionCallError } from './deploy/function-client.ts';
import { runDeploy } from './deploy/run-deploy.ts';
import { planAnnotations, notShownNote } from './annotations.ts';
import { resolveChangeSource } from './pull-request-changes.ts';
import { chooseStagingTarget } from './staging-target.ts';
import { type PullRequestEvent, pullRequestFromContext } from './pull-request-event.ts';
import { postReportComment } from './pull-request-comment.ts';
import { policyChange } from './policy-change.ts';

// GitHub caps a step summary at 1 MiB; characters are a safe stand-in for bytes only below a
// quarter of it (up to 4 bytes each), so leave the full report room without risking rejection.
const SUMMARY_MAX_LENGTH = 250_000;

/**
 * The Action's entry: read inputs, run the chosen mode, report through the runner's files. The
 * run's facts (event, payload, repository, commit) come from `@actions/github`'s `context`, which
 * reads the same runner environment as `env`; the entry (src/action.ts) has checked that its
 * event file parses before this module was loaded.
 */
export async function runAction(env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  try {
    const inputs = readInputs(context.eventName);
    if (inputs.mode === 'deploy') {
      await runDeploy(inputs, context, env, cwd);
      return;
    }
    await runPullRequestCheck(inputs, env, cwd);
  } catch (error) {
    if (error instanceof InputError) {
      core.setFailed(`${error.message}\n  fix: ${error.hint}`);
      return;
    }
    // The edge function or GitHub answered with an error: its words, not a stack trace.
    if (error instanceof FunctionCallError || error instanceof GitHubApiError) {
      core.setFailed(error.message);
      return;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    core.setFailed(
      `internal error: ${message}\n  this is a bug; please report it with the workflow you ran`,
    );
  }
}

async function runPullRequestCheck(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<void> {
  const event = pullRequestFromContext(context);
  const client = actionGitHubClient(inputs.githubToken, env);
  const source = event
    ? await resolveChangeSource({
        event,
        client,
        migrationsDir: inputs.migrationsDir,
        cwd,
        log: (line) => core.info(line),
      })
    : undefined;
  if (source && source.kind !== 'listing') core.notice(source.reason);
  if (!event) core.notice('no pull request in the event: every migration is checked');

  const outcome = await runCheck({
    cwd,
    files: [],
    dir: inputs.migrationsDir,
    ...(source?.kind === 'listing' ? { baseFiles: source.baseFiles } : {}),
    ...(source?.kind === 'git' ? { base: source.base } : {}),
    ...(inputs.configPath !== undefined ? { configPath: inputs.configPath } : {}),
    ...(inputs.pgVersion !== undefined ? { pgVersion: inputs.pgVersion } : {}),
    cacheDir: defaultCacheDir(),
    notice: (line) => core.notice(line),
  });
  // Nothing to run when the pull request changes no migration (or only misnamed files): no
  // database is started.
  const report = hasMigrationsToStage(outcome)
    ? await stageOnTarget(outcome, inputs, event, env, cwd)
    : outcome.report;

  const policy = await policyChange(source, report, cwd);
  if (policy?.failsJob) core.error(policy.message);
  else if (policy && client) core.notice(policy.message);
  const fixOffersByFile = await offerFixes(outcome, report, inputs, event, client);
  const annotations = planAnnotations(report);
  await writeSummary(report, env, notShownNote(annotations), fixOffersByFile);
  for (const annotation of annotations.shown) {
    const emit =
      annotation.severity === 'error'
        ? core.error
        : annotation.severity === 'warning'
          ? core.warning
          : core.notice;
    emit(annotation.message, annotation.properties);
  }
  const paths = await writeReportFiles(report, env);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('report-json', paths.json);
  core.setOutput('report-sarif', paths.sarif);
  if (inputs.comment) {
    const url = await postReportComment(report, {
      client,
      event,
      migrationsDir: inputs.migrationsDir,
      env,
      failOn: inputs.failOn,
      trustedAuthors: inputs.deploy.trustedCheckAuthors,
      fixOffers: fixOffersByFile,
      ...(policy ? { policyChange: policy.message } : {}),
    });
    core.setOutput('comment-url', url ?? '');
  }
  if (policy?.failsJob) {
    core.setFailed(policy.message);
    return;
  }
  if (reachesThreshold(report, inputs.failOn)) {
    const { errors, warnings, notices } = report.summary;
    core.setFailed(
      `migration-guard found ${errors} error(s), ${warnings} warning(s), ${notices} notice(s); fail-on is '${inputs.failOn}'`,
    );
  }
}

/**
 * What `migration-guard fix` would rewrite, by file, for the comment and the summary; with a
 * comment to write, each in-place change is also posted as a suggestion on its lines.
 */
async function offerFixes(
  outcome: CheckOutcome,
  report: Report,
  inputs: ActionInputs,
  event: PullRequestEvent | undefined,
  client: GitHubClient | undefined,
): Promise<Map<string, FixOffer>> {
  let offers: FixOffer[];
  try {
    offers = await fixOffers(outcome, {
      ...(event?.baseRef !== undefined ? { ref: event.baseRef } : {}),
      ...(event?.baseSha !== undefined ? { sha: event.baseSha } : {}),
    });
  } catch (error) {
    // The offer is a convenience: its failure must not cost the check's report and verdict.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    core.warning(`no fix offered (this is a bug; please report it): ${message}`);
    return new Map();
  }
  if (inputs.comment && client && event?.headSha !== undefined) {
    await postSuggestions(
      client,
      {
        owner: event.owner,
        repo: event.repo,
        pullNumber: event.number,
        commitId: event.headSha,
        addedFiles: new Set(
          report.migrations.filter((m) => m.status === 'added').map((m) => m.file),
        ),
        trusts: commentAuthorTrust(client, inputs.deploy.trustedCheckAuthors),
        log: (line) => core.notice(line),
      },
      offers,
    );
  }
  return new Map(offers.map((o) => [o.file, o]));
}

async function writeSummary(
  report: Report,
  env: NodeJS.ProcessEnv,
  annotationNote: string | undefined,
  fixOffersByFile: ReadonlyMap<string, FixOffer>,
): Promise<void> {
  if (!env['GITHUB_STEP_SUMMARY']) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  core.summary.addRaw(
    renderMarkdown(report, { maxLength: SUMMARY_MAX_LENGTH, fixOffers: fixOffersByFile }),
    true,
  );
  if (annotationNote) core.summary.addRaw(`\n> ${annotationNote}\n`, true);
  await core.summary.write();
}

async function writeReportFiles(
  report: Report,
  env: NodeJS.ProcessEnv,
): Promise<{ json: string; sarif: string }> {
  const dir = await mkdtemp(join(env['RUNNER_TEMP'] || tmpdir(), 'migration-guard-'));
  const json = join(dir, 'report.json');
  const sarif = join(dir, 'report.sarif');
  await writeFile(json, renderJson(report));
  await writeFile(sarif, renderSarif(report, RULES));
  return { json, sarif };
}

async function stageOnTarget(
  outcome: CheckOutcome,
  inputs: ActionInputs,
  event: PullRequestEvent | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<Report> {
  const target = await chooseStagingTarget({
    inputs,
    event,
    checkedVersions: outcome.files
      .filter((f) => outcome.checked.has(f.path) && f.version !== null)
      .map((f) => f.version ?? ''),
    ...(env['MIGRATION_GUARD_SUPABASE_API_URL']
      ? { managementApiUrl: env['MIGRATION_GUARD_SUPABASE_API_URL'] }
      : {}),
    log: (line) => core.info(line),
    notice: (line) => core.notice(line),
  });
  core.info(`staging target: ${target.name ?? 'the embedded database (PGlite)'}`);
  // A PR check runs on every push: rolling back leaves a staging database as it was, so the
  // next run traces the PR's migrations again instead of finding them already applied. The
  // embedded database is new each run and thrown away after it: it commits.
  return runStaging(outcome, {
    cwd,
    rollback: target.dbUrl !== undefined,
    progress: (line) => core.info(line),
    notice: (line) => core.notice(line),
    ...(target.name !== undefined ? { targetName: target.name } : {}),
    ...(target.dbUrl !== undefined ? { dbUrl: target.dbUrl } : {}),
  });
}
