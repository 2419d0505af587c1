import type { Node } from 'libpg-query';
import { optionString, parseStatements, sqlFunctionBody } from './function-body.ts';
import { embeddedLine, parsePlpgsqlBody } from './plpgsql.ts';
import type { PlpgsqlBody } from './plpgsql-body.ts';
import { mayName } from './may-name.ts';
import { nodeAs } from './statement.ts';
import { walkNodes } from './walk.ts';

/**
 * The value a statement gives a setting: a literal as Postgres receives it (as text), the
 * setting's default (`DEFAULT`, `RESET`, a NULL to set_config), or one only the server knows
 * (an expression, a variable, `FROM CURRENT`, a list).
 */
type SettingValue = { kind: 'literal'; text: string } | { kind: 'default' } | { kind: 'computed' };

/**
 * When the change takes effect:
 * - `statement`: when the migration runs the statement (top level);
 * - `block`: part-way through a DO block (one statement for whoever runs the file);
 * - `function`: when a function defined here is called (its SET clause or its body);
 * - `sessions`: for later sessions (ALTER DATABASE/ROLE ... SET, ALTER SYSTEM).
 */
export type SettingScope = 'statement' | 'block' | 'function' | 'sessions';

/** One change of a run-time setting (GUC) a statement makes or defines. */
export interface SettingChange {
  /** Lower-cased setting name; null when set_config's name is computed. */
  setting: string | null;
  value: SettingValue;
  /** How it is written, e.g. `SET LOCAL`, `set_config`, `ALTER DATABASE ... SET`. */
  how: string;
  scope: SettingScope;
  /** File line, for SQL inside a DO block or PL/pgSQL body; the statement's own line otherwise. */
  line?: number;
}

/** A statement as `parseSql` makes it; `plpgsql` is read from `text` when absent. */
export interface SettingStatement {
  node: Node;
  text?: string;
  line?: number;
  plpgsql?: PlpgsqlBody;
}

/**
 * Every setting change a statement makes, with those of the DO blocks and function bodies it
 * carries (nested ones included) and of EXECUTE with a constant string. Other dynamic SQL
 * (EXECUTE of a built string) cannot be seen.
 */
export function settingChangesOf(
  statement: SettingStatement,
  scope: SettingScope = 'statement',
): readonly SettingChange[] {
  if (scope !== 'statement') return changesOf(statement, scope);
  // Two rules (and the apply engine) ask about every statement: walked once.
  let changes = knownChanges.get(statement);
  if (changes === undefined) {
    changes = changesOf(statement, scope);
    knownChanges.set(statement, changes);
  }
  return changes;
}

const knownChanges = new WeakMap<SettingStatement, readonly SettingChange[]>();

/**
 * Every way a statement changes a setting is written with a word holding "set": SET, RESET,
 * set_config, pg_settings, ALTER ROLE/DATABASE/SYSTEM ... SET, a function's SET clause.
 */
const SETTING_WORDS = ['set'];

function changesOf(statement: SettingStatement, scope: SettingScope): SettingChange[] {
  if (statement.text !== undefined && !mayName(statement.text, SETTING_WORDS)) return [];
  const found = settingChangesIn(statement.node, scope);
  const block = nodeAs(statement.node, 'DoStmt');
  const body =
    statement.plpgsql ??
    (statement.text === undefined
      ? undefined
      : plpgsqlOf(statement.node, statement.text, statement.line ?? 1));
  if (!body) return found;
  const inner: SettingScope = block && scope !== 'function' ? 'block' : 'function';
  for (const sql of body.sql) {
    for (const node of sql.nodes) {
      const line = embeddedLine(sql, locationOf(node));
      const changes =
        sql.mode === 'statement'
          ? settingChangesOf({ node, text: sql.sql, line: sql.line }, inner)
          : [...settingChangesIn(node, inner), ...executedString(node, inner)];
      for (const change of changes) found.push({ ...change, line: change.line ?? line });
    }
  }
  return found;
}

/** The changes in one parsed node, SQL function bodies included (not PL/pgSQL bodies). */
function settingChangesIn(root: Node, scope: SettingScope): SettingChange[] {
  const found: SettingChange[] = [];
  walkNodes(root, (node, kind) => {
    if (!SETTING_KINDS.has(kind)) return true;
    const set = nodeAs(node, 'VariableSetStmt');
    if (set) {
      const change = fromSetStatement(set, set.is_local ? 'SET LOCAL' : 'SET', scope);
      if (change) found.push(change);
      return false;
    }
    const call = nodeAs(node, 'FuncCall');
    if (call) {
      const change = fromSetConfig(call.funcname, call.args, scope);
      if (change) found.push(change);
      return true;
    }
    const update = nodeAs(node, 'UpdateStmt');
    if (update?.relation?.relname === 'pg_settings') {
      found.push(...fromSettingsUpdate(update.targetList, update.whereClause, scope));
      return true;
    }
    const persistent = SESSION_SETTERS[kind];
    if (persistent) {
      const setstmt = (node as unknown as Record<string, { setstmt?: unknown }>)[kind]?.setstmt;
      const change = setstmt ? fromSetStatement(setstmt, persistent, 'sessions') : undefined;
      if (change) found.push(change);
      return false;
    }
    const fn = nodeAs(node, 'CreateFunctionStmt');
    if (fn) {
      found.push(...functionSetClauses(fn.options, 'CREATE FUNCTION ... SET'));
      const body = sqlFunctionBody(fn.options);
      if (body !== undefined)
        for (const inner of parseStatements(body))
          found.push(...settingChangesIn(inner, 'function'));
      // Parameter defaults and a BEGIN ATOMIC body run when the function is called.
      const rest = { ...fn, options: (fn.options ?? []).filter((o) => !isSetOption(o)) };
      found.push(...settingChangesIn(rest as unknown as Node, 'function'));
      return false;
    }
    const alter = nodeAs(node, 'AlterFunctionStmt');
    if (alter) {
      found.push(...functionSetClauses(alter.actions, 'ALTER FUNCTION ... SET'));
      return false;
    }
    return true;
  });
  return found;
}

const SESSION_SETTERS: Readonly<Record<string, string>> = {
  AlterDatabaseSetStmt: 'ALTER DATABASE ... SET',
  AlterRoleSetStmt: 'ALTER ROLE ... SET',
  AlterSystemStmt: 'ALTER SYSTEM SET',
};

/** The kinds of node `settingChangesIn` reads; the walk passes every other node by. */
const SETTING_KINDS: ReadonlySet<string> = new Set([
  'VariableSetStmt',
  'FuncCall',
  'UpdateStmt',
  ...Object.keys(SESSION_SETTERS),
  'CreateFunctionStmt',
  'AlterFunctionStmt',
]);

function isSetOption(option: Node): boolean {
  return nodeAs(option, 'DefElem')?.defname === 'set';
}

function functionSetClauses(options: Node[] | undefined, how: string): SettingChange[] {
  return (options ?? []).flatMap((option) => {
    const def = nodeAs(option, 'DefElem');
    const set = def?.defname === 'set' ? nodeAs(def.arg, 'VariableSetStmt') : undefined;
    const change = set ? fromSetStatement(set, how, 'function') : undefined;
    return change ? [change] : [];
  });
}

interface SetStatement {
  kind?: string;
  name?: string;
  args?: Node[];
}

function fromSetStatement(
  value: unknown,
  how: string,
  scope: SettingScope,
): SettingChange | undefined {
  const set = value as SetStatement;
  if (set.name === undefined) return undefined;
  const setting = set.name.toLowerCase();
  switch (set.kind) {
    case 'VAR_SET_VALUE': {
      // A list (`SET search_path = a, b`) reaches the setting as one string, `a, b`.
      const items = (set.args ?? []).map(literalOf);
      const change: SettingValue =
        items.length === 0 || items.some((i) => i === undefined)
          ? { kind: 'computed' }
          : { kind: 'literal', text: items.join(', ') };
      return { setting, value: change, how, scope };
    }
    case 'VAR_SET_DEFAULT':
      return { setting, value: { kind: 'default' }, how, scope };
    case 'VAR_RESET':
      return { setting, value: { kind: 'default' }, how: how.replace(/SET\b/, 'RESET'), scope };
    case 'VAR_SET_CURRENT':
      return { setting, value: { kind: 'computed' }, how, scope };
    default:
      return undefined;
  }
}

function fromSetConfig(
  funcname: Node[] | undefined,
  args: Node[] | undefined,
  scope: SettingScope,
): SettingChange | undefined {
  const name = (funcname ?? []).map((n) => nodeAs(n, 'String')?.sval);
  const builtin =
    (name.length === 1 && name[0] === 'set_config') ||
    (name.length === 2 && name[0] === 'pg_catalog' && name[1] === 'set_config');
  if (!builtin) return undefined;
  const setting = literalOf(args?.[0])?.toLowerCase() ?? null;
  return { setting, value: settingValueOf(args?.[1]), how: 'set_config', scope };
}

/** `UPDATE pg_settings SET setting = ... WHERE name = '...'` calls set_config for each row. */
function fromSettingsUpdate(
  targets: Node[] | undefined,
  where: Node | undefined,
  scope: SettingScope,
): SettingChange[] {
  let value: SettingValue | undefined;
  for (const target of targets ?? []) {
    const res = nodeAs(target, 'ResTarget');
    if (res?.name === 'setting') value = settingValueOf(res.val);
  }
  if (!value) return [];
  const names: string[] = [];
  walkNodes(where, (node) => {
    const text = literalOf(node);
    if (text !== undefined) names.push(text.toLowerCase());
    return true;
  });
  const settings: (string | null)[] = names.length > 0 ? names : [null];
  return settings.map((setting) => ({
    setting,
    value: value ?? { kind: 'computed' },
    how: 'UPDATE pg_settings',
    scope,
  }));
}

/** A set_config value: a literal (through casts), NULL for the default, or computed. */
function settingValueOf(node: Node | undefined): SettingValue {
  const inner = withoutCasts(node);
  if (nodeAs(inner, 'A_Const')?.isnull) return { kind: 'default' };
  const text = literalOf(inner);
  return text === undefined ? { kind: 'computed' } : { kind: 'literal', text };
}

/** What a change does, as the SQL a reader would look for. */
export function describeSettingChange(change: SettingChange): string {
  const setting = change.setting ?? '<computed name>';
  const value = valueText(change.value);
  if (change.how.endsWith('set_config')) {
    const prefix = change.how.slice(0, -'set_config'.length);
    return `${prefix}set_config('${setting}', ${value === 'DEFAULT' ? 'NULL' : value}, ...)`;
  }
  if (change.how.includes('RESET')) return `${change.how} ${setting}`;
  if (change.how.endsWith('UPDATE pg_settings'))
    return `${change.how} SET setting = ${value} (${setting})`;
  return `${change.how} ${setting} = ${valueText(change.value, true)}`;
}

/** The value as SQL; in SET syntax, numbers and plain words as they are usually written. */
function valueText(value: SettingValue, setSyntax = false): string {
  if (value.kind === 'literal') {
    if (setSyntax && /^(?:\d+(?:\.\d+)?|[a-z_][a-z0-9_]*)$/.test(value.text)) return value.text;
    return `'${value.text.replace(/'/g, "''")}'`;
  }
  return value.kind === 'default' ? 'DEFAULT' : '<computed value>';
}

/** A constant as the text Postgres hands the setting; undefined for anything else. */
function literalOf(node: Node | undefined): string | undefined {
  const constant = nodeAs(withoutCasts(node), 'A_Const');
  if (!constant || constant.isnull) return undefined;
  // Zero and false are omitted from the parse tree's JSON: `{ ival: {} }`.
  if (constant.sval) return constant.sval.sval ?? '';
  if (constant.ival) return String(constant.ival.ival ?? 0);
  if (constant.fval) return constant.fval.fval ?? '0';
  if (constant.boolval) return constant.boolval.boolval ? 'true' : 'false';
  return undefined;
}

function withoutCasts(node: Node | undefined): Node | undefined {
  let current = node;
  for (let cast = nodeAs(current, 'TypeCast'); cast; cast = nodeAs(current, 'TypeCast'))
    current = cast.arg;
  return current;
}

/** `EXECUTE 'SET ...'`: a constant string in a PL/pgSQL body, read as the SQL it may run. */
function executedString(node: Node, scope: SettingScope): SettingChange[] {
  const text = nodeAs(node, 'A_Const')?.sval?.sval;
  if (text === undefined || !/\bset\b|\bupdate\b|\bdo\b/i.test(text)) return [];
  return parseStatements(text).flatMap((inner) =>
    settingChangesOf({ node: inner, text }, scope).map((c) => ({ ...c, how: `EXECUTE ${c.how}` })),
  );
}

function locationOf(node: Node): number | undefined {
  const inner = Object.values(node)[0] as { location?: number } | undefined;
  return inner?.location;
}

function plpgsqlOf(node: Node, text: string, line: number): PlpgsqlBody | undefined {
  const block = nodeAs(node, 'DoStmt');
  const fn = nodeAs(node, 'CreateFunctionStmt');
  if (!block && !fn) return undefined;
  const lang = optionString(block?.args ?? fn?.options, 'language')?.toLowerCase();
  if ((lang ?? (block ? 'plpgsql' : 'sql')) !== 'plpgsql') return undefined;
  return parsePlpgsqlBody(text, block ? 'do' : 'function', line);
}
