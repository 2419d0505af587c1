import { relationName } from '../../schema/relation-names.ts';
import { userMetadataReads } from '../shared/policy-expressions.ts';
import { policyStatementParts } from '../shared/policy-statements.ts';
import type { Rule } from '../rule.ts';

export const policyUserMetadata: Rule = {
  meta: {
    id: 'policy-user-metadata',
    defaultSeverity: 'error',
    advisor: { lint: '0015_rls_references_user_metadata', level: 'ERROR' },
    category: 'tenancy',
    summary:
      'A policy trusts user_metadata / raw_user_meta_data, which every user can change for themselves.',
    fix: `USING ((SELECT auth.jwt() -> 'app_metadata' ->> 'role') = 'admin')  -- app_metadata is set by the server only`,
  },
  statementKinds: ['CreatePolicyStmt', 'AlterPolicyStmt'],
  statement(ctx) {
    const parts = policyStatementParts(ctx.statement.node, ctx.statement.kind);
    if (!parts) return;
    const reads = userMetadataReads([parts.using, parts.withCheck]);
    if (reads.length === 0) return;
    const table = relationName(ctx.schema, {
      relname: parts.relname,
      schemaname: parts.schemaName,
    });
    const appSide = reads.map((r) =>
      r === 'user_metadata' ? 'app_metadata' : 'raw_app_meta_data',
    );
    ctx.report({
      message: `Policy "${parts.name}" on ${table} decides access from ${reads.join(' and ')}: any signed-in user can rewrite their own user metadata (supabase.auth.updateUser({ data })), so they can grant themselves whatever it checks.`,
      fix: `-- read claims the user cannot edit: ${appSide.join(' / ')} (set with the service role), or a membership table\nALTER POLICY "${parts.name}" ON ${table}\n  USING ((SELECT auth.jwt() -> 'app_metadata' ->> 'role') = 'admin');`,
    });
  },
};
