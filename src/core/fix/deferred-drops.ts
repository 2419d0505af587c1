import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import type { FixStep } from './fix-step.ts';

/**
 * Columns whose DROP a rewrite defers to a contract step. Until that step runs the column
 * still exists, so a later statement of the file that gives another column its name (`RENAME
 * COLUMN new TO old`, `ADD COLUMN old`) would fail there: it must run after the drop.
 */
export class DeferredDrops {
  readonly #drops = new Map<string, FixStep>();

  /** Note the columns `statement` drops, when its rewrite defers the drop to a contract step. */
  record(statement: Statement, schema: SchemaModel, later: readonly FixStep[]): void {
    const alter = nodeAs(statement.node, 'AlterTableStmt');
    const contract = later.find((s) => s.contract);
    if (!alter?.relation || !contract) return;
    const table = relationName(schema, alter.relation);
    for (const c of alter.cmds ?? []) {
      const cmd = nodeAs(c, 'AlterTableCmd');
      if (cmd?.subtype === 'AT_DropColumn' && cmd.name) {
        this.#drops.set(`${table}\u0000${cmd.name}`, contract);
      }
    }
  }

  /** The contract step that drops the name `statement` gives a column; undefined when none. */
  reusing(
    statement: Statement,
    schema: SchemaModel,
  ): { step: FixStep; column: string } | undefined {
    if (this.#drops.size === 0) return undefined;
    const rename = nodeAs(statement.node, 'RenameStmt');
    if (rename?.renameType === 'OBJECT_COLUMN' && rename.relation && rename.newname) {
      return this.#find(relationName(schema, rename.relation), [rename.newname]);
    }
    const alter = nodeAs(statement.node, 'AlterTableStmt');
    if (!alter?.relation) return undefined;
    const added = (alter.cmds ?? []).flatMap((c) => {
      const cmd = nodeAs(c, 'AlterTableCmd');
      const name = nodeAs(cmd?.def, 'ColumnDef')?.colname;
      return cmd?.subtype === 'AT_AddColumn' && name ? [name] : [];
    });
    return this.#find(relationName(schema, alter.relation), added);
  }

  #find(table: string, columns: string[]): { step: FixStep; column: string } | undefined {
    for (const column of columns) {
      const step = this.#drops.get(`${table}\u0000${column}`);
      if (step) return { step, column };
    }
    return undefined;
  }
}
