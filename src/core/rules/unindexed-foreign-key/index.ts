import type { ConstraintModel } from '../../schema/schema-model.ts';
import type { Rule } from '../rule.ts';
import { recordTableChanges, type TableChange, tableChanges } from '../shared/table-changes.ts';

export const unindexedForeignKey: Rule = {
  meta: {
    id: 'unindexed-foreign-key',
    defaultSeverity: 'warning',
    advisor: { lint: '0001_unindexed_foreign_keys', level: 'INFO' },
    category: 'tenancy',
    summary:
      'No index leads with the columns of a foreign key: deleting or re-keying a parent row scans the child table, and joins on the key scan too.',
    fix: 'CREATE INDEX CONCURRENTLY child_table_parent_id_idx ON public.child_table (parent_id);',
    // No `predicts`: the scans it warns of come later (deletes and key updates on the parent), never from the
    // migration itself, so a staging trace can neither confirm nor deny them.
  },
  statement: recordTableChanges,
  fileEnd(ctx) {
    for (const [name, changes] of tableChanges(ctx)) {
      const table = ctx.schema.table(name);
      if (!table || (table.kind !== 'table' && table.kind !== 'partitioned-table')) continue;
      const indexes = ctx.schema.indexesOf(name);
      const drops = changes.filter((c) => c.kind === 'drop-index');
      for (const fk of table.constraints) {
        if (fk.kind !== 'foreign-key' || fk.columns.length === 0) continue;
        if (indexes.some((i) => leadsWith(i.columns, fk.columns))) continue;
        // An earlier file's key is reported here only where this file dropped an index that led
        // with its columns: dropping another index of the table loses the key nothing.
        const place =
          fk.addedBy.file === ctx.file.path
            ? addedAt(changes, fk)
            : drops.find(
                (c) => c.droppedKeys === undefined || leadsWith(c.droppedKeys, fk.columns),
              );
        if (!place) continue;
        const columns = fk.columns.join(', ');
        const parent = fk.references?.table ?? 'the parent table';
        const index = `${table.name}_${fk.columns.join('_')}_idx`;
        ctx.report(place.statement, {
          line: place.line,
          message: `Foreign key ${fk.name} on ${name} (${columns}) has no index that starts with ${fk.columns.length === 1 ? 'its column' : 'its columns'}: every delete or key update on ${parent} scans ${name} for referencing rows while it holds its locks, and joins from ${parent} to ${name} scan it as well.`,
          fix: ctx.isNew(table)
            ? `CREATE INDEX ${index} ON ${name} (${columns});`
            : `-- in a migration file of its own:\nCREATE INDEX CONCURRENTLY ${index} ON ${name} (${columns});`,
          problems: [`no-leading-index ${name}(${fk.columns.join(', ')})`],
        });
      }
    }
  },
};

/** An index's first keys are the foreign key's columns, in any order: lookups can use it. */
function leadsWith(keys: readonly string[], columns: readonly string[]): boolean {
  const leading = new Set(keys.slice(0, columns.length));
  return columns.every((c) => leading.has(c));
}

/** The change that added the constraint: at the column it is written on when we know it. */
function addedAt(
  changes: readonly TableChange[],
  fk: ConstraintModel,
): { statement: TableChange['statement']; line: number } | undefined {
  const change = changes.find(
    (c) =>
      (c.kind === 'create' || c.kind === 'alter') && c.statement.index === fk.addedBy.statement,
  );
  if (!change) return undefined;
  const column = change.columns.find((c) => c.name === fk.columns[0]);
  return { statement: change.statement, line: column?.line ?? change.line };
}
