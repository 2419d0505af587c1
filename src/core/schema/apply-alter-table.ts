import type { AlterTableStmt } from 'libpg-query';
import { nameParts, qualify, typeRef } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { relationName } from './relation-names.ts';
import { relOptionValue } from './rel-option.ts';
import type { Origin, SchemaModel } from './schema-model.ts';
import { columnFromDef, constraintFromNode } from './table-definition.ts';

/** Replay ALTER TABLE (and ALTER VIEW/INDEX options) onto the model, one subcommand at a time. */
export function replayAlterTable(model: SchemaModel, stmt: AlterTableStmt, origin: Origin): void {
  const name = relationName(model, stmt.relation);
  const table = model.tables.get(name);
  if (!table) return;
  for (const item of stmt.cmds ?? []) {
    const cmd = nodeAs(item, 'AlterTableCmd');
    if (!cmd) continue;
    const column = cmd.name ? table.columns.get(cmd.name) : undefined;
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const def = nodeAs(cmd.def, 'ColumnDef');
        if (!def?.colname) break;
        if (cmd.missing_ok && table.columns.has(def.colname)) break;
        const { column: col, constraints } = columnFromDef(model, table, def, origin, false);
        // Existing rows get the default (or a generated/identity/serial value) at once.
        col.filled =
          col.defaultExpr !== undefined ||
          col.generated !== undefined ||
          col.identity ||
          col.type.name.endsWith('serial');
        table.columns.set(col.name, col);
        model.addConstraints(table, constraints);
        break;
      }
      case 'AT_DropColumn':
        if (cmd.name) {
          table.columns.delete(cmd.name);
          table.constraints = table.constraints.filter((c) => !c.columns.includes(cmd.name!));
          for (const [key, index] of model.indexes) {
            if (index.table !== name) continue;
            if (index.columns.includes(cmd.name) || index.definition?.include.includes(cmd.name))
              model.indexes.delete(key);
          }
        }
        break;
      case 'AT_AlterColumnType': {
        const def = nodeAs(cmd.def, 'ColumnDef');
        if (column && def?.typeName) column.type = typeRef(def.typeName);
        break;
      }
      case 'AT_SetNotNull':
        if (column) {
          column.notNull = true;
          delete column.notNullPending;
        }
        break;
      case 'AT_DropNotNull':
        if (column) {
          column.notNull = false;
          delete column.notNullPending;
        }
        break;
      case 'AT_ColumnDefault':
        if (column) {
          if (cmd.def) column.defaultExpr = cmd.def;
          else delete column.defaultExpr;
        }
        break;
      case 'AT_AddIdentity':
        if (column) {
          column.identity = true;
          column.notNull = true;
        }
        break;
      case 'AT_DropIdentity':
        if (column) column.identity = false;
        break;
      case 'AT_DropExpression':
        if (column) delete column.generated;
        break;
      case 'AT_AddConstraint': {
        const con = nodeAs(cmd.def, 'Constraint');
        if (!con) break;
        if (con.contype === 'CONSTR_NOTNULL') {
          const col = table.columns.get(nameParts(con.keys)[0] ?? '');
          if (col && con.skip_validation && !col.notNull) {
            col.notNullPending = {
              constraint: con.conname ?? `${table.name}_${col.name}_not_null`,
              addedBy: origin,
            };
          }
          if (col) col.notNull = true;
          break;
        }
        const c = constraintFromNode(model, table, con, [], origin);
        if (c.index) {
          // ADD CONSTRAINT ... USING INDEX takes over an existing index.
          const index = model.indexes.get(qualify(table.schema, c.index));
          if (index) c.columns = index.columns;
        }
        model.addConstraints(table, [c]);
        if (c.kind === 'primary-key') {
          for (const colName of c.columns) {
            const col = table.columns.get(colName);
            if (col) col.notNull = true;
          }
        }
        if ((c.kind === 'unique' || c.kind === 'primary-key') && !c.index) {
          const indexName = qualify(table.schema, c.name);
          model.indexes.set(indexName, {
            name: indexName,
            table: name,
            columns: c.columns,
            unique: true,
            method: 'btree',
            builtOnData: table.rowsWritten,
            definition: c.indexDefinition,
            addedBy: origin,
          });
        }
        break;
      }
      case 'AT_ValidateConstraint': {
        const c = table.constraints.find((k) => k.name === cmd.name);
        if (c) c.validated = true;
        for (const col of table.columns.values()) {
          if (col.notNullPending?.constraint === cmd.name) delete col.notNullPending;
        }
        break;
      }
      case 'AT_DropConstraint': {
        const dropped = table.constraints.find((c) => c.name === cmd.name);
        table.constraints = table.constraints.filter((c) => c.name !== cmd.name);
        // A unique or primary key constraint takes its index with it.
        if (dropped?.kind === 'unique' || dropped?.kind === 'primary-key') {
          const index = model.indexes.get(qualify(table.schema, dropped.index ?? dropped.name));
          if (index) index.droppedWithConstraint = true;
        }
        break;
      }
      case 'AT_EnableRowSecurity':
        table.rlsEnabled = true;
        break;
      case 'AT_DisableRowSecurity':
        table.rlsEnabled = false;
        break;
      case 'AT_ForceRowSecurity':
        table.rlsForced = true;
        break;
      case 'AT_NoForceRowSecurity':
        table.rlsForced = false;
        break;
      case 'AT_SetLogged':
        table.unlogged = false;
        break;
      case 'AT_SetUnLogged':
        table.unlogged = true;
        break;
      case 'AT_SetRelOptions':
        for (const opt of nodeAs(cmd.def, 'List')?.items ?? []) {
          const def = nodeAs(opt, 'DefElem');
          if (!def?.defname) continue;
          table.options.set(def.defname, relOptionValue(def.arg));
        }
        break;
      case 'AT_ResetRelOptions':
        for (const opt of nodeAs(cmd.def, 'List')?.items ?? []) {
          const def = nodeAs(opt, 'DefElem');
          if (def?.defname) table.options.delete(def.defname);
        }
        break;
      default:
        break;
    }
  }
}
