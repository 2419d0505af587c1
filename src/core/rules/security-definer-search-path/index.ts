import type { FunctionModel } from '../../schema/schema-model.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import type { Rule } from '../rule.ts';

export const securityDefinerSearchPath: Rule = {
  meta: {
    id: 'security-definer-search-path',
    defaultSeverity: 'error',
    advisor: { lint: '0011_function_search_path_mutable', level: 'WARN' },
    category: 'tenancy',
    summary:
      "A SECURITY DEFINER function or procedure without its own search_path resolves names on the caller's search_path while running as its owner.",
    fix: "ALTER FUNCTION schema_name.function_name SET search_path = '';  -- and schema-qualify every name in the body",
  },
  fileEnd(ctx) {
    // The end state decides: a later ALTER FUNCTION ... SET search_path in the file fixes it.
    const path = ctx.file.path;
    // Walking every function for each file grew with the square of the history: the walk runs
    // only when a function this file created or altered is a definer without a search_path.
    const changed = ctx.schema.functionsChangedIn(path);
    if (!changed.some((fn) => fn.securityDefiner && !fn.fixedSearchPath)) return;
    for (const fn of ctx.schema.functions.values()) {
      // Only functions this file created or altered: the cheap test first.
      if (fn.createdBy.file !== path && fn.alteredBy?.file !== path) continue;
      if (!fn.securityDefiner || fn.fixedSearchPath) continue;
      const created = statementOfOrigin(ctx, fn.createdBy);
      const at = created ?? statementOfOrigin(ctx, fn.alteredBy);
      if (!at) continue;
      ctx.report(at, {
        message: `${routine(fn)} ${fn.schema}.${fn.name} is SECURITY DEFINER but has no SET search_path${
          created ? '' : ' after this ALTER'
        }: it runs with its owner's privileges yet looks up unqualified tables, functions and operators on the caller's search_path, so a caller who can put an object earlier on that path (a temp table, a schema they can create in) makes it run their code or read their table as the owner.`,
        fix: `ALTER ${fn.procedure ? 'PROCEDURE' : 'FUNCTION'} ${fn.schema}.${fn.name} SET search_path = '';\n-- and write every name in the body with its schema (public.workspace_members, auth.uid()),\n-- or pin a list of trusted schemas: SET search_path = public, pg_temp`,
      });
    }
  },
};

function routine(fn: FunctionModel): string {
  return fn.procedure ? 'Procedure' : 'Function';
}
