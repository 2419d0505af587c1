import type { ColumnDef, Constraint } from 'libpg-query';
import { nameParts, type QualifiedName, splitQualified, typeRef } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { indexDefinitionOfConstraint } from './index-definition.ts';
import { relationName } from './relation-names.ts';
import type {
  ColumnModel,
  ConstraintKind,
  ConstraintModel,
  Origin,
  RelationKind,
  SchemaModel,
  TableModel,
} from './schema-model.ts';

/**
 * The model of a table's definition from its AST: a new, empty relation, its column
 * definitions and its constraints. CREATE TABLE and ALTER TABLE build on these.
 */

/** A relation with nothing in it yet: the statement that creates it fills in the rest. */
export function newTable(name: QualifiedName, kind: RelationKind, origin: Origin): TableModel {
  const { schema, name: relname } = splitQualified(name);
  return {
    schema,
    name: relname,
    kind,
    columns: new Map(),
    constraints: [],
    rlsEnabled: false,
    rlsForced: false,
    policies: new Map(),
    createdBy: origin,
    rowsWritten: false,
    columnsUnknown: false,
    options: new Map(),
    unlogged: false,
  };
}

const CONSTRAINT_KINDS: Partial<Record<string, ConstraintKind>> = {
  CONSTR_CHECK: 'check',
  CONSTR_FOREIGN: 'foreign-key',
  CONSTR_UNIQUE: 'unique',
  CONSTR_PRIMARY: 'primary-key',
  CONSTR_EXCLUSION: 'exclusion',
};

/** A column definition as a model column; constraints on it are returned separately. */
export function columnFromDef(
  model: SchemaModel,
  table: TableModel,
  def: ColumnDef,
  origin: Origin,
  filled: boolean,
): { column: ColumnModel; constraints: ConstraintModel[] } {
  const type = typeRef(def.typeName);
  const column: ColumnModel = {
    name: def.colname ?? '',
    type,
    notNull: false,
    identity: false,
    addedBy: origin,
    filled,
  };
  if (type.name === 'serial' || type.name === 'bigserial' || type.name === 'smallserial') {
    column.notNull = true;
  }
  const constraints: ConstraintModel[] = [];
  for (const c of def.constraints ?? []) {
    const con = nodeAs(c, 'Constraint');
    if (!con) continue;
    switch (con.contype) {
      case 'CONSTR_NOTNULL':
        column.notNull = true;
        break;
      case 'CONSTR_DEFAULT':
        if (con.raw_expr) column.defaultExpr = con.raw_expr;
        break;
      case 'CONSTR_IDENTITY':
        column.identity = true;
        column.notNull = true;
        break;
      case 'CONSTR_GENERATED':
        column.generated = 'stored';
        break;
      case 'CONSTR_PRIMARY':
        column.notNull = true;
        constraints.push(constraintFromNode(model, table, con, [column.name], origin));
        break;
      default:
        if (CONSTRAINT_KINDS[con.contype ?? '']) {
          constraints.push(constraintFromNode(model, table, con, [column.name], origin));
        }
    }
  }
  return { column, constraints };
}

/** A table constraint (inline or table-level) as a model constraint. */
export function constraintFromNode(
  model: SchemaModel,
  table: TableModel,
  con: Constraint,
  columnsIfInline: string[],
  origin: Origin,
): ConstraintModel {
  const kind = CONSTRAINT_KINDS[con.contype ?? ''] ?? 'check';
  const keyNames = nameParts(kind === 'foreign-key' ? con.fk_attrs : con.keys);
  const columns = keyNames.length ? keyNames : columnsIfInline;
  const suffix =
    kind === 'foreign-key'
      ? 'fkey'
      : kind === 'primary-key'
        ? 'pkey'
        : kind === 'unique'
          ? 'key'
          : kind === 'exclusion'
            ? 'excl'
            : 'check';
  const name =
    con.conname ??
    (kind === 'primary-key'
      ? `${table.name}_pkey`
      : `${table.name}_${columns.join('_') || 'expr'}_${suffix}`);
  const model_: ConstraintModel = {
    name,
    kind,
    columns,
    validated: !con.skip_validation,
    addedBy: origin,
  };
  if (con.raw_expr) model_.expr = con.raw_expr;
  if (kind === 'foreign-key') {
    model_.references = {
      table: relationName(model, con.pktable),
      columns: nameParts(con.pk_attrs),
    };
  }
  if (con.indexname) model_.index = con.indexname;
  else if (kind === 'unique' || kind === 'primary-key') {
    model_.indexDefinition = indexDefinitionOfConstraint(con, columns);
  }
  return model_;
}
