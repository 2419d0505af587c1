import type { A_Expr, Node } from 'libpg-query';
import { parseFragment } from '../../sql/fragment-parses.ts';
import { relationName } from '../../schema/relation-names.ts';
import { nameParts, type QualifiedName, qualify } from '../../sql/names.ts';
import { embeddedLine } from '../../sql/plpgsql.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import { findNodes } from '../../sql/walk.ts';
import type { FileContext, Rule } from '../rule.ts';

/** `OLD.col = NEW.col` or `OLD.col <> NEW.col` (either order), as found in the source. */
interface RowComparison {
  op: '=' | '<>';
  left: string;
  right: string;
  columns: string[];
  line: number;
  /** Sides an `x IS NOT NULL AND ...` around the comparison proves not NULL (`OLD.col`). */
  guarded: Set<string>;
}

export const nullUnsafeComparison: Rule = {
  meta: {
    id: 'null-unsafe-comparison',
    defaultSeverity: 'warning',
    category: 'data',
    summary:
      'A trigger compares OLD.col and NEW.col with = or <>, which yields NULL (not true or false) when either is NULL.',
    fix: 'IF OLD.column_name IS DISTINCT FROM NEW.column_name THEN ... END IF;',
  },
  // At file end, so the triggers that bind each function (often written after it) are known.
  fileEnd(ctx) {
    for (const statement of ctx.statements) {
      const fn = nodeAs(statement.node, 'CreateFunctionStmt');
      if (fn && statement.plpgsql && returnsTrigger(fn.returnType?.names)) {
        const name = nameParts(fn.funcname);
        const tables = boundTables(ctx, name);
        for (const sql of statement.plpgsql.sql) {
          const found = sql.nodes.flatMap((node) =>
            rowComparisons(node, (location) => embeddedLine(sql, location)),
          );
          report(ctx, statement, found, tables, `trigger function ${name.join('.')}`);
        }
      }
      const trigger = nodeAs(statement.node, 'CreateTrigStmt');
      if (trigger?.whenClause) {
        const table = relationName(ctx.schema, trigger.relation);
        const found = whenClauseComparisons(statement);
        report(ctx, statement, found, [table], `the WHEN clause of trigger ${trigger.trigname}`);
      }
    }
  },
};

function report(
  ctx: FileContext,
  statement: Statement,
  found: RowComparison[],
  tables: QualifiedName[],
  where: string,
): void {
  const reported = new Set<number>();
  for (const cmp of found) {
    if (reported.has(cmp.line) || isNotNullEverywhere(ctx, tables, cmp.columns)) continue;
    reported.add(cmp.line);
    const text = `${cmp.left} ${cmp.op} ${cmp.right}`;
    const safe = `${cmp.left} ${cmp.op === '<>' ? 'IS DISTINCT FROM' : 'IS NOT DISTINCT FROM'} ${cmp.right}`;
    // A side tested IS NOT NULL in the same AND cannot be NULL there: only the other side can.
    const open = [cmp.left, cmp.right].filter((side) => !cmp.guarded.has(side));
    const [nullable] = open;
    if (nullable === undefined) continue;
    const oldSide = nullable.startsWith('OLD.');
    const missed =
      open.length === 2
        ? cmp.op === '<>'
          ? 'a change from NULL to a value, or from a value to NULL, counts as no change and the branch it guards is skipped'
          : 'two NULLs do not count as equal, and a change to or from NULL is neither equal nor unequal, so the wrong branch runs'
        : cmp.op === '<>'
          ? `a change ${oldSide ? 'from NULL to a value' : 'from a value to NULL'} counts as no change and the branch it guards is skipped`
          : `a change ${oldSide ? 'from NULL to a value' : 'from a value to NULL'} is neither equal nor unequal, so the wrong branch runs`;
    const when = open.length === 2 ? 'either side is NULL' : `${nullable} is NULL`;
    ctx.report(statement, {
      line: cmp.line,
      message: `${text} in ${where} is NULL, not true or false, when ${when}: ${missed}.`,
      fix: `${safe}  -- NULL-safe: compares NULLs as ordinary values`,
    });
  }
}

function returnsTrigger(names: Node[] | undefined): boolean {
  return nameParts(names).at(-1) === 'trigger';
}

/**
 * Tables whose triggers run the function at the end of the file, wherever they were created (a
 * function replaced by a later file keeps its triggers): the schema model keeps them.
 */
function boundTables(ctx: FileContext, fnName: string[]): QualifiedName[] {
  const tables = new Set<QualifiedName>();
  // A function named with its schema is matched to what each trigger resolved to when created.
  const qualified =
    fnName.length > 1 ? qualify(fnName.at(-2) ?? '', fnName.at(-1) ?? '') : undefined;
  for (const trigger of ctx.schema.triggers.values()) {
    const same =
      qualified !== undefined && trigger.function !== undefined
        ? trigger.function === qualified
        : calls(trigger.fn, fnName);
    if (same) tables.add(trigger.table);
  }
  return [...tables];
}

/** The trigger's function name (as written) may be the function: same name, and same schema when both say one. */
function calls(called: readonly string[], fnName: readonly string[]): boolean {
  if (called.at(-1) !== fnName.at(-1)) return false;
  const bothQualified = called.length > 1 && fnName.length > 1;
  return !bothQualified || called.at(-2) === fnName.at(-2);
}

/**
 * The comparison cannot meet a NULL when every table the trigger runs on declares the
 * compared columns NOT NULL. With no known table, NULLs are possible.
 */
function isNotNullEverywhere(
  ctx: FileContext,
  tables: QualifiedName[],
  columns: string[],
): boolean {
  if (tables.length === 0) return false;
  return tables.every((t) => columns.every((c) => ctx.schema.column(t, c)?.notNull === true));
}

function rowComparisons(
  root: unknown,
  lineOf: (location: number | undefined) => number,
): RowComparison[] {
  const guards = notNullGuards(root);
  return findNodes(root, 'A_Expr').flatMap((expr) => {
    const cmp = rowComparison(expr);
    if (!cmp) return [];
    const line = lineOf(nodeAs(expr.lexpr, 'ColumnRef')?.location);
    return [{ ...cmp, line, guarded: guards.get(expr) ?? new Set<string>() }];
  });
}

/**
 * For each comparison that is an operand of an AND (`OLD.col IS NOT NULL AND OLD.col <> NEW.col`),
 * the OLD/NEW fields the same AND tests IS NOT NULL.
 */
function notNullGuards(root: unknown): Map<A_Expr, Set<string>> {
  const guards = new Map<A_Expr, Set<string>>();
  for (const bool of findNodes(root, 'BoolExpr')) {
    if (bool.boolop !== 'AND_EXPR') continue;
    const tested = new Set<string>();
    for (const arg of bool.args ?? []) {
      const test = nodeAs(arg, 'NullTest');
      const field = test?.nulltesttype === 'IS_NOT_NULL' ? recordField(test.arg) : undefined;
      if (field) tested.add(`${field.record.toUpperCase()}.${field.column}`);
    }
    if (tested.size === 0) continue;
    for (const arg of bool.args ?? []) {
      const expr = nodeAs(arg, 'A_Expr');
      if (expr) guards.set(expr, new Set([...(guards.get(expr) ?? []), ...tested]));
    }
  }
  return guards;
}

function rowComparison(expr: A_Expr): Omit<RowComparison, 'line' | 'guarded'> | undefined {
  if (expr.kind !== 'AEXPR_OP') return undefined;
  const op = nameParts(expr.name)[0];
  if (op !== '=' && op !== '<>' && op !== '!=') return undefined;
  const left = recordField(expr.lexpr);
  const right = recordField(expr.rexpr);
  if (!left || !right || left.record === right.record) return undefined;
  return {
    op: op === '=' ? '=' : '<>',
    left: `${left.record.toUpperCase()}.${left.column}`,
    right: `${right.record.toUpperCase()}.${right.column}`,
    columns: [...new Set([left.column, right.column])],
  };
}

/** `OLD.col` or `NEW.col`. */
function recordField(
  node: Node | undefined,
): { record: 'old' | 'new'; column: string } | undefined {
  const parts = nameParts(nodeAs(node, 'ColumnRef')?.fields);
  if (parts.length !== 2) return undefined;
  const [record, column] = parts;
  if ((record !== 'old' && record !== 'new') || column === undefined) return undefined;
  return { record, column };
}

/**
 * Comparisons in a CREATE TRIGGER ... WHEN clause, at their own lines. The statement is parsed
 * again on its own so that node locations count from its first character.
 */
function whenClauseComparisons(statement: Statement): RowComparison[] {
  let when: Node | undefined;
  try {
    const parsed = parseFragment(statement.text) as { stmts?: { stmt: Node }[] };
    when = nodeAs(parsed.stmts?.[0]?.stmt, 'CreateTrigStmt')?.whenClause;
  } catch {
    return [];
  }
  const bytes = new TextEncoder().encode(statement.text);
  return rowComparisons(when, (location) => {
    let line = statement.line;
    for (let i = 0; i < Math.min(location ?? 0, bytes.length); i++) if (bytes[i] === 10) line++;
    return line;
  });
}
