import { ADVISOR_EXCLUDED_SCHEMAS } from '../shared/advisor-schemas.ts';
import type { FunctionModel } from '../../schema/schema-model.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import type { Rule } from '../rule.ts';

export const functionSearchPath: Rule = {
  meta: {
    id: 'function-search-path',
    defaultSeverity: 'warning',
    advisor: { lint: '0011_function_search_path_mutable', level: 'WARN' },
    category: 'security',
    summary:
      "A function or procedure without its own search_path resolves the names in its body on the caller's search_path (SECURITY DEFINER ones: security-definer-search-path).",
    fix: "ALTER FUNCTION schema_name.function_name SET search_path = '';  -- and schema-qualify every name in the body",
  },
  fileEnd(ctx) {
    // The end state decides: a later ALTER FUNCTION ... SET search_path in the file fixes it.
    // Walking every function for each file grew with the square of the history: the walk runs
    // only when a function this file created or altered has no search_path and is no definer.
    const changed = ctx.schema.functionsChangedIn(ctx.file.path);
    if (!changed.some((fn) => !fn.securityDefiner && !fn.fixedSearchPath)) return;
    for (const fn of ctx.schema.functions.values()) {
      // Only functions this file created or altered: the cheap test first, as every file
      // walks every function.
      if (fn.createdBy?.file !== ctx.file.path && fn.alteredBy?.file !== ctx.file.path) continue;
      // Definer functions are security-definer-search-path's: a graver finding for the same gap.
      if (fn.securityDefiner || fn.fixedSearchPath || ADVISOR_EXCLUDED_SCHEMAS.has(fn.schema))
        continue;
      // An extension's own functions are its maintainers' to pin, and come back as they were
      // with every ALTER EXTENSION UPDATE (the advisor leaves them out too).
      if (fn.extension !== undefined) continue;
      // A temporary function is gone when the migration's session ends.
      if (fn.schema.startsWith('pg_temp')) continue;
      const created = statementOfOrigin(ctx, fn.createdBy);
      const at = created ?? statementOfOrigin(ctx, fn.alteredBy);
      if (!at) continue;
      const kind = fn.procedure ? 'PROCEDURE' : 'FUNCTION';
      ctx.report(at, {
        message: `${routine(fn)} ${fn.schema}.${fn.name} has no SET search_path${
          created ? '' : ' after this ALTER'
        }: every unqualified table, function, type and operator in its body is looked up on the search_path of whoever calls it, so the same call can reach different objects for different roles, and a role that can create objects earlier on that path (a temporary table, a schema it owns) can substitute its own.`,
        fix: `ALTER ${kind} ${fn.schema}.${fn.name} SET search_path = '';\n-- and write every name in the body with its schema (public.profiles, extensions.gen_random_bytes),\n-- or pin a list of trusted schemas: SET search_path = public, pg_temp`,
      });
    }
  },
};

function routine(fn: FunctionModel): string {
  return fn.procedure ? 'Procedure' : 'Function';
}
