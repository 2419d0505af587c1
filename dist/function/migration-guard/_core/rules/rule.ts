import type { RuleOptions } from '../config/config.ts';
import type { MigrationFile } from '../migrations/migration-file.ts';
import type { Severity } from '../report/finding.ts';
import type { Origin, SchemaModel, TableModel } from '../schema/schema-model.ts';
import type { QualifiedName } from '../sql/names.ts';
import type { NodeKind, Statement } from '../sql/statement.ts';

export type RuleCategory =
  | 'locks'
  | 'breaking'
  | 'data'
  | 'history'
  | 'style'
  | 'tenancy'
  | 'security'
  | 'performance'
  | 'trace'
  | 'engine';

/** What a rule declares about itself, as data: the engine does the rest. */
export interface RuleMeta {
  id: string;
  /** Severity when the config says nothing; `off` for rules that must be enabled. */
  defaultSeverity: Severity | 'off';
  category: RuleCategory;
  /** One line: what the rule catches. */
  summary: string;
  /** The safe alternative, shown with every finding (SQL or a short instruction). */
  fix: string;
  /** What the statement does to Postgres that the trace can confirm. */
  predicts?: 'lock' | 'rewrite' | 'scan';
  /**
   * The Supabase database advisor lint (splinter) this rule raises at migration time, e.g.
   * `{ lint: '0013_rls_disabled_in_public', level: 'ERROR' }`: its number and name as the
   * advisor's docs spell them, and the level the advisor gives it.
   */
  advisor?: AdvisorLint;
  /**
   * Rules this one is more specific than: when one of their findings is on the same statement
   * as a finding of this rule and names no problem this finding does not (`RuleReport.problems`),
   * it is not reported on its own but listed in this finding's `also`.
   */
  subsumes?: readonly string[];
  /**
   * For a rule raised on staging (the isolation probes): the lint rules whose findings it
   * confirms. A finding of this rule that shares a problem with one of theirs in the same file
   * marks that finding confirmed instead of being reported a second time.
   */
  confirms?: readonly string[];
  /**
   * For a finding about the state a file leaves (a `fileEnd` finding): whether one of its
   * problems (`RuleReport.problems`) no longer holds in `schema`, the schema as the last file
   * under check leaves it. A finding whose every problem a later file of the same change
   * settles is not reported: the change as a whole does not leave it (a tenant column added
   * nullable in one file and made NOT NULL in the next, as `fix` writes it).
   */
  settledBy?(problem: string, schema: SchemaModel): boolean;
}

export interface AdvisorLint {
  /** `<number>_<name>`, e.g. `0011_function_search_path_mutable`. */
  lint: string;
  level: 'ERROR' | 'WARN' | 'INFO';
}

/** What a rule reports; the engine adds the rule id, severity, source and docs link. */
export interface RuleReport {
  message: string;
  /** Defaults to the statement's line and column. */
  line?: number;
  column?: number;
  /** Overrides the rule's generic fix with one written for this case. */
  fix?: string;
  /**
   * Severity of this finding when the config does not set the rule's severity: for rules whose
   * verdict is graver in some cases (e.g. an open policy on a tenant table vs a lookup table).
   */
  severity?: Severity;
  /**
   * What this finding is about, as keys other findings can share (`cross-tenant-read
   * public.notes`): see `RuleMeta.subsumes` and `RuleMeta.confirms`. Findings without keys are
   * never merged.
   */
  problems?: string[];
}

interface BaseContext {
  file: MigrationFile;
  options: RuleOptions;
  /** All top-level statements of the file. */
  statements: readonly Statement[];
  /**
   * True when the table was created in this file or, with `--base`, in a file this change adds:
   * nobody else can be using it yet, so locking or rewriting it is harmless.
   */
  isNew(table: QualifiedName | TableModel): boolean;
  /**
   * True when an object with this origin (e.g. a column's `addedBy`) was made by this file or,
   * with `--base`, by a file this change adds.
   */
  isNewOrigin(origin: Origin): boolean;
}

export interface StatementContext extends BaseContext {
  statement: Statement;
  /** The schema as it is just before this statement runs. */
  schema: SchemaModel;
  /** The statement runs inside an explicit BEGIN ... COMMIT written in the file. */
  inTransactionBlock: boolean;
  /**
   * What `compute` gives for this statement, computed once however many rules ask (the same
   * `key`, e.g. the helper function itself, for the same computation): forgotten when the
   * engine moves to the next statement, so the schema it was computed on is the one in force.
   * The value is shared: read it only.
   */
  memo<T>(key: object, compute: () => T): T;
  report(report: RuleReport): void;
}

export interface FileContext extends BaseContext {
  /** The schema at the end of the file. */
  schema: SchemaModel;
  /** Report against a statement (its line by default). */
  report(statement: Statement, report: RuleReport): void;
}

interface HistoryContext {
  /** Every file in the migrations directory now, in apply order. */
  files: readonly MigrationFile[];
  /** The files on the base ref, when `--base` was given. */
  baseFiles: readonly MigrationFile[] | undefined;
  /** Files deleted since the base ref. */
  deleted: readonly MigrationFile[];
  options: RuleOptions;
  report(file: MigrationFile, report: RuleReport & { line?: number }): void;
}

export interface Rule {
  meta: RuleMeta;
  /**
   * The node kinds of the statements `statement` looks at: the engine calls it for statements
   * of these kinds only (a DO block's statements by their own kind). Declared by rules whose
   * hook returns at once for any other kind, keeping nothing; left out, the hook sees every
   * statement.
   */
  statementKinds?: readonly NodeKind[];
  /** Called for every statement of a checked file, and every SQL statement a DO block runs. */
  statement?(context: StatementContext): void;
  /** Called once per checked file, after its last statement. */
  fileEnd?(context: FileContext): void;
  /** Called once per run with the whole directory. */
  history?(context: HistoryContext): void;
}
