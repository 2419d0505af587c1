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

/** History and migration replayed onto a fresh model, one file per SQL text, as the lint engine builds it. */
export function modelAfter(...sqls: string[]): SchemaModel {
  const model = new SchemaModel();
  sqls.forEach((sql, i) => {
    for (const s of parseSql(sql).statements) {
      applyStatement(model, s.node, { file: `file${i}`, version: String(i), statement: s.index });
    }
  });
  return model;
}
