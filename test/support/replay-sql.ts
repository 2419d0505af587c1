import { applyStatement } from '../../src/core/schema/apply-statement.ts';
import { SchemaModel } from '../../src/core/schema/schema-model.ts';
import { parseSql } from '../../src/core/sql/parse-sql.ts';

/** Replay SQL onto a model (a fresh one by default), as one migration file. Load the parser first. */
export function replay(sql: string, model = new SchemaModel()): SchemaModel {
  for (const statement of parseSql(sql).statements) {
    applyStatement(model, statement.node, {
      file: 'supabase/migrations/20250101000000_x.sql',
      version: '20250101000000',
      statement: statement.index,
    });
  }
  return model;
}
