import type { Node } from 'libpg-query';
import type { BucketModel, PolicyModel } from '../../schema/schema-model.ts';
import type { Statement } from '../../sql/statement.ts';
import { nodeAs } from '../../sql/statement.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import {
  columnRefParts,
  isAlwaysTrue,
  operatorName,
  unwrapExpression,
} from '../shared/policy-expressions.ts';
import { type PolicyStatement, policyStatementsOf } from '../shared/policy-statements.ts';
import type { Rule } from '../rule.ts';

/** Roles a storage client can have: signed out, signed in, and PUBLIC (both). */
const CLIENT_ROLES = ['public', 'anon', 'authenticated'];

export const publicBucketListing: Rule = {
  meta: {
    id: 'public-bucket-listing',
    defaultSeverity: 'warning',
    advisor: { lint: '0025_public_bucket_allows_listing', level: 'WARN' },
    category: 'security',
    summary:
      'A public storage bucket with a broad SELECT policy on storage.objects (USING (bucket_id = ...) or true): clients can list every file, which public URLs do not need.',
    fix: 'DROP POLICY "..." ON storage.objects;  -- public buckets serve files by URL without it; or narrow it, e.g. to the caller\'s own folder',
  },
  fileEnd(ctx) {
    // The file's last CREATE/ALTER of each storage.objects policy, by name.
    const written = new Map<string, PolicyStatement>();
    for (const at of policyStatementsOf(ctx.statements)) {
      if (ctx.schema.resolveRelation(at.schemaName, at.relname) === 'storage.objects') {
        written.set(at.name, at);
      }
    }
    const publicBuckets = [...ctx.schema.buckets.values()].filter((b) => b.public);
    if (publicBuckets.length === 0) return;
    for (const policy of ctx.schema.storageObjectPolicies.values()) {
      const listed = listedBuckets(policy, publicBuckets);
      const policyAt = written.get(policy.name);
      // Where the hazard was completed: the later of the policy and the bucket's going public.
      const byPlace = new Map<string, { statement: Statement; line: number; ids: string[] }>();
      for (const bucket of listed) {
        const bucketStatement = statementOfOrigin(ctx, bucket.publicBy);
        const place =
          policyAt && (!bucketStatement || bucketStatement.index <= policyAt.statement.index)
            ? { statement: policyAt.statement, line: policyAt.line }
            : bucketStatement && { statement: bucketStatement, line: bucketStatement.line };
        if (!place) continue;
        const key = `${place.statement.index}:${place.line}`;
        const entry = byPlace.get(key) ?? { ...place, ids: [] };
        entry.ids.push(bucket.id);
        byPlace.set(key, entry);
      }
      for (const { statement, line, ids } of byPlace.values()) {
        const names = ids.map((id) => `"${id}"`).join(', ');
        const first = ids[0] ?? 'bucket';
        const roles = policy.roles.filter((r) => CLIENT_ROLES.includes(r)).join(', ');
        ctx.report(statement, {
          line,
          message: `Policy "${policy.name}" on storage.objects lets ${roles} list every file of public bucket${
            ids.length > 1 ? 's' : ''
          } ${names}: a public bucket already serves each file by its URL without any policy, so this SELECT policy only adds enumeration (storage.from('${first}').list()), which exposes every file name, and files shared only by an unguessable link, to anyone.`,
          fix: `DROP POLICY "${policy.name}" ON storage.objects;  -- public URLs keep working without it\n-- or let each user list only their own folder:\nCREATE POLICY "${policy.name}" ON storage.objects FOR SELECT TO authenticated\n  USING (bucket_id = '${first}' AND (storage.foldername(name))[1] = (SELECT auth.uid())::text);`,
        });
      }
    }
  },
};

/**
 * The public buckets a policy lets clients list: a permissive SELECT (or ALL) policy for a
 * client role whose USING is always true (every bucket) or exactly `bucket_id = '<id>'`.
 */
function listedBuckets(policy: PolicyModel, buckets: BucketModel[]): BucketModel[] {
  if (!policy.permissive) return [];
  if (policy.command !== 'select' && policy.command !== 'all') return [];
  if (!policy.roles.some((r) => CLIENT_ROLES.includes(r))) return [];
  // Without USING the policy admits no row to read.
  if (!policy.using) return [];
  if (isAlwaysTrue(policy.using)) return buckets;
  const id = bucketIdEquals(policy.using);
  return buckets.filter((b) => b.id === id);
}

/** `bucket_id = 'avatars'` (either side, casts allowed): the bucket id; else undefined. */
function bucketIdEquals(node: Node): string | undefined {
  const expr = nodeAs(unwrapExpression(node), 'A_Expr');
  if (expr?.kind !== 'AEXPR_OP' || operatorName(expr) !== '=') return undefined;
  const sides = [unwrapExpression(expr.lexpr), unwrapExpression(expr.rexpr)];
  const isBucketColumn = (n: Node | undefined) => {
    const ref = nodeAs(n, 'ColumnRef');
    return ref !== undefined && columnRefParts(ref).at(-1) === 'bucket_id';
  };
  const literal = (n: Node | undefined) => nodeAs(n, 'A_Const')?.sval?.sval;
  if (isBucketColumn(sides[0])) return literal(sides[1]);
  if (isBucketColumn(sides[1])) return literal(sides[0]);
  return undefined;
}
