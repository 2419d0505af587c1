import { relationName } from '../../schema/relation-names.ts';
import type { TableModel } from '../../schema/schema-model.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import type { FileContext, Rule } from '../rule.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import { optionIsOn } from '../../schema/rel-option.ts';
import { apiReaders } from '../shared/api-readers.ts';

const AUTH_USERS = 'auth.users';

export const authUsersExposed: Rule = {
  meta: {
    id: 'auth-users-exposed',
    defaultSeverity: 'error',
    advisor: { lint: '0002_auth_users_exposed', level: 'ERROR' },
    category: 'security',
    summary:
      "A view or materialized view in an exposed schema reads auth.users and anon or authenticated can select from it: the Data API serves every user's email, phone and metadata.",
    fix: 'REVOKE SELECT ON public.view_name FROM anon, authenticated;  -- or keep the view in a schema the API does not expose',
  },
  fileEnd(ctx) {
    for (const view of ctx.schema.tables.values()) {
      if (view.kind !== 'view' && view.kind !== 'materialized-view') continue;
      if (!ctx.options.exposedSchemas.includes(view.schema)) continue;
      if (!view.viewSources?.includes(AUTH_USERS)) continue;
      const readers = apiReaders(view);
      if (readers.length === 0) continue;
      const invoker =
        view.kind === 'view' &&
        ctx.options.pgVersion >= 15 &&
        optionIsOn(view.options.get('security_invoker'));
      // A security_invoker view reads auth.users as its reader, whom RLS on auth.users stops.
      if (invoker && authUsersHasRls(ctx)) continue;
      const at = placeOf(ctx, view);
      if (!at) continue;
      const name = `${view.schema}.${view.name}`;
      const who = readers.join(' and ');
      const why =
        view.kind === 'materialized-view'
          ? 'a materialized view stores the rows its owner read and has no row level security'
          : invoker
            ? 'it reads as its reader, and auth.users has row level security turned off'
            : "it reads auth.users with its owner's rights, not its reader's";
      ctx.report(at, {
        message: `${view.kind === 'view' ? 'View' : 'Materialized view'} ${name} reads auth.users and ${who} can select from it through the Data API: ${why}, so it serves the email addresses, phone numbers and metadata of every user of the project to anyone with the anon key.`,
        fix: [
          `REVOKE SELECT ON ${name} FROM anon, authenticated;`,
          '-- or move it to a schema the API does not expose; for profile data the API must serve,',
          '-- copy the columns it needs into a table of your own (a trigger on auth.users keeps it in step) with RLS and policies',
        ].join('\n'),
      });
    }
  },
};

/** Supabase turns RLS on for auth.users; a stand-in the migrations create says for itself. */
function authUsersHasRls(ctx: FileContext): boolean {
  return ctx.schema.table(AUTH_USERS)?.rlsEnabled ?? true;
}

/**
 * Where the file made the view readable: its CREATE, else the last ALTER that changed
 * security_invoker or GRANT of SELECT on it. A view this file leaves alone is not reported.
 */
function placeOf(ctx: FileContext, view: TableModel): Statement | undefined {
  const created = statementOfOrigin(ctx, view.createdBy);
  if (created) return created;
  const name = `${view.schema}.${view.name}`;
  return ctx.statements.findLast((statement) => {
    const alter = nodeAs(statement.node, 'AlterTableStmt');
    if (alter && relationName(ctx.schema, alter.relation) === name) {
      return (alter.cmds ?? []).some((c) => {
        const cmd = nodeAs(c, 'AlterTableCmd');
        if (cmd?.subtype !== 'AT_SetRelOptions' && cmd?.subtype !== 'AT_ResetRelOptions') {
          return false;
        }
        return (nodeAs(cmd.def, 'List')?.items ?? []).some(
          (o) => nodeAs(o, 'DefElem')?.defname === 'security_invoker',
        );
      });
    }
    const grant = nodeAs(statement.node, 'GrantStmt');
    if (!grant?.is_grant || grant.objtype !== 'OBJECT_TABLE') return false;
    const privileges = (grant.privileges ?? []).map((p) => nodeAs(p, 'AccessPriv')?.priv_name);
    if (privileges.length > 0 && !privileges.includes('select')) return false;
    const toApi = (grant.grantees ?? []).some((g) => {
      const spec = nodeAs(g, 'RoleSpec');
      return (
        spec?.roletype === 'ROLESPEC_PUBLIC' ||
        spec?.rolename === 'anon' ||
        spec?.rolename === 'authenticated'
      );
    });
    if (!toApi) return false;
    return (grant.objects ?? []).some((o) => {
      if (grant.targtype === 'ACL_TARGET_ALL_IN_SCHEMA')
        return nodeAs(o, 'String')?.sval === view.schema;
      const rv = nodeAs(o, 'RangeVar');
      return rv !== undefined && relationName(ctx.schema, rv) === name;
    });
  });
}
