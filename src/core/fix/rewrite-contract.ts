import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { nameParts, type QualifiedName, splitQualified } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import type { AlterContext, CommandRewrite } from './alter-context.ts';
import { type FixStep, labelOf, type RewriteOutcome } from './fix-step.ts';
import { sqlName } from './statement-slices.ts';

/** The deprecation comment a rewrite writes (`drop-column` and `drop-table` read the mark). */
export const DROPPED_LATER = "'deprecated: dropped by a later contract step (migration-guard fix)'";

/** The table's name as SQL, schema-qualified. */
export function qualifiedSql(table: QualifiedName): string {
  const { schema, name } = splitQualified(table);
  return `${sqlName(schema)}.${sqlName(name)}`;
}

/** A file deploy holds back until the contract date. */
export function contractStep(statements: string[], label: string, why: string): FixStep {
  return { kind: 'transaction', statements, label, why, contract: true };
}

/**
 * ALTER TABLE ... DROP COLUMN on an existing table: the column marked deprecated now (running
 * code keeps working), the drop itself as a contract step.
 */
export function deprecateThenDropColumn(
  column: string,
  piece: { start: number; end: number },
  context: AlterContext,
): CommandRewrite {
  const { name } = splitQualified(context.table);
  return {
    label: labelOf('deprecate', name, column),
    now: [
      `COMMENT ON COLUMN ${qualifiedSql(context.table)}.${sqlName(column)} IS ${DROPPED_LATER};`,
    ],
    later: [
      contractStep(
        [`${context.head} ${context.slices.text(piece.start, piece.end)};`],
        labelOf('drop', name, column),
        'drops the column once the code that used it is gone (a contract step: deploy applies it from its date)',
      ),
    ],
  };
}

/**
 * DROP TABLE of existing tables: each marked deprecated now, the statement as written as a
 * contract step. RENAME TABLE: the rename with a compatibility view under the old name now
 * (running code keeps reading and writing through it), the view dropped by a contract step.
 */
export function rewriteContractStatement(
  statement: Statement,
  schema: SchemaModel,
): RewriteOutcome | undefined {
  const drop = nodeAs(statement.node, 'DropStmt');
  if (drop?.removeType === 'OBJECT_TABLE') {
    const tables: QualifiedName[] = [];
    for (const object of drop.objects ?? []) {
      const parts = nameParts(nodeAs(object, 'List')?.items ?? [object]);
      const name = parts.at(-1);
      if (name === undefined) return { ok: false, reason: 'the table name was not found' };
      const table = schema.resolveRelation(parts.length >= 2 ? parts.at(-2) : undefined, name);
      const model = schema.table(table);
      if (model && model.kind !== 'table' && model.kind !== 'partitioned-table') {
        return { ok: false, reason: `${table} is a ${model.kind}, not a table` };
      }
      if (!model && drop.missing_ok) continue;
      tables.push(table);
    }
    const names = tables.map((t) => splitQualified(t).name);
    return {
      ok: true,
      rewrite: {
        now: tables.map((t) => `COMMENT ON TABLE ${qualifiedSql(t)} IS ${DROPPED_LATER};`),
        later: [
          contractStep(
            [`${statement.text};`],
            labelOf('drop', ...names),
            'drops the table once the code that used it is gone (a contract step: deploy applies it from its date)',
          ),
        ],
        tables,
        label: labelOf('deprecate', ...names),
      },
    };
  }
  const rename = nodeAs(statement.node, 'RenameStmt');
  if (rename?.renameType === 'OBJECT_TABLE' && rename.relation && rename.newname) {
    const from = relationName(schema, rename.relation);
    const model = schema.table(from);
    if (model && model.kind !== 'table') {
      return { ok: false, reason: `${from} is a ${model.kind}: rename it by hand` };
    }
    const { schema: schemaName, name } = splitQualified(from);
    const to = `${schemaName}.${rename.newname}`;
    return {
      ok: true,
      rewrite: {
        now: [
          `${statement.text};`,
          // Security invoker: row-level security on the table still filters what goes through.
          `CREATE VIEW ${qualifiedSql(from)} WITH (security_invoker = true) AS SELECT * FROM ${qualifiedSql(to)};`,
        ],
        later: [
          contractStep(
            [`DROP VIEW ${qualifiedSql(from)};`],
            labelOf('drop', name, 'compatibility_view'),
            `drops the view that kept the old name ${name} working (a contract step: deploy applies it from its date)`,
          ),
        ],
        tables: [from, to],
        label: labelOf('rename', name, 'to', rename.newname, 'with_view'),
      },
    };
  }
  return undefined;
}
