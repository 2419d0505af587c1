import type { DatabasePort } from '../db/database-port.ts';
import type { MigrationFile } from '../migrations/migration-file.ts';
import type { ParsedSql } from '../sql/parse-sql.ts';
import type { Statement } from '../sql/statement.ts';
import type { ResolvedApplyOptions } from './apply-options.ts';
import type { ApplyUnit } from './apply-plan.ts';
import type { StatementOutcome } from './apply-result.ts';
import type { StringSyntax } from './session-guard.ts';

// What the unit runner and the failure describer share: one unit's run and one try's failure.

/** Where a unit runs: its own transaction, a savepoint in the rollback-mode outer transaction, or none. */
export type UnitScope = 'transaction' | 'savepoint' | 'none';

export interface UnitRun {
  db: DatabasePort;
  file: MigrationFile;
  parsed: ParsedSql;
  unit: ApplyUnit;
  unitIndex: number;
  scope: UnitScope;
  /** Write the history row in this unit's transaction. */
  record: boolean;
  options: ResolvedApplyOptions;
  outcomes: StatementOutcome[];
  /** True when earlier units of the file committed. */
  earlierCommitted: boolean;
  /** Tells the notice forwarder which statement runs now. */
  setCurrent(statement: Statement | undefined): void;
  /** The session's string syntax as the run began; a statement must not change it. */
  syntax: StringSyntax;
}

/** The failure of one try: a statement's error, or the error of a hook or of recording. */
export interface TryFailure {
  statement?: Statement;
  error: unknown;
  phase: 'statement' | 'record' | 'commit' | 'hook';
}
