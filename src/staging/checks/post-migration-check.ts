import { checkDocsUrl } from '../../core/checks/check-docs.ts';
import type { CheckPlan } from '../../core/checks/check-plan.ts';
import type { Severity } from '../../core/report/finding.ts';
import type { CheckReport } from '../../core/report/report.ts';
import type { CheckSession } from './check-session.ts';
import type { ResolvedConstraint } from './planned-constraints.ts';
import type { RowCountSnapshot } from './row-counts.ts';

/**
 * What a post-migration check declares about itself, as data (like a rule's `meta`): the
 * registry, the docs and the report read it; the runner, not the check, adds the docs link to
 * the check's reports.
 */
export interface CheckMeta {
  /** `check-<what>`: the id its reports carry, and the name of its folder. */
  id: string;
  /** A few words, for lists of checks. */
  title: string;
  /** What a `pass` proves about the migrated staging database, in one sentence. */
  proves: string;
  /**
   * How serious a `fail` is. Failed checks are counted and shown in the report's verdict, but
   * `--fail-on` (the exit status) counts findings only; the severity ranks checks in the docs.
   */
  severity: Severity;
  /**
   * The SQL it runs: the catalog query itself when it is fixed, else the shape of the query the
   * check builds per object (the report's `Investigate:` part gives the exact one).
   */
  query: string;
  /** The check's docs page (its folder's README.md). */
  docs: string;
}

/** What a check gets to run with. Read-only: checks only query the staging session. */
export interface CheckContext {
  session: CheckSession;
  plan: CheckPlan;
  /** `snapshotRowCounts(db, plan.countBefore)` taken before applying the files, if any. */
  rowCountsBefore: RowCountSnapshot | undefined;
  /** The constraints the files add or validate, each paired with the catalog's; read once. */
  constraints(): Promise<ResolvedConstraint[]>;
}

export interface PostMigrationCheck {
  meta: CheckMeta;
  /**
   * The check's reports, in order: none when the plan gives it nothing to look at, else one
   * per object it judged, or one for the whole database. A failing query is a `skipped` report
   * saying why, never a throw.
   */
  run(context: CheckContext): Promise<CheckReport[]>;
}

/** A check's descriptor with its docs link filled in from its id. */
export function defineCheck(
  meta: Omit<CheckMeta, 'docs'>,
  run: PostMigrationCheck['run'],
): PostMigrationCheck {
  return { meta: { ...meta, docs: checkDocsUrl(meta.id) }, run };
}
