import { fileRefusals } from '../apply/apply-migrations.ts';
import { applyPolicyDropLoops } from '../schema/apply-policy-loops.ts';
import type { PlanProblem } from '../apply/apply-plan.ts';
import type { Config } from '../config/config.ts';
import {
  compareMigrations,
  type MigrationFile,
  type OversizeFile,
  oversizeWords,
} from '../migrations/migration-file.ts';
import { ruleDocsUrl } from '../project.ts';
import { compareFindings, type Finding, type Severity } from '../report/finding.ts';
import type { Rule, RuleReport, StatementContext } from '../rules/rule.ts';
import { applyStatement } from '../schema/apply-statement.ts';
import { type Origin, SchemaModel, type TableModel } from '../schema/schema-model.ts';
import { newTable } from '../schema/table-definition.ts';
import { type ParsedSql, parseSql } from '../sql/parse-sql.ts';
import { kindOf, type NodeKind, nodeAs, type Statement } from '../sql/statement.ts';
import {
  ENGINE_IDS,
  ENGINE_RULES,
  engineFinding,
  engineSetting,
  withEngineSeverities,
} from './engine-findings.ts';
import { mergeSameProblem } from './same-problem.ts';
import { applySuppressions } from './suppressions.ts';

export interface LintRequest {
  /** Every file of the migrations directory now (misnamed ones included). */
  files: MigrationFile[];
  /** Paths of the files to check; the others only build the schema. */
  checked: ReadonlySet<string>;
  /** Paths of files this change adds (with `--base`): objects they create are new. */
  added?: ReadonlySet<string>;
  /** Files on the base ref, with `--base`. */
  baseFiles?: MigrationFile[];
  /** Files on the base ref that are gone now. */
  deleted?: MigrationFile[];
  config: Config;
  rules: readonly Rule[];
  /**
   * The model to replay into; pass one to read the schema as the history leaves it (the
   * post-migration checks plan from it). A fresh model by default.
   */
  schema?: SchemaModel;
  /** Parses a file's text; a parse cache stands in for `parseSql` here. */
  parse?: (sql: string) => ParsedSql;
}

/** The lint verdict on one file. */
export interface FileLint {
  file: MigrationFile;
  findings: Finding[];
  statements: LintedStatement[];
}

/**
 * A statement of a linted file as the report and the suppressions read it: without its parse
 * tree, which is let go once the file is linted (a check of a 448-file history spent a sixth of
 * its time collecting garbage while every tree was kept to the end; BENCHMARKS.md). Who needs
 * the trees after the lint parses the file again (`CheckOutcome.parse`, from the cache).
 */
type LintedStatement = Pick<
  Statement,
  'index' | 'kind' | 'text' | 'start' | 'end' | 'line' | 'column' | 'endLine' | 'suppressions'
>;

function linted(s: Statement): LintedStatement {
  return {
    index: s.index,
    kind: s.kind,
    text: s.text,
    start: s.start,
    end: s.end,
    line: s.line,
    column: s.column,
    endLine: s.endLine,
    suppressions: s.suppressions,
  };
}

/** What the suppressions need of a file's parse once its statements are linted. */
interface LintedFile {
  statements: LintedStatement[];
  fileSuppressions: ParsedSql['fileSuppressions'];
  suppressionProblems: ParsedSql['suppressionProblems'];
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  /** The config sets this rule's severity: it then wins over a report's own severity. */
  configured: boolean;
}

type StatementRule = ActiveRule & { rule: { statement: NonNullable<Rule['statement']> } };

const noReport = (): void => undefined;

/**
 * Replay the migration history in apply order, running the rules on the files under check.
 * Each rule sees the schema as it stands just before the statement it looks at.
 */
export function lintMigrations(request: LintRequest): FileLint[] {
  const { config } = request;
  const active: ActiveRule[] = request.rules.flatMap((rule) => {
    const setting = config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    const configured = config.rules[rule.meta.id] !== undefined;
    return setting === 'off' ? [] : [{ rule, severity: setting, configured }];
  });
  const statementRules = active.filter((a): a is StatementRule => a.rule.statement !== undefined);
  // The statement rules to call for each node kind (`Rule.statementKinds`), by their index in
  // `statementRules` and in its order; made on first use.
  const rulesByKind = new Map<NodeKind, number[]>();
  const rulesFor = (kind: NodeKind): number[] => {
    let list = rulesByKind.get(kind);
    if (list === undefined) {
      list = [];
      for (const [i, active] of statementRules.entries()) {
        const kinds = active.rule.statementKinds;
        if (kinds === undefined || kinds.includes(kind)) list.push(i);
      }
      rulesByKind.set(kind, list);
    }
    return list;
  };
  const known = new Set([...request.rules, ...ENGINE_RULES].map((r) => r.meta.id));
  const activeIds = new Set(active.map((a) => a.rule.meta.id));
  const subsumes = new Map(request.rules.map((r) => [r.meta.id, r.meta.subsumes]));
  const subsumesOf = (id: string) => subsumes.get(id);
  for (const id of ENGINE_IDS) if (engineSetting(config, id) !== 'off') activeIds.add(id);
  // Suppressions are applied after the history rules, so a file suppression covers them too.
  const parsedFiles = new Map<string, LintedFile>();
  const added = request.added ?? new Set<string>();
  const model = request.schema ?? new SchemaModel();
  const results = new Map<string, FileLint>();
  /** Per checked file: what makes the apply engine refuse it. */
  const refusals = new Map<string, PlanProblem[]>();
  const ordered = [...request.files].sort(compareMigrations);
  const parse = request.parse ?? parseSql;
  const lastChecked = ordered.findLast((f) => f.version !== null && request.checked.has(f.path));
  const settledBy = new Map(
    request.rules.flatMap((r) => (r.meta.settledBy ? [[r.meta.id, r.meta.settledBy]] : [])),
  );

  const finding = (
    rule: ActiveRule,
    r: RuleReport,
    line: number,
    column: number,
    stmt?: number,
  ) => {
    const f: Finding = {
      rule: rule.rule.meta.id,
      severity: !rule.configured && r.severity ? r.severity : rule.severity,
      line: r.line ?? line,
      column: r.column ?? column,
      message: r.message,
      source: 'lint',
      fix: r.fix ?? rule.rule.meta.fix,
      docs: ruleDocsUrl(rule.rule.meta.id),
    };
    if (stmt !== undefined) f.statement = stmt;
    if (r.problems) f.problems = r.problems;
    return f;
  };

  for (const file of ordered) {
    if (file.version === null) {
      // The Supabase CLI skips misnamed files; so does the schema. migration-filename reports them.
      if (request.checked.has(file.path)) {
        results.set(file.path, { file, findings: [], statements: [] });
      }
      continue;
    }
    const checking = request.checked.has(file.path);
    if (file.oversize) {
      // Not read: reported, and its objects stay unknown to the schema of the files after it.
      if (checking) {
        const findings = withEngineSeverities([oversizeFinding(file.oversize)], config);
        results.set(file.path, { file, findings, statements: [] });
        refusals.set(file.path, [
          {
            line: 1,
            rule: 'file-too-large',
            message: `file-too-large: the file is ${oversizeWords(file.oversize)}, so it was not read; deploy refuses it`,
          },
        ]);
      }
      continue;
    }
    const parsed = parse(file.sql);
    if (checking) refusals.set(file.path, fileRefusals(parsed, config.apply));
    // A CREATE TABLE that does not parse still makes its table new for the rest of the file.
    for (const error of parsed.errors) {
      if (!error.createsTable) continue;
      const name = model.resolveRelation(error.createsTable.schema, error.createsTable.name);
      if (model.tables.has(name)) continue;
      const table = newTable(name, 'table', {
        file: file.path,
        version: file.version,
        statement: -1,
      });
      table.columnsUnknown = true;
      model.tables.set(name, table);
    }
    const findings: Finding[] = [];
    const isNew = (t: string | TableModel) => {
      const table = typeof t === 'string' ? model.table(t) : t;
      if (!table) return false;
      return table.createdBy.file === file.path || added.has(table.createdBy.file);
    };
    const isNewOrigin = (origin: Origin) => origin.file === file.path || added.has(origin.file);
    // One context per file, its statement fields moved along, and one reporter per rule: a
    // context spread per rule and statement was a third of the lint's CPU on large histories.
    let unit: Statement | undefined;
    let statementIndex = 0;
    const reporters = statementRules.map(
      (rule) => (r: RuleReport) =>
        findings.push(finding(rule, r, unit?.line ?? 1, unit?.column ?? 1, statementIndex)),
    );
    const memos = new Map<object, unknown>();
    const context: StatementContext = {
      file,
      options: config,
      statements: parsed.statements,
      isNew,
      isNewOrigin,
      statement: parsed.statements[0] as Statement,
      schema: model,
      inTransactionBlock: false,
      memo: <T>(key: object, compute: () => T): T => {
        if (memos.has(key)) return memos.get(key) as T;
        const value = compute();
        memos.set(key, value);
        return value;
      },
      report: noReport,
    };
    let inTransactionBlock = false;
    for (const statement of parsed.statements) {
      const origin: Origin = { file: file.path, version: file.version, statement: statement.index };
      const units = [statement, ...embeddedStatements(statement)];
      for (const current of units) {
        if (checking) {
          unit = current;
          statementIndex = statement.index;
          context.statement = current;
          context.inTransactionBlock = inTransactionBlock;
          memos.clear();
          for (const i of rulesFor(current.kind)) {
            context.report = reporters[i] as (r: RuleReport) => void;
            (statementRules[i] as StatementRule).rule.statement(context);
          }
        }
        applyStatement(model, current.node, origin);
      }
      // A DO block looping over pg_policies to drop them: dynamic SQL the units above miss.
      applyPolicyDropLoops(model, statement);
      const tx = nodeAs(statement.node, 'TransactionStmt');
      if (tx?.kind === 'TRANS_STMT_BEGIN' || tx?.kind === 'TRANS_STMT_START') {
        inTransactionBlock = true;
      } else if (
        tx?.kind === 'TRANS_STMT_COMMIT' ||
        tx?.kind === 'TRANS_STMT_ROLLBACK' ||
        tx?.kind === 'TRANS_STMT_PREPARE'
      ) {
        inTransactionBlock = false;
      }
    }
    if (!checking) continue;
    for (const rule of active) {
      rule.rule.fileEnd?.({
        file,
        options: config,
        statements: parsed.statements,
        isNew,
        isNewOrigin,
        schema: model,
        report: (statement, r) =>
          findings.push(finding(rule, r, statement.line, statement.column, statement.index)),
      });
    }
    for (const error of parsed.errors) {
      const message = `Postgres cannot parse this: ${error.message}.`;
      findings.push({
        ...engineFinding('syntax-error', error.line, message),
        column: error.column,
      });
    }
    const statements = parsed.statements.map(linted);
    results.set(file.path, { file, findings, statements });
    parsedFiles.set(file.path, {
      statements,
      fileSuppressions: parsed.fileSuppressions,
      suppressionProblems: parsed.suppressionProblems,
    });
    if (file === lastChecked) dropSettled(results, settledBy, model);
  }

  runHistoryRules(request, active, results);
  for (const [path, parsed] of parsedFiles) {
    const result = results.get(path);
    if (!result) continue;
    const kept = applySuppressions(
      result.findings,
      parsed.statements,
      parsed.fileSuppressions,
      known,
      activeIds,
    );
    for (const problem of parsed.suppressionProblems) {
      kept.push(engineFinding('invalid-suppression', problem.line, problem.message));
    }
    result.findings = mergeSameProblem(withEngineSeverities(kept, config), subsumesOf);
  }
  for (const [path, problems] of refusals) {
    const result = results.get(path);
    if (result) result.findings.push(...refusalFindings(problems, result.findings));
  }
  for (const result of results.values()) result.findings.sort(compareFindings);
  return [...results.values()].sort((a, b) => compareMigrations(a.file, b.file));
}

/**
 * Leave out the findings whose every problem the files under check settle by the end of the
 * last of them (`RuleMeta.settledBy`), judged on the schema as that file leaves it.
 */
function dropSettled(
  results: Map<string, FileLint>,
  settledBy: Map<string, NonNullable<Rule['meta']['settledBy']>>,
  schema: SchemaModel,
): void {
  if (settledBy.size === 0) return;
  for (const result of results.values()) {
    result.findings = result.findings.filter((f) => {
      const settled = settledBy.get(f.rule);
      if (!settled || !f.problems || f.problems.length === 0) return true;
      return !f.problems.every((problem) => settled(problem, schema));
    });
  }
}

/**
 * An `apply-refused` error for each problem that makes the engine refuse the file and that no
 * error of its own rule in the file reports (turned off, lowered, suppressed, or a problem only
 * the engine has: transaction control). Added after suppressions and the config, which cannot
 * touch it.
 */
function refusalFindings(problems: readonly PlanProblem[], kept: readonly Finding[]): Finding[] {
  const reported = new Set(kept.filter((f) => f.severity === 'error').map((f) => f.rule));
  return problems
    .filter((p) => p.rule === undefined || !reported.has(p.rule))
    .map((p) => {
      const found = engineFinding(
        'apply-refused',
        p.line,
        `The apply engine refuses this file, on staging and in production, so nothing of it runs: ${p.message.replace(/\.$/, '')}.`,
      );
      return { ...found, severity: 'error' as const };
    });
}

function oversizeFinding(oversize: OversizeFile): Finding {
  return engineFinding(
    'file-too-large',
    1,
    `This file is ${oversizeWords(oversize)} (MIGRATION_GUARD_MAX_FILE_BYTES sets another): it was not read, so it is not linted, staging stops before it and deploy refuses it. The files after it are checked without what it creates.`,
  );
}

/** SQL statements a DO block runs, as statements of their own at their lines. */
function embeddedStatements(statement: Statement): Statement[] {
  if (statement.plpgsql?.context !== 'do') return [];
  return statement.plpgsql.sql.flatMap((sql) =>
    sql.mode === 'statement'
      ? sql.nodes.map((node) => ({
          index: statement.index,
          kind: kindOf(node),
          node,
          text: sql.sql,
          start: statement.start,
          end: statement.end,
          line: sql.line,
          column: 1,
          endLine: sql.line,
          suppressions: statement.suppressions,
          parent: statement,
        }))
      : [],
  );
}

function runHistoryRules(
  request: LintRequest,
  active: ActiveRule[],
  results: Map<string, FileLint>,
): void {
  const ordered = [...request.files].sort(compareMigrations);
  for (const rule of active) {
    rule.rule.history?.({
      files: ordered,
      baseFiles: request.baseFiles,
      deleted: request.deleted ?? [],
      options: request.config,
      report: (file, r) => {
        let result = results.get(file.path);
        if (!result) {
          // Deleted files, and unchecked files the rule has something to say about.
          result = { file, findings: [], statements: [] };
          results.set(file.path, result);
        }
        result.findings.push({
          rule: rule.rule.meta.id,
          severity: !rule.configured && r.severity ? r.severity : rule.severity,
          line: r.line ?? 1,
          column: r.column ?? 1,
          message: r.message,
          source: 'lint',
          fix: r.fix ?? rule.rule.meta.fix,
          docs: ruleDocsUrl(rule.rule.meta.id),
        });
      },
    });
  }
}
