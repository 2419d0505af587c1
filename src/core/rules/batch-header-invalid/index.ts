import { readBatchHeader } from '../../migrations/batch-header.ts';
import { relationName } from '../../schema/relation-names.ts';
import type { SchemaModel } from '../../schema/schema-model.ts';
import type { QualifiedName } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { FileContext, Rule } from '../rule.ts';

export const batchHeaderInvalid: Rule = {
  meta: {
    id: 'batch-header-invalid',
    defaultSeverity: 'error',
    category: 'data',
    summary:
      'A `-- migration-guard:batch` header the apply engine would refuse: bad options, a table or key that does not fit, or other statements in the file.',
    fix: '-- migration-guard:batch table=public.invoices key=id size=5000\nUPDATE public.invoices SET total_cents = round(total * 100) WHERE total_cents IS NULL;  -- alone in its file',
  },
  fileEnd(ctx) {
    const reading = readBatchHeader(ctx.file.sql, ctx.statements);
    const statement = ctx.statements[0];
    if (!reading || !statement) return;
    const problems = reading.ok ? keyProblems(ctx, reading.header.key) : reading.problems;
    const line = reading.ok ? reading.header.line : reading.line;
    for (const problem of problems) {
      ctx.report(statement, {
        line,
        column: 1,
        message: `The batch header cannot be run: ${problem}. The apply engine refuses the whole file, so nothing of it runs.`,
      });
    }
  },
};

/**
 * What the model knows against the key (the engine checks the same on the target): a column
 * the table has, NOT NULL, leading a btree index. A table the model does not know existed
 * before the migrations and is left to the engine.
 */
function keyProblems(ctx: FileContext, key: string): string[] {
  const update = nodeAs(ctx.statements[0]?.node, 'UpdateStmt');
  if (!update) return [];
  const table = relationName(ctx.schema, update.relation);
  const model = ctx.schema.table(table);
  if (!model || model.columnsUnknown) return [];
  const column = model.columns.get(key);
  if (!column) return [`table ${table} has no column ${key}`];
  const problems: string[] = [];
  const isPrimaryKey = model.constraints.some(
    (c) => c.kind === 'primary-key' && c.columns[0] === key,
  );
  if (!column.notNull && !isPrimaryKey) {
    problems.push(
      `the key column ${table}.${key} is nullable, so rows with a NULL key would never be visited; walk a NOT NULL column such as the primary key`,
    );
  }
  if (!leadsIndex(ctx.schema, table, key)) {
    problems.push(
      `no index on ${table} starts with ${key}, so every batch would sort the rest of the table to find its keys; walk the primary key or index ${key} first`,
    );
  }
  return problems;
}

function leadsIndex(schema: SchemaModel, table: QualifiedName, key: string): boolean {
  const model = schema.table(table);
  const byConstraint = (model?.constraints ?? []).some(
    (c) => (c.kind === 'primary-key' || c.kind === 'unique') && c.columns[0] === key,
  );
  return (
    byConstraint ||
    schema.indexesOf(table).some((i) => i.method === 'btree' && i.columns[0] === key)
  );
}
