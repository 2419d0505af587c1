import { transactionBlockForbidden } from '../locks/transaction-block.ts';
import { type BatchHeader, readBatchHeader } from '../migrations/batch-header.ts';
import type { ParsedSql } from '../sql/parse-sql.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';

/**
 * One step of applying a file: either a transaction of consecutive statements, one statement
 * that Postgres refuses to run inside a transaction block, or a batched backfill (the UPDATE
 * under a `-- migration-guard:batch` header, run as many transactions of one batch each).
 */
export interface ApplyUnit {
  kind: 'transaction' | 'alone' | 'backfill';
  statements: Statement[];
  /** The command that opens the transaction: `BEGIN`, or the file's own `BEGIN ...` text. */
  begin: string;
  /** For `alone`: the command that cannot run in a transaction, e.g. `CREATE INDEX CONCURRENTLY`. */
  command?: string;
  /** For `backfill`: the header, with the UPDATE it batches. */
  batch?: BatchHeader;
}

/** A file the engine refuses to run, and why. Nothing of it is applied. */
export interface PlanProblem {
  line: number;
  message: string;
  /** The lint rule that reports the same problem; none for the plan's transaction control. */
  rule?: string;
}

/** The first statement whose failure would leave earlier parts of the file committed. */
interface HalfApplyRisk {
  line: number;
  command: string;
  explanation: string;
}

export interface ApplyPlan {
  units: ApplyUnit[];
  /** True when a failure part-way can leave the file half applied. */
  canBeHalfApplied: boolean;
  halfApply?: HalfApplyRisk;
  /** Non-empty: the file is not run at all. */
  problems: PlanProblem[];
}

/**
 * Split a parsed file into units.
 *
 * Explicit transaction control written in the file is honoured as unit boundaries, never sent
 * as is (the engine must own BEGIN/COMMIT to set its timeouts and retry a transaction):
 * - `BEGIN` / `START TRANSACTION` starts a unit, opened with the file's own text (so an
 *   isolation level it names is kept); `COMMIT` / `END` ends it. Statements between blocks form
 *   units of their own, as they would commit on their own under psql.
 * - Refused (the file is not run): `ROLLBACK` / `ABORT` (a file that undoes itself is a script,
 *   not a migration), `COMMIT AND CHAIN`, two-phase commit, an unclosed `BEGIN`, a `COMMIT`
 *   with no `BEGIN`, and a statement that cannot run in a transaction inside `BEGIN ... COMMIT`
 *   (Postgres would refuse it there).
 * - `SAVEPOINT`, `RELEASE` and `ROLLBACK TO` run as ordinary statements inside the unit.
 *
 * `ALTER TYPE ... ADD VALUE` stays transactional (allowed in a transaction since Postgres 12),
 * as the Supabase CLI runs it; using the new value in the same transaction fails on the server.
 */
export function planMigration(parsed: ParsedSql): ApplyPlan {
  const problems: PlanProblem[] = parsed.errors.map((e) => ({
    line: e.line,
    message: `Postgres cannot parse the statement: ${e.message}; nothing of the file was run`,
    rule: 'syntax-error',
  }));
  const batch = readBatchHeader(parsed.source.text, parsed.statements);
  if (batch) {
    if (!batch.ok) {
      problems.push(
        ...batch.problems.map((p) => ({
          line: batch.line,
          message: `batch header: ${p}`,
          rule: 'batch-header-invalid',
        })),
      );
      return { units: [], canBeHalfApplied: false, problems };
    }
    const { header } = batch;
    const unit: ApplyUnit = {
      kind: 'backfill',
      statements: [header.statement],
      begin: 'BEGIN',
      batch: header,
    };
    // Committed batch by batch: a failure part-way leaves the earlier batches committed.
    return {
      units: problems.length > 0 ? [] : [unit],
      canBeHalfApplied: true,
      halfApply: {
        line: header.statement.line,
        command: 'batched UPDATE',
        explanation:
          'the UPDATE runs in batches that commit one by one: if a batch fails, the batches before it stay committed, and the next run resumes after the last of them',
      },
      problems,
    };
  }
  const units: ApplyUnit[] = [];
  let open: ApplyUnit | undefined;
  let explicitBegin: Statement | undefined;

  const close = () => {
    if (open && open.statements.length > 0) units.push(open);
    open = undefined;
  };

  for (const statement of parsed.statements) {
    const control = nodeAs(statement.node, 'TransactionStmt');
    const kind = control?.kind;
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
      if (explicitBegin) {
        problems.push({
          line: statement.line,
          message: `BEGIN inside the transaction opened at line ${explicitBegin.line}; Postgres would ignore it with a warning, so the file's transactions are not what they seem. Remove one of them`,
        });
        continue;
      }
      close();
      explicitBegin = statement;
      open = { kind: 'transaction', statements: [], begin: statement.text };
      continue;
    }
    if (kind === 'TRANS_STMT_COMMIT') {
      if (control?.chain) {
        problems.push({
          line: statement.line,
          message: 'COMMIT AND CHAIN is not supported; write COMMIT and BEGIN',
        });
        continue;
      }
      if (!explicitBegin) {
        problems.push({
          line: statement.line,
          message: 'COMMIT without a BEGIN; each file already runs in a transaction. Remove it',
        });
        continue;
      }
      close();
      explicitBegin = undefined;
      continue;
    }
    if (kind === 'TRANS_STMT_ROLLBACK') {
      problems.push({
        line: statement.line,
        message:
          'ROLLBACK in a migration undoes its own work; a migration must commit what it does. Remove it',
      });
      continue;
    }
    if (
      kind === 'TRANS_STMT_PREPARE' ||
      kind === 'TRANS_STMT_COMMIT_PREPARED' ||
      kind === 'TRANS_STMT_ROLLBACK_PREPARED'
    ) {
      problems.push({
        line: statement.line,
        message: 'two-phase commit commands are not supported in migrations',
      });
      continue;
    }

    const command = transactionBlockForbidden(statement.node);
    if (command) {
      if (explicitBegin) {
        problems.push({
          line: statement.line,
          message: `${command} cannot run inside the transaction opened by BEGIN at line ${explicitBegin.line}; Postgres refuses it there. Move it after COMMIT`,
          rule: 'concurrently-in-transaction',
        });
        continue;
      }
      close();
      units.push({ kind: 'alone', statements: [statement], begin: '', command });
      continue;
    }
    open ??= { kind: 'transaction', statements: [], begin: 'BEGIN' };
    open.statements.push(statement);
  }
  if (explicitBegin) {
    problems.push({
      line: explicitBegin.line,
      message: 'BEGIN is never committed; add COMMIT at the end of the transaction',
    });
  }
  close();
  // A file with nothing to run (empty, comments, semicolons) is still recorded, as the
  // Supabase CLI records it: its unit is a transaction that only writes the history row.
  if (units.length === 0 && problems.length === 0)
    units.push({ kind: 'transaction', statements: [], begin: 'BEGIN' });

  const halfApply = halfApplyRisk(units);
  const plan: ApplyPlan = { units, canBeHalfApplied: halfApply !== undefined, problems };
  if (halfApply) plan.halfApply = halfApply;
  return plan;
}

/** Commands that leave an INVALID index behind when they fail part-way. */
const leavesInvalidIndex = new Set(['CREATE INDEX CONCURRENTLY', 'REINDEX CONCURRENTLY']);

function halfApplyRisk(units: readonly ApplyUnit[]): HalfApplyRisk | undefined {
  for (const [i, unit] of units.entries()) {
    const first = unit.statements[0];
    if (!first) continue;
    if (unit.kind === 'alone' && unit.command && leavesInvalidIndex.has(unit.command)) {
      return {
        line: first.line,
        command: unit.command,
        explanation: `${unit.command} runs outside a transaction: if it fails it leaves an INVALID index behind${i > 0 ? ', and the statements before it stay committed' : ''}`,
      };
    }
    if (i > 0) {
      const command = unit.command ?? 'the transaction';
      return {
        line: first.line,
        command,
        explanation:
          unit.kind === 'alone'
            ? `${command} cannot run in the file's transaction: if it or anything after it fails, the statements before it stay committed`
            : 'the file holds more than one transaction: if this one fails, the ones before it stay committed',
      };
    }
  }
  return undefined;
}
