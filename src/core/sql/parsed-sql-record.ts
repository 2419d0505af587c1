import type { Node } from 'libpg-query';
import { type ParsedSql, withoutByteOrderMark } from './parse-sql.ts';
import type { EmbeddedSql, PlpgsqlBody, PlpgsqlLoop } from './plpgsql-body.ts';
import { SourceText } from './source-text.ts';
import { kindOf, type Statement, type Suppression } from './statement.ts';

/**
 * A parse as plain JSON data, for a parse cache: what `parseSql` derives from the file's text
 * alone (statement text, kind, line and column) is left out and derived again, and the
 * PL/pgSQL loops, which point at the statements they hold and back, become indices.
 *
 * A record is read back from disk, so `fromRecord` checks every field it uses and returns
 * undefined for anything malformed; the caller then parses the text instead. The parse trees
 * (`node`, `nodes`) are only checked to be objects: a record is looked up by the sha256 of the
 * text and carries that sha256 (the cache checks it), which rules out a record of another
 * text or a damaged file, not one forged on purpose.
 */
export interface ParsedSqlRecord {
  statements: StatementRecord[];
  errors: ParsedSql['errors'];
  fileSuppressions: Suppression[];
  suppressionProblems: ParsedSql['suppressionProblems'];
}

interface StatementRecord {
  node: Node;
  start: number;
  end: number;
  suppressions: Suppression[];
  /** `Statement.locationBase`: where the node's locations count from. */
  locationBase?: number;
  plpgsql?: PlpgsqlRecord;
}

interface PlpgsqlRecord {
  context: PlpgsqlBody['context'];
  sql: EmbeddedRecord[];
  loops: LoopRecord[];
  commits: boolean;
  dynamic: boolean;
}

type EmbeddedRecord = Omit<EmbeddedSql, 'loops'> & { loops: number[] };
type LoopRecord = Omit<PlpgsqlLoop, 'statements'> & { statements: number[] };

export function toRecord(parsed: ParsedSql): ParsedSqlRecord {
  return {
    statements: parsed.statements.map((s) => {
      const record: StatementRecord = {
        node: s.node,
        start: s.start,
        end: s.end,
        suppressions: s.suppressions,
      };
      if (s.locationBase !== undefined) record.locationBase = s.locationBase;
      if (s.plpgsql) record.plpgsql = plpgsqlRecord(s.plpgsql);
      return record;
    }),
    errors: parsed.errors,
    fileSuppressions: parsed.fileSuppressions,
    suppressionProblems: parsed.suppressionProblems,
  };
}

function plpgsqlRecord(body: PlpgsqlBody): PlpgsqlRecord {
  return {
    context: body.context,
    sql: body.sql.map((e) => ({ ...e, loops: e.loops.map((l) => body.loops.indexOf(l)) })),
    loops: body.loops.map((l) => ({
      ...l,
      statements: l.statements.map((e) => body.sql.indexOf(e)),
    })),
    commits: body.commits,
    dynamic: body.dynamic,
  };
}

/** The parse of `file` a record holds, as `parseSql(file)` returns it; undefined if malformed. */
export function fromRecord(file: string, value: unknown): ParsedSql | undefined {
  if (!isObject(value)) return undefined;
  const { statements, errors, fileSuppressions, suppressionProblems } = value;
  if (
    !Array.isArray(statements) ||
    !isArrayOf(errors, isSyntaxError) ||
    !isArrayOf(fileSuppressions, (s) => isSuppression(s, 'file')) ||
    !isArrayOf(suppressionProblems, isSuppressionProblem)
  ) {
    return undefined;
  }
  const text = withoutByteOrderMark(file);
  const source = new SourceText(text);
  const parsed: ParsedSql = {
    source,
    statements: [],
    errors,
    fileSuppressions,
    suppressionProblems,
  };
  for (const record of statements) {
    const statement = statementFrom(record, parsed.statements.length, source);
    if (!statement) return undefined;
    parsed.statements.push(statement);
  }
  return parsed;
}

function statementFrom(record: unknown, index: number, source: SourceText): Statement | undefined {
  if (!isObject(record)) return undefined;
  const { node, start, end, suppressions, locationBase, plpgsql } = record;
  if (
    !isNode(node) ||
    !isOffset(start, source.text.length) ||
    !isOffset(end, source.text.length) ||
    start > end ||
    !isArrayOf(suppressions, (s) => isSuppression(s, 'statement')) ||
    (locationBase !== undefined && !isInteger(locationBase))
  ) {
    return undefined;
  }
  const pos = source.position(start);
  // Same fields in the same order as parseSql makes them.
  const statement: Statement = {
    index,
    kind: kindOf(node),
    node,
    text: source.text.slice(start, end),
    start,
    end,
    line: pos.line,
    column: pos.column,
    endLine: source.position(Math.max(start, end - 1)).line,
    suppressions,
  };
  if (locationBase !== undefined) statement.locationBase = locationBase;
  if (plpgsql !== undefined) {
    const body = plpgsqlFrom(plpgsql);
    if (!body) return undefined;
    statement.plpgsql = body;
  }
  return statement;
}

function plpgsqlFrom(value: unknown): PlpgsqlBody | undefined {
  if (!isObject(value)) return undefined;
  const { context, sql, loops, commits, dynamic } = value;
  if (
    (context !== 'do' && context !== 'function') ||
    !Array.isArray(sql) ||
    !Array.isArray(loops) ||
    typeof commits !== 'boolean' ||
    typeof dynamic !== 'boolean'
  ) {
    return undefined;
  }
  const body: PlpgsqlBody = { context, sql: [], loops: [], commits, dynamic };
  const loopIndices: number[][] = [];
  for (const loop of loops) {
    if (
      !isObject(loop) ||
      (loop['kind'] !== 'loop' && loop['kind'] !== 'while' && loop['kind'] !== 'for') ||
      !isInteger(loop['line']) ||
      typeof loop['commits'] !== 'boolean' ||
      !isArrayOf(loop['statements'], (i) => isIndex(i, sql.length))
    ) {
      return undefined;
    }
    body.loops.push({
      kind: loop['kind'],
      line: loop['line'],
      commits: loop['commits'],
      statements: [],
    });
    loopIndices.push(loop['statements']);
  }
  for (const embedded of sql) {
    if (
      !isObject(embedded) ||
      typeof embedded['sql'] !== 'string' ||
      !isInteger(embedded['line']) ||
      (embedded['mode'] !== 'statement' && embedded['mode'] !== 'expression') ||
      !isArrayOf(embedded['nodes'], isNode) ||
      !isInteger(embedded['locationShift']) ||
      !isArrayOf(embedded['loops'], (i) => isIndex(i, loops.length))
    ) {
      return undefined;
    }
    body.sql.push({
      sql: embedded['sql'],
      line: embedded['line'],
      mode: embedded['mode'],
      nodes: embedded['nodes'],
      locationShift: embedded['locationShift'],
      loops: embedded['loops'].map((i) => body.loops[i] as PlpgsqlLoop),
    });
  }
  loopIndices.forEach((indices, at) => {
    (body.loops[at] as PlpgsqlLoop).statements = indices.map((i) => body.sql[i] as EmbeddedSql);
  });
  return body;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isArrayOf<T>(value: unknown, check: (item: unknown) => item is T): value is T[];
function isArrayOf(value: unknown, check: (item: unknown) => boolean): boolean;
function isArrayOf(value: unknown, check: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every(check);
}

function isInteger(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

function isOffset(value: unknown, length: number): value is number {
  return isInteger(value) && value >= 0 && value <= length;
}

function isIndex(value: unknown, length: number): value is number {
  return isInteger(value) && value >= 0 && value < length;
}

/** A parse tree node: an object with one key, its kind, holding an object. */
function isNode(value: unknown): value is Node {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && isObject(value[keys[0] as string]);
}

function isSuppression(value: unknown, scope: Suppression['scope']): value is Suppression {
  return (
    isObject(value) &&
    value['scope'] === scope &&
    isArrayOf(value['rules'], (r) => typeof r === 'string') &&
    typeof value['reason'] === 'string' &&
    isInteger(value['line']) &&
    value['used'] === undefined
  );
}

function isSuppressionProblem(value: unknown): value is ParsedSql['suppressionProblems'][number] {
  return isObject(value) && isInteger(value['line']) && typeof value['message'] === 'string';
}

function isSyntaxError(value: unknown): value is ParsedSql['errors'][number] {
  if (!isObject(value)) return false;
  const { message, line, column, createsTable } = value;
  if (typeof message !== 'string' || !isInteger(line) || !isInteger(column)) return false;
  return (
    createsTable === undefined ||
    (isObject(createsTable) &&
      typeof createsTable['name'] === 'string' &&
      (createsTable['schema'] === undefined || typeof createsTable['schema'] === 'string'))
  );
}
