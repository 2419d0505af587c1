import type { DeleteStmt, InsertStmt, Node, UpdateStmt } from 'libpg-query';
import { nameParts } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { relationName } from './relation-names.ts';
import type { BucketModel, Origin, SchemaModel } from './schema-model.ts';

/**
 * Supabase Storage buckets are rows of `storage.buckets`: the model follows the rows the
 * migrations insert, update and delete with literal values, and whether each is public.
 * Rows built by a query or by a function call are not followed.
 */

const BUCKETS = 'storage.buckets';

export function replayBucketInsert(model: SchemaModel, stmt: InsertStmt, origin: Origin): void {
  if (relationName(model, stmt.relation) !== BUCKETS) return;
  const columns = (stmt.cols ?? []).map((c) => nodeAs(c, 'ResTarget')?.name ?? '');
  const rows = nodeAs(stmt.selectStmt, 'SelectStmt')?.valuesLists ?? [];
  const conflict = stmt.onConflictClause;
  for (const row of rows) {
    const values = nodeAs(row, 'List')?.items ?? [];
    const columnValue = (column: string) => {
      const i = columns.indexOf(column);
      return i === -1 ? undefined : values[i];
    };
    const id = textOf(columnValue('id')) ?? textOf(columnValue('name'));
    if (id === undefined) continue;
    const inserted = booleanOf(columnValue('public')) ?? false;
    const existing = model.buckets.get(id);
    if (existing && conflict?.action === 'ONCONFLICT_NOTHING') continue;
    if (existing && conflict?.action === 'ONCONFLICT_UPDATE') {
      const set = (conflict.targetList ?? []).find(
        (t) => nodeAs(t, 'ResTarget')?.name === 'public',
      );
      const value = nodeAs(set, 'ResTarget')?.val;
      // `public = excluded.public` takes the inserted value.
      const ref = nodeAs(value, 'ColumnRef');
      const excluded = ref && nameParts(ref.fields).join('.') === 'excluded.public';
      const updated = excluded ? inserted : booleanOf(value);
      if (updated !== undefined) setPublic(existing, updated, origin);
      continue;
    }
    const bucket: BucketModel = { id, public: false };
    setPublic(bucket, inserted, origin);
    model.buckets.set(id, bucket);
  }
}

export function replayBucketUpdate(model: SchemaModel, stmt: UpdateStmt, origin: Origin): void {
  if (relationName(model, stmt.relation) !== BUCKETS) return;
  const set = (stmt.targetList ?? []).find((t) => nodeAs(t, 'ResTarget')?.name === 'public');
  if (!set) return;
  const value = booleanOf(nodeAs(set, 'ResTarget')?.val);
  for (const bucket of bucketsMatched(model, stmt.whereClause)) {
    if (value === undefined) {
      // Set to something the model cannot read: no longer known to be public.
      bucket.public = false;
      delete bucket.publicBy;
    } else setPublic(bucket, value, origin);
  }
}

export function replayBucketDelete(model: SchemaModel, stmt: DeleteStmt): void {
  if (relationName(model, stmt.relation) !== BUCKETS) return;
  for (const bucket of bucketsMatched(model, stmt.whereClause)) model.buckets.delete(bucket.id);
}

function setPublic(bucket: BucketModel, value: boolean, origin: Origin): void {
  if (value && !bucket.public) bucket.publicBy = origin;
  if (!value) delete bucket.publicBy;
  bucket.public = value;
}

/**
 * The known buckets a WHERE clause selects: every one without a WHERE, else those named by an
 * `id = '...'`, `name = '...'` or `id IN (...)` among its AND-ed conditions; none when it names
 * no bucket that way.
 */
function bucketsMatched(model: SchemaModel, where: Node | undefined): BucketModel[] {
  if (!where) return [...model.buckets.values()];
  const ids = new Set<string>();
  const visit = (node: Node | undefined) => {
    const bool = nodeAs(node, 'BoolExpr');
    if (bool?.boolop === 'AND_EXPR') {
      for (const arg of bool.args ?? []) visit(arg);
      return;
    }
    const expr = nodeAs(node, 'A_Expr');
    const column = nameParts(nodeAs(expr?.lexpr, 'ColumnRef')?.fields).at(-1);
    if (!expr || (column !== 'id' && column !== 'name')) return;
    if (expr.kind === 'AEXPR_OP' && nameParts(expr.name).join('.') === '=') {
      const id = textOf(expr.rexpr);
      if (id !== undefined) ids.add(id);
    }
    if (expr.kind === 'AEXPR_IN') {
      for (const item of nodeAs(expr.rexpr, 'List')?.items ?? []) {
        const id = textOf(item);
        if (id !== undefined) ids.add(id);
      }
    }
  };
  visit(where);
  return [...ids].flatMap((id) => {
    const bucket = model.buckets.get(id);
    return bucket ? [bucket] : [];
  });
}

/** A string literal, casts stripped. */
function textOf(node: Node | undefined): string | undefined {
  const cast = nodeAs(node, 'TypeCast');
  if (cast) return textOf(cast.arg);
  return nodeAs(node, 'A_Const')?.sval?.sval;
}

/** A boolean literal: `true`, `'t'`, `'false'::boolean`. */
function booleanOf(node: Node | undefined): boolean | undefined {
  const cast = nodeAs(node, 'TypeCast');
  if (cast) return booleanOf(cast.arg);
  const constant = nodeAs(node, 'A_Const');
  if (!constant) return undefined;
  if (constant.boolval) return constant.boolval.boolval === true;
  const text = constant.sval?.sval?.toLowerCase();
  if (text === undefined) return undefined;
  if (['true', 't', 'yes', 'y', 'on', '1'].includes(text)) return true;
  if (['false', 'f', 'no', 'n', 'off', '0'].includes(text)) return false;
  return undefined;
}
