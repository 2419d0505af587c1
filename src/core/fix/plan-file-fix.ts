import { predictLocks } from '../locks/statement-locks.ts';
import type { MigrationFile } from '../migrations/migration-file.ts';
import type { Finding } from '../report/finding.ts';
import { applyStatement } from '../schema/apply-statement.ts';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import type { ParsedSql } from '../sql/parse-sql.ts';
import type { QualifiedName } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { DeferredDrops } from './deferred-drops.ts';
import type { FixStep, RewriteOutcome } from './fix-step.ts';
import { rewriteAlterTable } from './rewrite-alter-table.ts';
import { rewriteBatchLoop } from './rewrite-batch-loop.ts';
import { renameColumnSynced } from './rewrite-column-swap.ts';
import { rewriteContractStatement } from './rewrite-contract.ts';
import { rewriteDataChange } from './rewrite-data-change.ts';
import { rewriteDoBackfill } from './rewrite-do-backfill.ts';
import { rewriteIndexStatement } from './rewrite-index.ts';
import { rlsAddition } from './rewrite-rls.ts';
import { tenantNotNull } from './tenant-not-null.ts';

/** The rules whose findings `fix` rewrites away. */
const FIXABLE_RULES: ReadonlySet<string> = new Set([
  'create-index-non-concurrent',
  'drop-index-non-concurrent',
  'reindex-non-concurrent',
  'constraint-not-valid-missing',
  'set-not-null',
  'add-unique-constraint',
  'add-primary-key',
  'add-column-rewrite',
  'add-column-required',
  'unbatched-data-change',
  'mixed-schema-and-data',
  'alter-column-type',
  'rename-column',
  'rename-table',
  'drop-column',
  'drop-table',
  'statements-after-exclusive-lock',
  'rls-disabled',
  'batch-loop-single-transaction',
]);

/** Fixed by ending the transaction before the statement, not by rewriting it. */
const SPLIT_RULE = 'statements-after-exclusive-lock';

/** A finding the rewrite leaves in place, and why. */
interface Unfixed {
  line: number;
  rule: string;
  reason: string;
}

/** The safe form of one migration file. */
export interface FileFix {
  file: MigrationFile;
  /** The files that replace it, in order; empty when nothing was rewritten. */
  steps: FixStep[];
  /** Error findings the rewrite cannot remove: while there are any, nothing is written. */
  unfixed: Unfixed[];
  /** Existing tables the rewritten statements change. */
  tables: QualifiedName[];
  /** Existing tables the rewritten statements only read: the proof fills them with rows too. */
  reads: QualifiedName[];
  /**
   * Statements the rewrite adds on purpose (row level security and its policy, NOT NULL on a
   * tenant column): the original plus these is what the rewrite must equal on staging.
   */
  declared: string[];
  /** Tables the declared statements put row level security on: the proof checks it is on. */
  secured: QualifiedName[];
}

/** What the fix needs to know of the configuration. */
export interface FixOptions {
  tenantColumns: readonly string[];
  pgVersion: number;
}

/**
 * Plan the rewrite of `file`, whose findings the lint gave. `schema` is the model as the files
 * before it leave it; it is replayed through the file here, so each statement is rewritten
 * against the schema as it stands just before it. A rewritten statement ends its transaction:
 * its `now` part stays in place, the steps it needs later follow as files of their own, and
 * the statements after it start a new file, so everything still runs in the original order.
 */
export function planFileFix(
  file: MigrationFile,
  parsed: ParsedSql,
  findings: readonly Finding[],
  schema: SchemaModel,
  options: FixOptions,
): FileFix {
  const fix: FileFix = {
    file,
    steps: [],
    unfixed: [],
    tables: [],
    reads: [],
    declared: [],
    secured: [],
  };
  const byStatement = new Map<number, Finding[]>();
  const existing = new Set(schema.tables.keys());
  const policied = new Set(
    parsed.statements.flatMap((s) => {
      const policy = nodeAs(s.node, 'CreatePolicyStmt');
      return policy?.table ? [relationName(schema, policy.table)] : [];
    }),
  );
  /** Existing tables an ACCESS EXCLUSIVE lock of the open segment holds. */
  let segmentExclusive = new Set<QualifiedName>();
  const touch = (tables: Iterable<QualifiedName>) => {
    for (const t of tables) if (!fix.tables.includes(t)) fix.tables.push(t);
  };
  for (const f of findings) {
    if (f.statement === undefined) continue;
    // Row level security is added after the statement, not by rewriting it.
    if (f.rule === 'rls-disabled') continue;
    byStatement.set(f.statement, [...(byStatement.get(f.statement) ?? []), f]);
  }
  const ownTransactions = parsed.statements.some((s) => s.kind === 'TransactionStmt');
  let segment: string[] = [];
  let segmentLabel: string | undefined;
  const close = () => {
    if (segment.length === 0) return;
    fix.steps.push({
      kind: 'transaction',
      statements: segment,
      label: segmentLabel ?? file.name,
      why:
        segmentLabel === undefined
          ? `the statements of ${file.fileName} that need no other form (one transaction)`
          : 'the part of the change that takes only a brief lock (one transaction)',
    });
    segment = [];
    segmentLabel = undefined;
    segmentExclusive = new Set();
  };
  let previousEnd = 0;
  let rewrote = false;
  const contracts: FixStep[] = [];
  /** Warnings whose rewrite was refused, the file split at them instead. */
  const declined: Unfixed[] = [];
  const drops = new DeferredDrops();
  for (const statement of parsed.statements) {
    const leading = leadingComments(file.sql, previousEnd, statement.start);
    previousEnd = statement.end;
    // Warnings too: DROP INDEX and REINDEX without CONCURRENTLY are warnings by default.
    const fixable = (byStatement.get(statement.index) ?? []).filter((f) =>
      FIXABLE_RULES.has(f.rule),
    );
    const origin = { file: file.path, version: file.version, statement: statement.index };
    const rewritable = fixable.filter((f) => f.rule !== SPLIT_RULE);
    let outcome =
      rewritable.length > 0 ? rewriteStatement(statement, schema, file.path) : undefined;
    // Every safe form moves something to a later file; one that moves nothing changed nothing
    // (e.g. an ALTER TABLE that a data-change warning named), so the statement stays as written.
    if (outcome?.ok && outcome.rewrite.later.length === 0) outcome = undefined;
    // Slow work after an ACCESS EXCLUSIVE lock: the transaction ends before it, releasing the
    // lock, and the work starts the next file (unless its own rewrite already moves it).
    const split =
      fixable.some((f) => f.rule === SPLIT_RULE) &&
      (outcome === undefined || (!outcome.ok && rewritable.every((f) => f.severity !== 'error')));
    if (split && outcome !== undefined && !outcome.ok) {
      // Said only if the file is refused for another reason: it may be why.
      for (const f of rewritable)
        declined.push({ line: f.line, rule: f.rule, reason: outcome.reason });
    }
    if (split) outcome = undefined;
    if (outcome?.ok) drops.record(statement, schema, outcome.rewrite.later);
    const reuse = drops.reusing(statement, schema);
    const locks = predictLocks(statement.node, schema, options.pgVersion);
    applyStatement(schema, statement.node, origin);
    const rls = rlsAddition(statement, schema, findings, options.tenantColumns, policied);
    if (rls && !rls.ok) {
      for (const f of rls.findings)
        fix.unfixed.push({ line: f.line, rule: f.rule, reason: rls.reason });
    }
    const addRls = () => {
      if (!rls?.ok) return;
      rewrote = true;
      touch([rls.table]);
      fix.declared.push(...rls.statements);
      fix.secured.push(rls.table);
      segment.push(rls.statements.join('\n'));
    };
    if (reuse && (outcome !== undefined || statement !== parsed.statements.at(-1))) {
      fix.unfixed.push({
        line: statement.line,
        rule: 'drop-column',
        reason: `this statement gives a column the name ${reuse.column}, which the rewrite drops only in its contract step; fix moves it into that step only when it is the file's last statement and has no rewrite of its own`,
      });
    } else if (reuse) {
      // The name is free once the contract step has dropped the column: run it there.
      rewrote = true;
      reuse.step.statements.push(`${leading}${statement.text};`);
      reuse.step.why = `${reuse.step.why}; then the file's last statement, which gives another column the name ${reuse.column}`;
      continue;
    }
    if (outcome === undefined) {
      if (split && ownTransactions) {
        for (const f of fixable)
          fix.unfixed.push({
            line: f.line,
            rule: f.rule,
            reason: 'the file writes its own BEGIN/COMMIT; split it by hand',
          });
      } else if (split && segment.length > 0) {
        rewrote = true;
        touch(segmentExclusive);
        close();
      }
      segment.push(`${leading}${statement.text};`);
      segmentLabel = undefined;
      for (const lock of locks) {
        if (lock.mode === 'AccessExclusiveLock' && existing.has(lock.relation))
          segmentExclusive.add(lock.relation);
      }
      addRls();
      continue;
    }
    const problem = !outcome.ok
      ? outcome.reason
      : ownTransactions
        ? 'the file writes its own BEGIN/COMMIT; split it by hand'
        : undefined;
    if (problem !== undefined || !outcome.ok) {
      for (const f of fixable)
        fix.unfixed.push({ line: f.line, rule: f.rule, reason: problem ?? '' });
      segment.push(`${leading}${statement.text};`);
      addRls();
      continue;
    }
    const { rewrite } = outcome;
    rewrote = true;
    fix.tables.push(...rewrite.tables.filter((t) => !fix.tables.includes(t)));
    for (const t of rewrite.reads ?? []) if (!fix.reads.includes(t)) fix.reads.push(t);
    if (rewrite.now.length > 0) {
      if (segment.length === 0) segmentLabel = rewrite.label;
      segment.push(`${leading}${rewrite.now.join('\n')}`);
    }
    if (rewrite.later.every((step) => step.contract)) {
      // Only contract steps, which go last anyway: the statements after it stay in this file.
      contracts.push(...rewrite.later);
    } else {
      close();
      const [first, ...rest] = rewrite.later;
      // With nothing left in place, the comments written above the statement go with its step.
      const carried =
        rewrite.now.length === 0 && first
          ? {
              ...first,
              statements: first.statements.map((s, i) => (i === 0 ? `${leading}${s}` : s)),
            }
          : first;
      // Contract steps go last: deploy holds them (and everything after them) until their date.
      for (const step of carried ? [carried, ...rest] : rest) {
        (step.contract ? contracts : fix.steps).push(step);
      }
    }
    addRls();
  }
  const trailing = leadingComments(file.sql, previousEnd, file.sql.length);
  if (trailing) {
    const last = fix.steps.at(-1);
    if (segment.length === 0 && last?.kind === 'transaction')
      last.statements.push(trailing.trimEnd());
    else if (segment.length > 0) segment.push(trailing.trimEnd());
  }
  close();
  // A nullable tenant column the rewrite backfills is made NOT NULL after the backfill.
  const tenant = tenantNotNull(findings, fix.steps, schema);
  if (rewrote && tenant.steps.length > 0) {
    fix.steps.push(...tenant.steps);
    fix.declared.push(...tenant.declared);
    touch(tenant.tables);
  }
  fix.steps.push(...contracts);
  if (!rewrote) fix.steps = [];
  for (const f of findings) {
    // Another rule's finding that RLS is off (policy-exists-rls-disabled) goes with the ENABLE.
    const secured = (f.problems ?? []).some((p) => fix.secured.some((t) => p === `rls-off ${t}`));
    const settled = rewrote && tenant.settled.includes(f);
    if (f.severity === 'error' && !FIXABLE_RULES.has(f.rule) && !secured && !settled) {
      const reason =
        tenant.unsettled.find((u) => u.finding === f)?.reason ?? 'fix does not rewrite this rule';
      fix.unfixed.push({ line: f.line, rule: f.rule, reason });
    }
  }
  if (fix.unfixed.length > 0) fix.unfixed.push(...declined);
  return fix;
}

function rewriteStatement(statement: Statement, schema: SchemaModel, file: string): RewriteOutcome {
  return (
    rewriteDataChange(statement, schema) ??
    rewriteDoBackfill(statement, schema) ??
    rewriteBatchLoop(statement, schema) ??
    rewriteIndexStatement(statement, schema) ??
    rewriteAlterTable(statement, schema, file) ??
    rewriteContractStatement(statement, schema) ??
    renameColumnSynced(statement, schema) ?? {
      ok: false,
      reason: 'fix has no safe form for this statement yet',
    }
  );
}

/** The comments between two statements (not the previous one's semicolon), each line kept. */
function leadingComments(sql: string, from: number, to: number): string {
  const between = sql.slice(from, to).replace(/^\s*;/, '');
  const trimmed = between.trim();
  return trimmed === '' ? '' : `${trimmed}\n`;
}
