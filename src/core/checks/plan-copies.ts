import type { InsertStmt, Node, RangeVar } from 'libpg-query';
import type { SchemaModel } from '../schema/schema-model.ts';
import { nodeAs } from '../sql/statement.ts';
import { walkNodes } from '../sql/walk.ts';
import type { PlannedCopy, StatementRef, TableTrack } from './check-plan.ts';
import type { TableTracker } from './table-tracker.ts';

/**
 * Aggregates turn many source rows into few target rows: such an INSERT ... SELECT derives
 * data, it does not copy rows, so it is no candidate for "rows that reached no target".
 */
const AGGREGATES = new Set([
  'count',
  'sum',
  'avg',
  'min',
  'max',
  'array_agg',
  'string_agg',
  'json_agg',
  'jsonb_agg',
  'json_object_agg',
  'jsonb_object_agg',
  'bool_and',
  'bool_or',
  'every',
  'bit_and',
  'bit_or',
  'xmlagg',
]);

export interface FoundCopy {
  source: TableTrack;
  copy: PlannedCopy;
  /**
   * Fill `copy.columnMap` once all the files are planned: the target's column order and the
   * source's columns are read from the model after the files, under the tables' final names.
   */
  mapColumns(): void;
}

/**
 * An `INSERT INTO target SELECT ... FROM source [WHERE ...]` that copies rows one for one from
 * a single table: no join, no DISTINCT, GROUP BY, aggregate, LIMIT, set operation or CTE.
 * Anything else derives rows rather than copying them and is left to the plain row counts.
 */
export function copyOf(
  insert: InsertStmt,
  tracker: TableTracker,
  model: SchemaModel,
  at: StatementRef,
): FoundCopy | undefined {
  const select = nodeAs(insert.selectStmt, 'SelectStmt');
  if (select?.op !== 'SETOP_NONE' || select.valuesLists || select.withClause) return;
  if (select.distinctClause || select.groupClause || select.havingClause) return;
  if (select.limitCount || select.limitOffset || hasAggregate(select.targetList)) return;
  const from = select.fromClause ?? [];
  const sourceRv = from.length === 1 ? nodeAs(from[0], 'RangeVar') : undefined;
  if (!sourceRv) return;
  const sourceName = tracker.resolve(sourceRv);
  const targetName = tracker.resolve(insert.relation);
  if (sourceName === undefined || targetName === undefined || sourceName === targetName) return;
  const source = tracker.track(sourceRv);
  const target = tracker.track(insert.relation);
  if (!source || !target) return;
  const copy: PlannedCopy = {
    target,
    filtered: select.whereClause !== undefined,
    onConflict: insert.onConflictClause !== undefined,
    columnMap: [],
    at,
  };
  const mapColumns = () => {
    copy.columnMap = columnMap(insert, select.targetList ?? [], sourceRv, model, {
      source: source.after,
      target: target.after,
    });
  };
  return { source, copy, mapColumns };
}

function hasAggregate(targetList: Node[] | undefined): boolean {
  let found = false;
  walkNodes(targetList, (node) => {
    const call = nodeAs(node, 'FuncCall');
    if (!call) return !found;
    const parts = call.funcname ?? [];
    const name = nodeAs(parts[parts.length - 1], 'String')?.sval ?? '';
    // A window function (OVER) keeps one output row per input row.
    if (call.over === undefined && (call.agg_star || AGGREGATES.has(name))) found = true;
    return !found;
  });
  return found;
}

/**
 * Which target column each plain source column lands in: by position against the INSERT's
 * column list, or the target's columns in table order when the list is omitted. `*` expands
 * to the source's columns when the model knows them. Expressions map nothing.
 */
function columnMap(
  insert: InsertStmt,
  targetList: Node[],
  sourceRv: RangeVar,
  model: SchemaModel,
  names: { source: string | null; target: string | null },
): PlannedCopy['columnMap'] {
  const sourceAlias = sourceRv.alias?.aliasname ?? sourceRv.relname;
  const selected: Array<string | undefined> = [];
  for (const item of targetList) {
    const ref = nodeAs(nodeAs(item, 'ResTarget')?.val, 'ColumnRef');
    const fields = ref?.fields ?? [];
    const last = fields[fields.length - 1];
    const qualifier = fields.length === 2 ? nodeAs(fields[0], 'String')?.sval : undefined;
    if (fields.length > 2 || (qualifier !== undefined && qualifier !== sourceAlias)) {
      selected.push(undefined);
    } else if (last && nodeAs(last, 'A_Star')) {
      // A source the files drop is gone from the model (its name may hold another table now).
      const table = names.source === null ? undefined : model.table(names.source);
      if (!table || table.columnsUnknown) return [];
      selected.push(...table.columns.keys());
    } else {
      selected.push(nodeAs(last, 'String')?.sval);
    }
  }
  const explicit = (insert.cols ?? []).flatMap((c) => {
    const name = nodeAs(c, 'ResTarget')?.name;
    return name === undefined ? [] : [name];
  });
  const targetTable = names.target === null ? undefined : model.table(names.target);
  const targetColumns =
    explicit.length > 0
      ? explicit
      : targetTable && !targetTable.columnsUnknown
        ? [...targetTable.columns.keys()]
        : [];
  const map: PlannedCopy['columnMap'] = [];
  selected.forEach((source, i) => {
    const target = targetColumns[i];
    if (source !== undefined && target !== undefined) map.push({ source, target });
  });
  return map;
}
