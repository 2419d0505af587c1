import type { FunctionModel } from '../../schema/schema-model.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import type { Rule } from '../rule.ts';

/** The Data API roles a definer function must not be left open to by accident. */
const API_ROLES = ['anon', 'authenticated'] as const;

/** Return types PostgREST cannot call: the function only runs as a trigger. */
const TRIGGER_RETURNS = new Set(['trigger', 'event_trigger']);

export const securityDefinerExposed: Rule = {
  meta: {
    id: 'security-definer-exposed',
    defaultSeverity: 'warning',
    advisor: { lint: '0028_anon_security_definer_function_executable', level: 'WARN' },
    category: 'tenancy',
    summary:
      "A SECURITY DEFINER function in an exposed schema that anon or authenticated can execute is callable through the Data API with its owner's rights, bypassing RLS.",
    fix: 'REVOKE EXECUTE ON FUNCTION public.function_name FROM public, anon, authenticated;\n-- or move it out of the API: ALTER FUNCTION public.function_name SET SCHEMA private;',
  },
  fileEnd(ctx) {
    const path = ctx.file.path;
    for (const fn of ctx.schema.functions.values()) {
      // Only functions this file created, altered or granted on: the cheap test first, as every
      // file walks every function.
      if (
        fn.createdBy.file !== path &&
        fn.alteredBy?.file !== path &&
        fn.privilegesChangedBy?.file !== path
      ) {
        continue;
      }
      if (!fn.securityDefiner || fn.procedure) continue;
      if (!ctx.options.exposedSchemas.includes(fn.schema)) continue;
      if (fn.returns !== undefined && TRIGGER_RETURNS.has(fn.returns)) continue;
      const callers = API_ROLES.filter((role) => canExecute(fn, role));
      if (callers.length === 0) continue;
      const at =
        statementOfOrigin(ctx, fn.createdBy) ??
        statementOfOrigin(ctx, fn.alteredBy) ??
        statementOfOrigin(ctx, fn.privilegesChangedBy);
      if (!at) continue;
      const name = `${fn.schema}.${fn.name}`;
      const who = callers.includes('anon')
        ? "anyone holding the project's public anon key"
        : 'any signed-in user, of any tenant,';
      ctx.report(at, {
        message: `SECURITY DEFINER function ${name} in exposed schema ${fn.schema} is executable by ${callers.join(
          ' and ',
        )} (${executeSources(fn, callers)}): ${who} can call it through the Data API (POST /rest/v1/rpc/${fn.name}), and it runs as its owner, so RLS does not limit what it reads or writes.`,
        fix: `REVOKE EXECUTE ON FUNCTION ${name} FROM public, anon, authenticated;\nGRANT EXECUTE ON FUNCTION ${name} TO service_role;  -- or to authenticated, if signed-in users must call it\n-- a helper that policies call belongs in a schema the API does not expose:\n-- CREATE SCHEMA IF NOT EXISTS private; ALTER FUNCTION ${name} SET SCHEMA private;`,
      });
    }
  },
};

/**
 * EXECUTE reaches a role through PUBLIC (every new function, unless revoked) or directly: on
 * Supabase the default privileges of exposed schemas grant it to anon and authenticated too,
 * so revoking it from PUBLIC alone leaves them able to call the function.
 */
function canExecute(fn: FunctionModel, role: string): boolean {
  return !fn.executeRevokedFrom.has(role) || !fn.executeRevokedFrom.has('public');
}

/** Why the roles hold EXECUTE, e.g. `PUBLIC holds EXECUTE by default; granted to anon`. */
function executeSources(fn: FunctionModel, roles: readonly string[]): string {
  const reasons: string[] = [];
  if (!fn.executeRevokedFrom.has('public')) {
    reasons.push(
      fn.executeGrantedTo.has('public') ? 'granted to PUBLIC' : 'PUBLIC holds EXECUTE by default',
    );
  }
  const granted = roles.filter((r) => fn.executeGrantedTo.has(r));
  if (granted.length) reasons.push(`granted to ${granted.join(' and ')}`);
  const byDefault = roles.filter(
    (r) => !fn.executeRevokedFrom.has(r) && !fn.executeGrantedTo.has(r),
  );
  if (byDefault.length)
    reasons.push(`Supabase's default privileges grant it to ${byDefault.join(' and ')}`);
  return reasons.join('; ');
}
